/**
 * A command run on the launcher's own thread, whose stack is the default one (about 1 MB):
 * `vigyc eval` answers without starting a worker (which costs 50–100 ms), and when the program
 * needs more stack than that (deep recursion, deeply nested source) the launcher starts over
 * in a worker with a large stack. Output is held back until the run is known to count, and an
 * eval's output depends only on the program (a fresh environment, a default host, printed
 * output captured), so the second run prints what the first would have.
 */
import { isStackOverflow, stackOverflowCount } from "../../runtime/errors/lisp-error.js";
import { main } from "./main.js";

export interface InThreadResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** The command's result, or undefined when it ran out of stack and must run with a large one. */
export async function runInThread(argv: readonly string[]): Promise<InThreadResult | undefined> {
  let out = "";
  let err = "";
  const before = stackOverflowCount();
  let code: number;
  try {
    code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), shallowStack: true });
  } catch (e) {
    if (isStackOverflow(e)) return undefined;
    throw e;
  }
  return stackOverflowCount() === before ? { code, out, err } : undefined;
}
