/**
 * A runtime error as a person reads it (CLI, REPL, tick summaries): the error's text and
 * position. The message a program's `catch` sees stays the reference's; this is only what is
 * shown.
 */
import type { LispError } from "../../runtime/errors/lisp-error.js";

export interface ReportContext {
  /** The program's source, for a code frame. */
  readonly source?: string;
  readonly file?: string;
}

export function errorReport(err: LispError, _ctx: ReportContext = {}): string {
  return `error: ${err.message}\n`;
}
