/** The JS locals of an IR frame (lambda, let, catch handler): their names and declarations. */
import type * as ES from "estree";
import type { FnCtx, JsFrame } from "./context.js";
import * as B from "./estree.js";
import { mangle } from "./munge.js";

type Out = ES.Statement[];

const U = B.id("$U");
const NIL = (): ES.Expression => B.lit(null);

export function frameFor(creator: object, scope: JsFrame["scope"], cx: FnCtx): JsFrame {
  const facts = cx.mod.facts;
  const names = scope.names.map((n, slot) => cx.mod.alloc(mangle(n) + (facts.fixed(facts.frames.slot(creator, slot)) ? "$v" : "")));
  return { creator, scope, names };
}

/** `let` declarations for slots from `from` on: nil, or unbound for define-introduced slots. */
export function declareSlots(frame: JsFrame, from: number, out: Out, skip: ReadonlySet<number> = new Set()): void {
  for (let i = from; i < frame.names.length; i++) {
    if (skip.has(i)) continue;
    out.push(B.decl("let", frame.names[i]!, i < frame.scope.firstDefine ? NIL() : U));
  }
}
