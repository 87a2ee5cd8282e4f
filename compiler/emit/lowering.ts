/**
 * The entry points of lowering IR to JS, Fennel style: each form becomes statements (pushed to
 * `out`) plus an expression, so `let`, `begin`, `if`, `try` in expression position need no
 * function wrapper; a temporary is introduced only where a value must outlive a statement.
 * `value` (the form's value is used), `effect` (discarded), `tail` (returned from the
 * function) each dispatch through the module's table of lowerings, one entry per node kind
 * (lower-table.ts); lowering modules recurse through these, so none imports another's entry.
 */
import type * as ES from "estree";
import type { Expr } from "../../runtime/ir/nodes.js";
import type { Kind, NodeOf } from "../../runtime/ir/visit.js";
import type { FnCtx } from "./context.js";
import * as B from "./estree.js";
import { isStable, truthTest } from "./expr-marks.js";

type Out = ES.Statement[];

const NIL = (): ES.Expression => B.lit(null);

/** How one node kind is lowered: for its value, and, when it differs from using the value, for effect and in tail position. */
export interface KindLowering<E extends Expr> {
  value(e: E, cx: FnCtx, out: Out): ES.Expression;
  /** Default: the value, kept as a statement unless it is stable. */
  effect?(e: E, cx: FnCtx, out: Out): void;
  /** Default: `return` the value. */
  tail?(e: E, cx: FnCtx, out: Out): void;
}

/** One lowering per node kind (a kind missing does not compile). */
export type LowerTable = { readonly [K in Kind]: KindLowering<NodeOf<K>> };

/**
 * `return x` from the function being written; in one whose tail cons chains onto its own call
 * accumulate their heads (emit-trmc.ts), every return conses them onto its value.
 */
export function ret(x: ES.Expression, cx: FnCtx): ES.ReturnStatement {
  const acc = cx.self?.acc ?? null;
  return B.ret(acc === null ? x : cx.mod.rt("consOnto", [B.id(acc), x]));
}

const lowering = (e: Expr, cx: FnCtx): KindLowering<Expr> => cx.mod.lower[e.t] as KindLowering<Expr>;

export function value(e: Expr, cx: FnCtx, out: Out): ES.Expression {
  return lowering(e, cx).value(e, cx, out);
}

export function effect(e: Expr, cx: FnCtx, out: Out): void {
  const l = lowering(e, cx);
  if (l.effect !== undefined) return l.effect(e, cx, out);
  const x = l.value(e, cx, out);
  if (!isStable(x)) out.push(B.stmt(x));
}

export function tail(e: Expr, cx: FnCtx, out: Out): void {
  const l = lowering(e, cx);
  if (l.tail !== undefined) return l.tail(e, cx, out);
  out.push(ret(l.value(e, cx, out), cx));
}

/** A test for `if`: the value itself when it is a boolean, else its truthiness. */
export function test(e: Expr, cx: FnCtx, out: Out): ES.Expression {
  return truthTest(value(e, cx, out), cx.mod);
}

/** A body run for its value in this function: each form in turn, then the last one's value. */
export function bodyValue(body: readonly Expr[], cx: FnCtx, out: Out): ES.Expression {
  if (body.length === 0) return NIL();
  for (let i = 0; i < body.length - 1; i++) bodyForm(body[i]!, cx, out);
  return value(body[body.length - 1]!, cx, out);
}

/** A form directly in a body (what it binds counts as bound after it: plan.ts `body`). */
export function bodyForm(e: Expr, cx: FnCtx, out: Out): void {
  effect(e, cx, out);
}

/** A function body: forms in order, the last one in tail position. */
export function tailBody(body: readonly Expr[], cx: FnCtx, out: Out): void {
  if (body.length === 0) return void out.push(ret(NIL(), cx));
  for (let i = 0; i < body.length - 1; i++) bodyForm(body[i]!, cx, out);
  tail(body[body.length - 1]!, cx, out);
}

/** Top-level forms: each runs in turn; the last one's value is returned. */
export function topLevel(forms: readonly Expr[], cx: FnCtx, out: Out): void {
  if (forms.length === 0) return void out.push(B.ret(NIL()));
  for (let i = 0; i < forms.length - 1; i++) bodyForm(forms[i]!, cx, out);
  out.push(B.ret(value(forms[forms.length - 1]!, cx, out)));
}
