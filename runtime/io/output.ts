/**
 * Where display/print/println/newline write. Evaluation is synchronous, so the runner swaps
 * the sink around a run (to capture a program's stdout) and restores it afterwards.
 */
export type Sink = (text: string) => void;

const defaultSink: Sink = (text) => {
  const proc = (globalThis as { process?: { stdout?: { write(s: string): unknown } } }).process;
  if (proc?.stdout) proc.stdout.write(text);
  else console.log(text);
};

let sink: Sink = defaultSink;

export const writeOut = (text: string): void => sink(text);

export function withOutput<T>(s: Sink, body: () => T): T {
  const saved = sink;
  sink = s;
  try {
    return body();
  } finally {
    sink = saved;
  }
}
