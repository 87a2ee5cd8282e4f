/**
 * `(hash-map-update m k (lambda (v) …))` with the native's own name: the lambda's body runs in
 * the caller, between the native's two halves (runtime/stdlib/natives/maps.ts), with no closure
 * and no call. `updateCurrent` checks the map and the key at the call's position and gives the
 * current value (nil when absent), which becomes the parameter; `updateResult` stores the
 * body's value, and cannot fail. Any other form of the call is an ordinary native call. The
 * body runs in a `try` that records what leaving the lambda records (leave-inlined.ts).
 */
import type * as ES from "estree";
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { FnCtx } from "./context.js";
import { bodyValue } from "./lowering.js";
import { declareSlots, frameFor } from "./frames.js";
import { operands, save } from "./operands.js";
import * as B from "./estree.js";
import { leaveInlined } from "./leave-inlined.js";

type Out = ES.Statement[];
type CallNode = Extract<Expr, { t: "call" }>;

/** The call's value, its statements pushed to `out`; `f` is its lambda (the plan decides which calls are written so: plan-calls.ts). */
export function emitUpdateCall(f: Lambda, e: CallNode, cx: FnCtx, out: Out, position: (x: ES.Expression) => ES.Expression): ES.Expression {
  const ops = operands(e.args.slice(0, 2), cx, out, cx.mod.plan.someHasCall(e.args.slice(0, 2)));
  const m = save(ops[0]!, cx, out);
  const k = save(ops[1]!, cx, out);
  const frame = frameFor(f, f.scope, cx);
  out.push(B.decl("let", frame.names[f.paramSlots[0]!]!, position(cx.mod.rt("updateCurrent", [m, k]))));
  // The body runs as the lambda the native would have called: an error leaving it is a frame there.
  const body: Out = [];
  declareSlots(frame, 0, body, new Set(f.paramSlots));
  const v = bodyValue(f.body, cx.withFrame(frame), body);
  const owned = cx.owned.get(e);
  const r = cx.mod.temp();
  out.push(B.decl("let", r, null));
  body.push(B.stmt(B.assign(r, cx.mod.rt("updateResult", owned === undefined ? [m, k, v] : [m, k, v, owned]))));
  out.push(leaveInlined(body, e.s, f, cx));
  return B.id(r);
}
