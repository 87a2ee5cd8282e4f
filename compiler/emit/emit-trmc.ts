/**
 * Tail recursion modulo cons. Lists are arrays, so `(cons x (f …))` copies the rest of the
 * list on every return and a recursive list builder such as the stdlib's `range` is quadratic.
 * When `cons` is the native and `f` is the function itself, the emitter instead appends x to
 * an accumulator and loops; every other return of the function conses the accumulated heads
 * onto its value (`$r.consOnto`: lowering.ts ret). Heads, arguments and calls are evaluated in the same order,
 * so the result and any error are the same; only the stack no longer grows. A chain ending in
 * a call of another function becomes a tail call that conses the heads on (consTail).
 */
import type * as ES from "estree";
import type { Expr } from "../../runtime/ir/nodes.js";
import type { FnCtx } from "./context.js";
import type { ConsSite } from "./facts.js";
import { inTailCall, nextIteration } from "./tail-forms.js";
import { ret, value } from "./lowering.js";
import { operands } from "./operands.js";
import * as B from "./estree.js";

type Out = ES.Statement[];

/** A cons site in tail position: append the heads, re-bind the parameters, next iteration. */
export function consStep(site: ConsSite, cx: FnCtx, out: Out): void {
  const self = cx.self!;
  for (const h of site.heads) {
    const x = value(h as Expr, cx, out);
    out.push(B.stmt(B.at(B.call(B.member(B.id(self.acc!), "push"), [x]), site.call.s)));
  }
  nextIteration(site.inner, cx, out);
}

/** `return $r.consTail(heads, g, args, span[, conses, their spans])`, everything evaluated in source order. */
export function consTail(site: ConsSite, cx: FnCtx, out: Out): void {
  // Each cons is read as the program reads it unless it is known to be the native.
  const known = cx.mod.plan.nativeCons;
  const links: Extract<Expr, { t: "call" }>[] = [];
  for (let c: Expr = site.call; c !== site.inner; c = (c as Extract<Expr, { t: "call" }>).args[1]!) links.push(c as Extract<Expr, { t: "call" }>);
  const exprs: Expr[] = [];
  links.forEach((c, k) => {
    if (!known) exprs.push(c.fn);
    exprs.push(site.heads[k] as Expr);
  });
  exprs.push(site.inner.fn, ...site.inner.args);
  const xs = operands(exprs, cx, out, cx.mod.plan.someHasCall(exprs));
  const step = known ? 1 : 2;
  const heads = links.map((_, k) => xs[k * step + step - 1]!);
  const rest = xs.slice(links.length * step);
  const args = [B.arr(heads), rest[0]!, B.arr(rest.slice(1)), cx.mod.span(site.inner.s)];
  if (!known) args.push(B.arr(links.map((_, k) => xs[k * 2]!)), B.arr(links.map((c) => cx.mod.span(c.s))));
  // Like any tail call, it leaves no frame in this function (emit-call.ts inTailCall).
  out.push(ret(B.at(inTailCall(cx.mod.rt("consTail", args), cx), site.call.s), cx));
}
