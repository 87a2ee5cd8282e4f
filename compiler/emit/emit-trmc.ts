/**
 * Tail recursion modulo cons. Lists are arrays, so `(cons x (f …))` copies the rest of the
 * list on every return and a recursive list builder such as the stdlib's `range` is quadratic.
 * When `cons` is the native and `f` is the function itself, the emitter instead appends x to
 * an accumulator and loops; every other return of the function conses the accumulated heads
 * onto its value (`$r.consOnto`). Heads, arguments and calls are evaluated in the same order,
 * so the result and any error are the same; only the stack no longer grows.
 */
import type * as ES from "estree";
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { FnCtx } from "./context.js";
import type { ConsSite, Facts, Key } from "./facts.js";
import { nextIteration } from "./emit-call.js";
import { value } from "./emit-expr.js";
import { globalBinding } from "./emit-globals.js";
import * as B from "./estree.js";

type Out = ES.Statement[];

/** The cons sites of `l` (the value of binding `key`) that can become loop iterations. */
export function loopingConsSites(l: Lambda, key: Key, facts: Facts, cx: FnCtx): ConsSite[] {
  if (l.rest !== null) return [];
  const sites = (facts.consSites.get(l) ?? []).filter((s) => s.fnKey === key && s.inner.args.length === l.params.length);
  if (sites.length === 0 || globalBinding("cons", cx).kind !== "native") return [];
  return sites;
}

/** A cons site in tail position: append the heads, re-bind the parameters, next iteration. */
export function consStep(site: ConsSite, cx: FnCtx, out: Out): void {
  const self = cx.self!;
  for (const h of site.heads) {
    const x = value(h as Expr, cx, out);
    out.push(B.stmt(B.at(B.call(B.member(B.id(self.acc!), "push"), [x]), site.call.s)));
  }
  nextIteration(site.inner, cx, out);
}

/** Make every return of the function (not of functions nested in it) cons the heads on. */
export function consOntoReturns(body: Out, acc: string): void {
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const n = node as ES.Node;
    if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") return;
    if (n.type === "ReturnStatement" && n.argument) {
      n.argument = B.rt("consOnto", [B.id(acc), n.argument]);
      return;
    }
    for (const [k, child] of Object.entries(n)) {
      if (k === "loc") continue;
      if (Array.isArray(child)) child.forEach(visit);
      else visit(child);
    }
  };
  body.forEach(visit);
}
