/**
 * The JS of leaving a function by a tail call: `($p = -1, x)` (no frame is left in it) and the
 * next iteration of its self loop (the parameters re-bound from the call's arguments).
 */
import type * as ES from "estree";
import type { Expr } from "../../runtime/ir/nodes.js";
import type { FnCtx } from "./context.js";
import * as B from "./estree.js";
import { operands } from "./operands.js";

type Out = ES.Statement[];
type CallNode = Extract<Expr, { t: "call" }>;

/** `($p = -1, x)`: a tail call is running; an error out of it leaves no frame in this function. */
export function inTailCall(x: ES.Expression, cx: FnCtx): ES.Expression {
  cx.fn.usesP = true;
  return B.seqx([B.assign("$p", B.num(-1)), x]);
}

/** The next iteration of the function's self loop, with `call`'s arguments as the parameters. */
export function nextIteration(call: CallNode, cx: FnCtx, out: Out): void {
  const xs = operands(call.args, cx, out, false);
  xs.forEach((x, i) => out.push(B.stmt(B.at(B.assign(cx.self!.carriers[i]!, x), i === 0 ? call.s : undefined))));
  out.push({ type: "ContinueStatement", label: null });
}
