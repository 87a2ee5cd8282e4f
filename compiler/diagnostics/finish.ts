/** Raw diagnostics (a span's start and byte range) → diagnostics with their end line and column. */
import { byPosition, CODES, type Diagnostic, type RawDiagnostic } from "./diagnostic.js";
import { SourceLines } from "./source-lines.js";

export function finishDiagnostics(raw: readonly RawDiagnostic[], source: string, file: string): Diagnostic[] {
  if (raw.length === 0) return [];
  const lines = new SourceLines(source);
  return raw.map((r) => {
    // A span in another file (a stdlib macro's own code) or a synthetic one ends where it starts.
    const end = r.file === file && r.line > 0 && r.end > r.offset ? lines.position(r.end) : { line: r.line, col: r.col };
    const d: Diagnostic = { severity: CODES[r.code].severity, code: r.code, file: r.file, line: r.line, col: r.col, endLine: end.line, endCol: end.col, message: r.message };
    return r.suggestion === undefined ? d : { ...d, suggestion: r.suggestion };
  }).sort(byPosition);
}
