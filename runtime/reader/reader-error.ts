/**
 * A reader error: the reference's message (spec §1.6) plus our position and what was expected.
 * The front end converts it to a runtime LispError of kind "reader" when a program runs.
 */
import type { Span } from "../values/form.js";

export class ReaderError extends Error {
  constructor(
    /** The reference's LispError Display text, e.g. `unmatched opening paren`. */
    readonly text: string,
    readonly span: Span,
    /** What the reader expected at that point, for the positioned message. */
    readonly expected: string,
  ) {
    super(`${span.file}:${span.line}:${span.col}: ${text} (expected ${expected})`);
    this.name = "ReaderError";
  }
}
