/**
 * Diagnostics: what the compiler tells a person about a program, in one shape for the CLI
 * (`vigyc build`, `vigyc check`), the library (`compile()` returns them) and the bundler
 * plugins. Every diagnostic has a stable code (CODES below, explained in docs/diagnostics.md),
 * a severity, the span it is about (start and end, 1-based lines, columns in code points), a
 * message, and where one helps a suggestion. Malformed syntax is an error; an unbound symbol or
 * a call with the wrong number of arguments is a warning (the module still builds, and fails
 * only when the call is reached, as in the reference).
 */

export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  /** A stable code (`V300`), documented in docs/diagnostics.md. */
  readonly code: DiagnosticCode;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Where the span ends (exclusive), in the same units. */
  readonly endLine: number;
  readonly endCol: number;
  readonly message: string;
  /** What to do about it (`did you mean \`vigy-get\`?`, the expected shape or arity). */
  readonly suggestion?: string;
}

/** The codes, their severity and a title (docs/diagnostics.md explains each with an example). */
export const CODES = {
  V100: { severity: "error", title: "unexpected closing paren" },
  V101: { severity: "error", title: "unclosed paren" },
  V102: { severity: "error", title: "unterminated string" },
  V103: { severity: "error", title: "quote prefix without a form" },
  V200: { severity: "error", title: "malformed special form" },
  V201: { severity: "error", title: "malformed defmacro" },
  V210: { severity: "error", title: "macro expansion failed" },
  V300: { severity: "warning", title: "unbound symbol" },
  V301: { severity: "warning", title: "set! of an undefined global" },
  V310: { severity: "warning", title: "wrong number of arguments" },
  V320: { severity: "warning", title: "call of a value that is not a function" },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type DiagnosticCode = keyof typeof CODES;

/**
 * A diagnostic as the front end first makes it: positioned by a form's span (start line and
 * column, byte range); `finish` (position.ts) adds the end line and column from the source.
 */
export interface RawDiagnostic {
  readonly code: DiagnosticCode;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** UTF-8 byte range [offset, end) of the span in the source. */
  readonly offset: number;
  readonly end: number;
  readonly message: string;
  readonly suggestion?: string;
}

/** By file and position (a stable order for output). */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
}

export const isError = (d: Diagnostic): boolean => d.severity === "error";
