/**
 * Calls, written as the plan decided from what the callee is (plan-calls.ts):
 *   a native the program never redefines → its runtime helper (`$r.add2`), int fast path
 *     first for arithmetic and comparisons (inline-arith.ts), a fast path first for
 *     `string-append`, `string`, `nth` and `car` (inline-natives.ts), a loop for `map`, `filter`…
 *     over a lambda at the call site (emit-hof-loop.ts), `hash-map-update` with the lambda's
 *     body in place (emit-map-update.ts), or `fn` directly, arity checked at
 *     compile time;
 *   a stdlib function or an intrinsic, not in tail position → its per-tick positional entry
 *     (`$r.positional`);
 *   a fixed function already bound here → a direct JS call of its declaration;
 *   itself, in tail position → the next iteration of its loop;
 *   anything else → `$r.call1(f, a)`… (non-tail) or `return $r.tail1(f, a, span)`…, which
 *     hands closures to the caller's trampoline so tail calls never grow the stack, except
 *     leaves (closures that make no tail calls of their own), which it calls on the spot.
 * Calls that can raise without a position of their own first assign `$p`, and so do direct
 * calls of fixed functions (so an error coming out of one is a frame at the call); tail calls
 * assign -1 (no frame), as the interpreter's tail calls leave none (runtime/errors/frames.ts).
 */
import type * as ES from "estree";
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import { emitLoopCall } from "./emit-hof-loop.js";
import { emitUpdateCall } from "./emit-map-update.js";
import type { FnCtx } from "./context.js";
import { globalBinding, raises } from "./emit-globals.js";
import { operands, save } from "./operands.js";
import { inTailCall, nextIteration } from "./tail-forms.js";
import { consStep, consTail } from "./emit-trmc.js";
import { ret, type KindLowering } from "./lowering.js";
import { hasFastPath, needsScratch, withFastPath } from "./inline-arith.js";
import { withNativeFastPath } from "./inline-natives.js";
import { markBool } from "./expr-marks.js";
import * as B from "./estree.js";
import type { CallPlan } from "./plan-calls.js";

type Out = ES.Statement[];
type CallNode = Extract<Expr, { t: "call" }>;

/** How the call is written: the plan's decision (plan-calls.ts). */
const callee = (e: CallNode, cx: FnCtx): CallPlan => cx.mod.plan.call(e);

/** `($p = k, expr)`: the position errors raised by `expr` itself are reported at. */
function positioned(e: CallNode, x: ES.Expression, cx: FnCtx): ES.Expression {
  cx.fn.usesP = true;
  return B.seqx([B.at(B.assign("$p", B.num(cx.mod.spanNo(e.s))), e.s), x]);
}

const GENERIC = ["call0", "call1", "call2", "call3"];
const TAILS = ["tail0", "tail1", "tail2", "tail3"];

export function emitCall(e: CallNode, cx: FnCtx, out: Out): ES.Expression {
  const c = callee(e, cx);
  const spill = cx.mod.plan.someHasCall(e.args);
  switch (c.kind) {
    case "helper": {
      const args = operands(e.args, cx, out, spill);
      if (needsScratch(c.helper)) cx.fn.usesScratch = true;
      const call = hasFastPath(c.helper) ? withFastPath(c.helper, save(args[0]!, cx, out), save(args[1]!, cx, out), "$n", cx.mod) : cx.mod.rt(c.helper, args);
      const x = positioned(e, call, cx);
      return c.bool ? markBool(x) : x;
    }
    case "native": {
      const { name, call } = c;
      const at = (x: ES.Expression): ES.Expression => positioned(e, x, cx);
      const nativeCall = (args: ES.Expression[]): ES.Expression => B.call(B.member(B.at(cx.mod.native(name), e.fn.s, name), "fn"), args);
      switch (call.via) {
        case "loop":
        case "named-loop":
          return emitLoopCall(name, call.lambda, e, cx, out, at);
        case "update":
          return emitUpdateCall(call.lambda, e, cx, out, at);
        case "owned-set": {
          const owned = cx.owned.get(e);
          if (owned === undefined) throw new Error("an accumulator update the plan owns was lowered outside its fold");
          return at(cx.mod.rt("setAcc", [...operands(e.args, cx, out, spill), owned]));
        }
        case "fast-path": {
          const args = operands(e.args, cx, out, spill).map((x) => save(x, cx, out));
          return at(withNativeFastPath(name, args, nativeCall(args), cx.mod));
        }
        case "plain":
          break;
      }
      const x = at(nativeCall(operands(e.args, cx, out, spill)));
      return c.bool ? markBool(x) : x;
    }
    case "self":
      // Only a tail call is a loop iteration; anywhere else it is an ordinary direct call.
      return emitDirect(e, cx.lambda!, cx, out);
    case "direct":
      return emitDirect(e, c.lambda, cx, out);
    case "generic": {
      if (c.positional) return positioned(e, B.call(positionalCallee(e, cx, out), operands(e.args, cx, out, spill)), cx);
      // A callee that is itself a call assigns $p too: it must run before this call's $p.
      const [f, ...args] = operands([e.fn, ...e.args], cx, out, spill || cx.mod.plan.hasCall(e.fn));
      const x = args.length < GENERIC.length ? cx.mod.rt(GENERIC[args.length]!, [f!, ...args]) : cx.mod.rt("callv", [f!, B.arr(args)]);
      return positioned(e, x, cx);
    }
  }
}

