/** Where CLI commands write, so that tests can run them in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether each stream takes ANSI colours (a terminal without NO_COLOR); default no colour. */
  readonly color?: { readonly out: boolean; readonly err: boolean };
  /**
   * The thread has the default stack (in-thread.ts): running out of it is not reported, it is
   * rethrown so that the command starts over in a worker with a large stack.
   */
  readonly shallowStack?: boolean;
}

/** Colours for a terminal, unless NO_COLOR is set (FORCE_COLOR forces them). */
export function colorFor(stream: { isTTY?: boolean }): boolean {
  const env = process.env;
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  if (env["FORCE_COLOR"] !== undefined && env["FORCE_COLOR"] !== "0") return true;
  return stream.isTTY === true;
}

export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  color: { out: colorFor(process.stdout), err: colorFor(process.stderr) },
};
