/**
 * Shared state of one analysis: where we are (scope, tail position), what we report, and the
 * analyser that the special forms call back for their subforms; and what the forms do with it.
 */
import type { Expr, FailError, Pos } from "../../runtime/ir/nodes.js";
import { toPos } from "../../runtime/ir/codec.js";
import type { Form } from "../../runtime/values/form.js";
import type { DiagnosticCode, RawDiagnostic } from "../diagnostics/diagnostic.js";
import { SPECIAL_FORM_DOCS } from "../docs/special-forms.js";
import type { CScope } from "./scope.js";

export type { Diagnostic } from "../diagnostics/diagnostic.js";

/** Forms → IR; the one a context carries is analyzeExpr (analyze-expr.ts). */
export type Analyze = (f: Form, ctx: Ctx) => Expr;

/** Analyzes `(head ...operands)`; `form` is the whole form, for positions (the table: special-forms.ts). */
export type SpecialForm = (form: Form, operands: readonly Form[], ctx: Ctx) => Expr;

export interface Ctx {
  /**
   * The recursive analyser. The forms' analysers (forms-*.ts) call it through the context rather
   * than importing analyze-expr.ts, which dispatches to them: the modules import each other
   * in one direction only. Set where a context is made (analyze.ts).
   */
  readonly analyze: Analyze;
  /** Innermost frame; null at top level, where definitions are globals. */
  readonly scope: CScope | null;
  /** In tail position inside a closure body (calls here may be proper tail calls). */
  readonly tail: boolean;
  /** Inside a closure body (some reference messages differ there). */
  readonly inFunction: boolean;
  readonly file: string;
  readonly diags: RawDiagnostic[];
}

export const pos = (f: Form): Pos => toPos(f.span);

export const nonTail = (ctx: Ctx): Ctx => (ctx.tail ? { ...ctx, tail: false } : ctx);

/** A body: all forms but the last are not in tail position. */
export function analyzeBody(forms: readonly Form[], ctx: Ctx): Expr[] {
  const inner = nonTail(ctx);
  return forms.map((x, i) => ctx.analyze(x, i === forms.length - 1 ? ctx : inner));
}

/** A diagnostic about `at` (its span, in this analysis's file). */
export function report(diags: RawDiagnostic[], file: string, at: Form, code: DiagnosticCode, message: string, suggestion?: string): void {
  const s = at.span;
  diags.push({ code, file: s.file === "" ? file : s.file, line: s.line, col: s.col, offset: s.offset, end: s.end, message, ...(suggestion !== undefined ? { suggestion } : {}) });
}

/** The shape a special form expects, as its diagnostics suggest it. */
export const expectedShape = (form: string): string | undefined => {
  const doc = SPECIAL_FORM_DOCS[form === "unquote-splicing" ? "unquote-splice" : form];
  return doc === undefined ? undefined : `expected ${doc.shape}`;
};

/**
 * A malformed special form: a node that raises the reference's bad-special-form error when
 * evaluated (its reason is what a `catch` sees), and an error for the build, which says what
 * the form expects.
 */
export function badForm(ctx: Ctx, at: Form, form: string, reason: string, suggestion?: string): Expr {
  const error: FailError = { kind: "bad-special-form", form, reason };
  const message = form === "unquote" ? "`,` (unquote) outside of a quasiquote" : `malformed \`${form}\`: ${reason}`;
  report(ctx.diags, ctx.file, at, "V200", message, suggestion ?? expectedShape(form));
  return { t: "fail", error, s: pos(at) };
}
