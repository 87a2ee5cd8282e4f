/**
 * A reader error: the reference's message (spec §1.6) plus our position and what was expected.
 * The front end converts it to a runtime LispError of kind "reader" when a program runs.
 */
import type { Span } from "../values/form.js";

/** What went wrong, for diagnostics (the reference's text is not always true: `position 0`). */
export type ReaderErrorKind = "unexpected-close" | "unclosed-open" | "unterminated-string" | "dangling-prefix";

export class ReaderError extends Error {
  constructor(
    /** The reference's LispError Display text, e.g. `unmatched opening paren`. */
    readonly text: string,
    readonly span: Span,
    /** What the reader expected at that point, for the positioned message. */
    readonly expected: string,
    readonly kind: ReaderErrorKind,
    /** unclosed-open: how many lists are still open; dangling-prefix: the prefix and where it is. */
    readonly info: { readonly depth?: number; readonly prefix?: string; readonly prefixSpan?: Span } = {},
  ) {
    super(`${span.file}:${span.line}:${span.col}: ${text} (expected ${expected})`);
    this.name = "ReaderError";
  }
}
