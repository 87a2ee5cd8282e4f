/**
 * A lambda body compiled in place of a native's call (emit-hof-loop.ts, emit-map-update.ts)
 * runs inside a `try` whose catch records what the interpreter records when an error leaves
 * the lambda the native called: the body's running position as a frame (or the error's
 * position), then the native call's position in `$p` for the function's own catch
 * (runtime/errors/frames.ts). Nothing runs on the way in; the cost is paid only by an error.
 */
import type * as ES from "estree";
import type { Expr, Lambda, Pos } from "../../runtime/ir/nodes.js";
import { tailChildren } from "../../runtime/ir/visit.js";
import type { FnCtx, ModuleCtx } from "./context.js";
import * as B from "./estree.js";
import { isNativeIn } from "./emit-globals.js";

export function leaveInlined(block: ES.Statement[], call: Pos, lambda: Lambda, cx: FnCtx): ES.TryStatement {
  cx.fn.usesP = true;
  const e = B.id("$e");
  // The lambda's calls in tail position leave no frame in it (runtime/errors/frames.ts).
  const tails = cx.mod.plan.inlinedTails(lambda).map((t) => cx.mod.span(t));
  const args: ES.Expression[] = [e, B.index(B.id(cx.mod.spansId), B.id("$p")), cx.mod.span(call)];
  if (tails.length > 0) args.push(B.arr(tails));
  return {
    type: "TryStatement",
    block: B.block(block),
    handler: {
      type: "CatchClause",
      param: e,
      body: B.block([
        B.stmt(B.assign("$e", cx.mod.rt("inlined", args))),
        B.stmt(B.assign("$p", B.num(cx.mod.spanNo(call)))),
        { type: "ThrowStatement", argument: e },
      ]),
    },
    finalizer: null,
  };
}

/**
 * The positions of a lambda's calls in tail position that may call a closure (the
 * interpreter's tail call of a native keeps the lambda's frame while the native runs):
 * decided for each lambda written in place while planning (plan.ts).
 */
export function inlinedTailCalls(l: Lambda, mod: ModuleCtx): Pos[] {
  const out: Pos[] = [];
  const visit = (e: Expr): void => {
    if (e.t === "call") {
      if (e.tail && !(e.fn.t === "global" && isNativeIn(e.fn.name, mod))) out.push(e.s);
    } else tailChildren(e).forEach(visit);
  };
  if (l.body.length > 0) visit(l.body[l.body.length - 1]!);
  return out;
}
