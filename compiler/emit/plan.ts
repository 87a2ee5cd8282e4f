/**
 * The plan: what the emitter decides about a module's IR before writing any of it, as data
 * keyed by IR node, read (never changed) while lowering. Made by `planModule` once the module's
 * globals are classified (emit-module.ts), since what a call does depends on what its callee is.
 *
 * Decided here so far: which calls contain calls (operands before them are saved: has-call.ts)
 * and which map updates in a fold written as a loop may change the accumulator in place
 * (plan-loops.ts). Other decisions are still made while lowering (see emit-call.ts).
 */
import type { Expr } from "../../runtime/ir/nodes.js";
import { forEachChild } from "../../runtime/ir/visit.js";
import { inlineHelper } from "./builtins.js";
import type { ModuleCtx } from "./context.js";
import { globalBindingIn } from "./emit-globals.js";
import { hasCall } from "./has-call.js";
import { nativeTakes } from "./known-callee.js";
import { accumulatorUpdate, fitsLoop, loopArity } from "./plan-loops.js";

type CallNode = Extract<Expr, { t: "call" }>;

export class Plan {
  private readonly calls = new WeakMap<Expr, boolean>();

  constructor(
    /** Each fold written as a loop whose accumulator update may be in place: the fold → the update. */
    private readonly owned: ReadonlyMap<CallNode, CallNode>,
  ) {}

  /** The update of the accumulator that fold `call` may make in place, if any. */
  ownedUpdate(call: CallNode): CallNode | undefined {
    return this.owned.get(call);
  }

  /** Whether `e` contains a call outside nested lambdas (memoized). */
  hasCall(e: Expr): boolean {
    return hasCall(e, this.calls);
  }
}

/** Whether a call's callee is a native the emitter calls as such (emit-call.ts callee "native"). */
function callsNative(e: CallNode, mod: ModuleCtx): string | null {
  if (e.fn.t !== "global" || globalBindingIn(e.fn.name, mod).kind !== "native") return null;
  const name = e.fn.name;
  return nativeTakes(name, e.args.length) && inlineHelper(name, e.args.length) === undefined ? name : null;
}

export function planModule(forms: readonly Expr[], mod: ModuleCtx): Plan {
  const owned = new Map<CallNode, CallNode>();
  const isNative = (name: string): boolean => globalBindingIn(name, mod).kind === "native";
  const visit = (e: Expr): void => {
    if (e.t === "call" && callsNative(e, mod) === "foldl") {
      const f = e.args[0]!;
      if (f.t === "lambda" && e.args.length === loopArity("foldl")! + 1 && fitsLoop(f, loopArity("foldl")!)) {
        const update = accumulatorUpdate(f, mod.facts, isNative);
        if (update !== null) owned.set(e, update);
      }
    }
    forEachChild(e, visit);
  };
  forms.forEach(visit);
  return new Plan(owned);
}
