/** Whether REPL input is a whole set of forms yet, or the reader is still waiting for more. */
import { readAll } from "../../runtime/reader/read.js";
import { ReaderError } from "../../runtime/reader/reader-error.js";

export type Balance = "complete" | "incomplete";

export function balance(text: string): Balance {
  try {
    readAll(text, "<repl>");
    return "complete";
  } catch (e) {
    if (!(e instanceof ReaderError)) throw e;
    // An open paren or string, or a quote at the very end: the next line may finish it. Any
    // other error (a stray `)`) is complete, and evaluating it reports the error.
    if (e.kind === "unclosed-open" || e.kind === "unterminated-string") return "incomplete";
    if (e.kind === "dangling-prefix" && e.info.prefixSpan === e.span) return "incomplete";
    return "complete";
  }
}
