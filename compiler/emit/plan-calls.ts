/**
 * How each call is written, decided from what its callee is (emit-call.ts writes it):
 *   a native the program never redefines → its runtime helper (`$r.add2`, int fast path in
 *     front: inline-arith.ts), or the native itself: a loop with a lambda's body inside for
 *     `map`, `filter`… (emit-hof-loop.ts), `hash-map-update` with the lambda's body in place
 *     (emit-map-update.ts), a fold's accumulator updated in place, a fast path in front for
 *     `string-append`, `string`, `nth`, `car` (inline-natives.ts), or a plain call;
 *   the function's own binding in tail position, when it is a loop → the next iteration;
 *   a fixed function taking exactly these arguments, certainly bound at the call → a direct call;
 *   anything else → a generic call.
 */
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
import type { Key } from "./binding-key.js";
import { inlineHelper } from "./builtins.js";
import type { ModuleCtx } from "./context.js";
import { globalBindingIn, isNativeIn } from "./emit-globals.js";
import { hasNativeFastPath } from "./inline-natives.js";
import { fixedTaking, nativeTakes } from "./known-callee.js";
import { fitsLoop, loopArity } from "./plan-loops.js";
import { etaLambda } from "./eta-lambda.js";

type CallNode = Extract<Expr, { t: "call" }>;

/** How a native is called, when no runtime helper stands for it. */
export type NativeCall =
  /** A loop with the lambda's body inside (emit-hof-loop.ts). */
  | { readonly via: "loop"; readonly lambda: Lambda }
  /** The same for a named function certainly there at the call, with `lambda` calling it standing for the lambda (eta-lambda.ts). */
  | { readonly via: "named-loop"; readonly lambda: Lambda }
  /** `hash-map-update` with the lambda's body in place (emit-map-update.ts). */
  | { readonly via: "update"; readonly lambda: Lambda }
  /** `hash-map-set` of a fold's accumulator, in place from the fold's second step (plan-loops.ts). */
  | { readonly via: "owned-set" }
  /** A fast path written in front of the call (inline-natives.ts). */
  | { readonly via: "fast-path" }
  | { readonly via: "plain" };

export type CallPlan =
  | { readonly kind: "helper"; readonly helper: string; readonly bool: boolean }
  | { readonly kind: "native"; readonly name: string; readonly bool: boolean; readonly call: NativeCall }
  /** The next iteration of the function's loop in tail position; a direct call of it elsewhere. */
  | { readonly kind: "self" }
  /** A direct call of a fixed function certainly bound at the call (its declaration was written before). */
  | { readonly kind: "direct"; readonly lambda: Lambda }
  /**
   * `$r.call1(f, a)`…; with `positional`, a stdlib function or an intrinsic the program never
   * writes, with up to three arguments, called through its per-tick positional entry.
   */
  | { readonly kind: "generic"; readonly positional: boolean };

/** Where a call is: the IR nodes creating the frames in scope, and the binding of the function's own loop. */
export interface CallSite {
  readonly creators: readonly object[];
  readonly selfKey: Key | null;
  /** Whether the call is a fold's accumulator update the plan lets happen in place. */
  readonly owned: boolean;
  /** Whether a binding is certainly bound at the call. */
  readonly isBound: (key: Key) => boolean;
}

function nativeCall(name: string, e: CallNode, site: CallSite, mod: ModuleCtx): NativeCall {
  const arity = loopArity(name);
  const f = e.args[0];
  if (arity !== undefined && e.args.length === arity + 1 && f !== undefined) {
    if (f.t !== "lambda") {
      const eta = etaLambda(f, arity, e, mod, site.creators);
      // A fixed function stands in only where it is certainly bound.
      if (eta === null || (eta.needsBound !== null && !site.isBound(eta.needsBound))) return { via: "plain" };
      return { via: "named-loop", lambda: eta.lambda };
    }
    return fitsLoop(f, arity) ? { via: "loop", lambda: f } : { via: "plain" };
  }
  const g = e.args[2];
  if (name === "hash-map-update" && e.args.length === 3 && g !== undefined && g.t === "lambda" && g.rest === null && g.params.length === 1) return { via: "update", lambda: g };
  if (name === "hash-map-set" && site.owned) return { via: "owned-set" };
  if (hasNativeFastPath(name, e.args.length)) return { via: "fast-path" };
  return { via: "plain" };
}

/** Most arguments a generic call passes without an array (`$r.call0`…`$r.call3`, and positional entries). */
export const MAX_FIXED_ARGS = 3;

function generic(e: CallNode, mod: ModuleCtx): CallPlan {
  if (e.fn.t !== "global" || e.args.length > MAX_FIXED_ARGS || mod.mode !== "program") return { kind: "generic", positional: false };
  const kind = globalBindingIn(e.fn.name, mod).kind;
  return { kind: "generic", positional: kind === "stdlib" || kind === "dynamic" };
}

export function planCall(e: CallNode, site: CallSite, mod: ModuleCtx): CallPlan {
  const fn = e.fn;
  const argc = e.args.length;
  if (fn.t === "global" && isNativeIn(fn.name, mod)) {
    if (!nativeTakes(fn.name, argc)) return generic(e, mod);
    const bool = BUILTINS.get(fn.name)!.returnsBool;
    const helper = inlineHelper(fn.name, argc);
    if (helper !== undefined) return { kind: "helper", helper, bool };
    return { kind: "native", name: fn.name, bool, call: nativeCall(fn.name, e, site, mod) };
  }
  const fixed = fixedTaking(fn, argc, mod.facts, site.creators);
  if (fixed === null) return generic(e, mod);
  if (e.tail && site.selfKey === fixed.key) return { kind: "self" };
  return site.isBound(fixed.key) ? { kind: "direct", lambda: fixed.lambda } : generic(e, mod);
}
