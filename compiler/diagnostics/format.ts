/**
 * Diagnostics as a person reads them (a GCC-style first line, then a code frame with carets
 * under the span and the suggestion) and as tools read them (one JSON object each).
 *
 *   app.lisp:3:4: warning: unbound symbol `vigy-gett` [V300]
 *       3 |   (vigy-gett "k")
 *         |    ^^^^^^^^^
 *         = help: did you mean `vigy-get`?
 */
import type { Diagnostic } from "./diagnostic.js";
import { SourceLines } from "./source-lines.js";

export interface FormatOptions {
  /** ANSI colours (the CLI turns them on for a terminal unless NO_COLOR is set). */
  readonly color?: boolean;
}

const paint = (on: boolean, code: string, text: string): string => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/** One diagnostic with its code frame; `source` is the file's text (no frame without it). */
export function formatDiagnostic(d: Diagnostic, source: string | SourceLines | undefined, opts: FormatOptions = {}): string {
  const color = opts.color === true;
  const sev = paint(color, d.severity === "error" ? "1;31" : "1;33", d.severity);
  let out = `${d.file}:${d.line}:${d.col}: ${sev}: ${paint(color, "1", d.message)} [${d.code}]\n`;
  const lines = typeof source === "string" ? new SourceLines(source) : source;
  const width = Math.max(4, String(d.line).length + 1);
  const blank = " ".repeat(width);
  if (lines !== undefined && d.line >= 1 && d.line <= lines.lineCount) {
    const text = lines.lineText(d.line);
    const chars = [...text];
    out += `${paint(color, "34", `${String(d.line).padStart(width)} |`)} ${text}\n`;
    // Carets under the span on its first line; the indent copies tabs so it lines up.
    const start = Math.min(d.col - 1, chars.length);
    const stop = d.endLine === d.line ? Math.max(start + 1, Math.min(d.endCol - 1, chars.length)) : Math.max(start + 1, chars.length);
    const indent = chars.slice(0, start).map((c) => (c === "\t" ? "\t" : " ")).join("");
    const more = d.endLine > d.line ? ` … to ${d.endLine}:${d.endCol}` : "";
    out += `${paint(color, "34", `${blank} |`)} ${indent}${paint(color, d.severity === "error" ? "1;31" : "1;33", "^".repeat(stop - start))}${more}\n`;
  }
  if (d.suggestion !== undefined) out += `${blank} ${paint(color, "36", "= help:")} ${d.suggestion}\n`;
  return out;
}

/** The JSON form (`--json`): the diagnostic's fields, in a fixed order. */
export function diagnosticJson(d: Diagnostic): Record<string, string | number> {
  const o: Record<string, string | number> = {
    severity: d.severity,
    code: d.code,
    file: d.file,
    line: d.line,
    col: d.col,
    endLine: d.endLine,
    endCol: d.endCol,
    message: d.message,
  };
  if (d.suggestion !== undefined) o.suggestion = d.suggestion;
  return o;
}

/** `2 errors, 1 warning` (empty when there are none). */
export function countText(errors: number, warnings: number): string {
  const part = (n: number, what: string): string => `${n} ${what}${n === 1 ? "" : "s"}`;
  return [errors > 0 ? part(errors, "error") : "", warnings > 0 ? part(warnings, "warning") : ""].filter((x) => x !== "").join(", ");
}
