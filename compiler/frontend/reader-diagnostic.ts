/**
 * A reader error as a diagnostic that says what is true. The error a program's `catch` sees
 * keeps the reference's text (`unmatched closing paren at position 0`, whatever the position);
 * the diagnostic describes the actual problem at its actual place.
 */
import type { RawDiagnostic } from "../diagnostics/diagnostic.js";
import type { ReaderError } from "../../runtime/reader/reader-error.js";

export function readerDiagnostic(e: ReaderError, file: string): RawDiagnostic {
  const at = { file, line: e.span.line, col: e.span.col, offset: e.span.offset, end: e.span.end };
  switch (e.kind) {
    case "unexpected-close":
      return { ...at, code: "V100", message: "unexpected `)`: no list is open here", suggestion: "remove it, or add the `(` it was meant to close" };
    case "unclosed-open":
      return {
        ...at,
        end: e.span.offset + 1,
        code: "V101",
        message: "this `(` is never closed",
        suggestion: (e.info.depth ?? 1) > 1 ? `add the missing \`)\` (${e.info.depth} lists are still open at the end of the file; this is the innermost)` : "add the missing `)`",
      };
    case "unterminated-string":
      return { ...at, end: e.span.offset + 1, code: "V102", message: "this string is never closed", suggestion: 'add the closing `"`' };
    case "dangling-prefix": {
      const p = e.info.prefixSpan ?? e.span;
      const prefix = e.info.prefix ?? "'";
      const what = p === e.span ? "ends the input" : "is followed by `)`";
      return { file, line: p.line, col: p.col, offset: p.offset, end: p.end, code: "V103", message: `\`${prefix}\` ${what}, with no form after it`, suggestion: `write the form after \`${prefix}\`, or remove it` };
    }
  }
}
