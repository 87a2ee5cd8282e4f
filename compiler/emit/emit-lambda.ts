/**
 * Lambdas → JS functions. A function whose binding is fixed (written once, with it) is a named
 * declaration that later code calls directly; its self tail calls become a `for (;;)` loop whose
 * iteration re-binds the parameters with `let` (each iteration has fresh bindings, as each call
 * has a fresh frame, so closures made in the loop keep their own); so do its tail `cons` chains
 * onto a self call (emit-trmc.ts). Functions that run natives
 * or unknown callees track the running form's position in `$p` and stamp escaping errors with it.
 */
import type * as ES from "estree";
import type { Lambda } from "../../runtime/ir/nodes.js";
import { FnCtx } from "./context.js";
import type { Key } from "./binding-key.js";
import { declareSlots, frameFor } from "./frames.js";
import { tailBody } from "./lowering.js";
import * as B from "./estree.js";
import { mangle } from "./munge.js";

type Out = ES.Statement[];

/** The Lisp value of a lambda: `$r.fn(f, params, rest, name)`; fixed ones declare `f` in `out`. */
export function lambdaValue(l: Lambda, cx: FnCtx, out: Out, key: Key | null): ES.Expression {
  const mod = cx.mod;
  const name = l.name === null ? (key === null ? null : mod.alloc("$lambda")) : mod.alloc(mangle(l.name));
  // A fixed function's name is known before its body, which may call it directly.
  if (key !== null) mod.rawNames.set(l, name!);
  const { params, body } = emitLambda(l, cx, key);
  let f: ES.Expression;
  if (key !== null) {
    const raw = name!;
    out.push(B.at(B.fnDecl(raw, params, body), l.s));
    f = B.id(raw);
  } else f = B.fnExpr(name, params, body);
  const args = [f, mod.stringList(l.params), l.rest === null ? B.lit(null) : B.str(l.rest), l.name === null ? B.lit(null) : B.str(l.name)];
  if (!mod.plan.fn(l).mayTail) args.push(B.lit(true));
  return B.at(cx.mod.rt("fn", args), l.s);
}

export function emitLambda(l: Lambda, cx: FnCtx, key: Key | null): { params: string[]; body: Out } {
  const mod = cx.mod;
  const frame = frameFor(l, l.scope, cx);
  const { consSites, loops } = mod.plan.fn(l);
  const carriers = loops ? l.params.map((p) => mod.alloc(mangle(p) + "$c")) : [];
  const acc = consSites.length > 0 ? mod.alloc("$acc") : null;
  const self = loops ? { key: key!, carriers, acc, consSites: new Map(consSites.map((c) => [c.call, c])) } : null;
  const inner = new FnCtx(mod, [...cx.frames, frame], l, self);

  // Parameters: a slot bound twice (duplicate names) takes the last argument.
  const npos = l.params.length;
  const params: string[] = [];
  const binds: Out = [];
  const seen = new Set<number>();
  for (let i = 0; i < l.paramSlots.length; i++) {
    const slot = l.paramSlots[i]!;
    const local = frame.names[slot]!;
    if (loops && i < npos) {
      params.push(carriers[i]!);
      binds.push(seen.has(slot) ? B.stmt(B.assign(local, B.id(carriers[i]!))) : B.decl("let", local, B.id(carriers[i]!)));
    } else if (!seen.has(slot)) params.push(local);
    else {
      const extra = mod.temp();
      params.push(extra);
      binds.push(B.stmt(B.assign(local, B.id(extra))));
    }
    seen.add(slot);
  }
  const body: Out = [...binds];
  declareSlots(frame, 0, body, seen);
  tailBody(l.body, inner, body);

  const stmts: Out = loops ? [{ type: "ForStatement", init: null, test: null, update: null, body: B.block(body) }] : body;
  // Its returns cons the accumulated heads on as they are written (lowering.ts ret).
  if (acc !== null) stmts.unshift(B.decl("const", acc, B.arr([])));
  return { params, body: withPosition(inner, stmts, mod.spanNo(l.s)) };
}

/**
 * A function body that assigns `$p` declares it (starting at `start`, the function's own
 * position) and gives escaping errors that position; one that parks int results declares `$n`.
 */
export function withPosition(cx: FnCtx, body: Out, start: number): Out {
  const scratch = cx.usesScratch ? [B.decl("let", "$n", null)] : [];
  if (!cx.usesP) return [...scratch, ...body];
  return [
    ...scratch,
    B.decl("let", "$p", B.num(start)),
    {
      type: "TryStatement",
      block: B.block(body),
      handler: { type: "CatchClause", param: B.id("$e"), body: B.block([B.stmt(cx.mod.rt("rethrow", [B.id("$e"), B.index(B.id(cx.mod.spansId), B.id("$p"))]))]) },
      finalizer: null,
    },
  ];
}