/**
 * The callee of a call the plan makes through a per-tick positional entry (`$r.positional`):
 * a stdlib function or an intrinsic the program never writes, read before the arguments as
 * any callee is (an intrinsic may be unbound).
 */
function positionalCallee(e: CallNode, cx: FnCtx, out: Out): ES.Expression {
  const name = (e.fn as { name: string }).name;
  const b = globalBinding(name, cx);
  if (b.kind !== "stdlib" && b.kind !== "dynamic") throw new Error(`a positional call of ${name}, which is not a stdlib function or an intrinsic`);
  const js = cx.mod.positional(b.js, e.args.length);
  const alias = B.at(B.id(js), e.fn.s, name);
  if (b.kind === "stdlib") return alias;
  raises(cx);
  const unbound = B.at(cx.mod.rt("unbound", [B.str(name), cx.mod.span(e.fn.s)]), e.fn.s);
  return save(B.cond(B.binary("!==", B.id(js), B.id("undefined")), alias, unbound), cx, out);
}

/**
 * A direct call of a fixed function. Not in tail position it assigns `$p` after its arguments
 * (an error coming out of the callee is then a frame at this call, as in the interpreter:
 * runtime/errors/frames.ts); in tail position (a leaf's) `$p` is -1 (no position: the
 * caller's frame is gone, as after the interpreter's tail call).
 */
function emitDirect(e: CallNode, l: Lambda, cx: FnCtx, out: Out, tail = false): ES.Expression {
  const args = operands(e.args, cx, out, cx.mod.plan.someHasCall(e.args));
  // The plan calls a function directly only where its declaration was written before (emit-lambda.ts names it).
  const raw = cx.mod.rawNames.get(l);
  if (raw === undefined) throw new Error("a direct call of a function not declared yet");
  const x = B.call(B.at(B.id(raw), e.s, (e.fn as { name: string }).name), args);
  if (tail) return inTailCall(x, cx);
  return positioned(e, cx.mod.plan.fn(l).mayTail ? B.at(cx.mod.rt("done", [x]), e.s) : x, cx);
}

/** A call's lowering: for its value; in tail position, a loop step, a consing tail call or a tail call. */
export const CALL: KindLowering<CallNode> = {
  value: emitCall,
  tail(e, cx, out) {
    if (!e.tail) return void out.push(ret(emitCall(e, cx, out), cx));
    const site = cx.self?.consSites.get(e);
    if (site !== undefined) return consStep(site, cx, out);
    const viaHeads = cx.mod.plan.consTail(e);
    return viaHeads !== undefined ? consTail(viaHeads, cx, out) : tailCall(e, cx, out);
  },
};

function tailCall(e: CallNode, cx: FnCtx, out: Out): void {
  const c = callee(e, cx);
  if (c.kind === "helper" || c.kind === "native") return void out.push(ret(emitCall(e, cx, out), cx));
  if (c.kind === "self") return nextIteration(e, cx, out);
  // A leaf cannot start a chain of tail calls: calling it here grows the stack by one frame.
  if (c.kind === "direct" && !cx.mod.plan.fn(c.lambda).mayTail) return void out.push(ret(emitDirect(e, c.lambda, cx, out, true), cx));
  const [f, ...args] = operands([e.fn, ...e.args], cx, out, cx.mod.plan.hasCall(e.fn) || cx.mod.plan.someHasCall(e.args));
  const span = cx.mod.span(e.s);
  const x = args.length < TAILS.length ? cx.mod.rt(TAILS[args.length]!, [f!, ...args, span]) : cx.mod.rt("tail", [f!, B.arr(args), span]);
  // The helper may call a leaf on the spot: its errors must not make a frame here either.
  out.push(ret(B.at(inTailCall(x, cx), e.s), cx));
}

