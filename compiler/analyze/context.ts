/** Shared state of one analysis: where we are (scope, tail position) and what we report. */
import type { Expr, FailError, Pos } from "../../runtime/ir/nodes.js";
import { toPos } from "../../runtime/ir/codec.js";
import type { Form } from "../../runtime/values/form.js";
import type { CScope } from "./scope.js";

export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
  readonly hint?: string;
}

export interface Ctx {
  /** Innermost frame; null at top level, where definitions are globals. */
  readonly scope: CScope | null;
  /** In tail position inside a closure body (calls here may be proper tail calls). */
  readonly tail: boolean;
  /** Inside a closure body (some reference messages differ there). */
  readonly inFunction: boolean;
  readonly file: string;
  readonly diags: Diagnostic[];
}

export const pos = (f: Form): Pos => toPos(f.span);

export const nonTail = (ctx: Ctx): Ctx => (ctx.tail ? { ...ctx, tail: false } : ctx);
export const withTail = (ctx: Ctx, tail: boolean): Ctx => (ctx.tail === tail ? ctx : { ...ctx, tail });

/** A node that raises `error` when evaluated, plus a warning for the build. */
export function fail(ctx: Ctx, at: Form, error: FailError, hint?: string): Expr {
  const message =
    error.kind === "bad-special-form" ? `bad special form \`${error.form}\`: ${error.reason}` : JSON.stringify(error);
  ctx.diags.push({ severity: "warning", file: ctx.file, line: at.span.line, col: at.span.col, message, ...(hint ? { hint } : {}) });
  return { t: "fail", error, s: pos(at) };
}

export const badForm = (ctx: Ctx, at: Form, form: string, reason: string, hint?: string): Expr =>
  fail(ctx, at, { kind: "bad-special-form", form, reason }, hint);
