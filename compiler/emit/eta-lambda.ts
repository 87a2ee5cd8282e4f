/**
 * A named function handed to `map`, `filter`, `foldl`… (`(map reconcile xs)`, `(foldl + 0 xs)`)
 * as the lambda that calls it, `(lambda (a…) (f a…))`, so that emit-hof-loop.ts writes the same
 * loop as for a lambda at the call site, with a direct call, an inline native or a positional
 * stdlib entry per element instead of the native's generic call.
 *
 * Only where nothing a user can see changes: `f` is read without effects and cannot be unbound
 * (a native, a stdlib function, or a fixed function already bound here), and it takes exactly
 * the arguments the native passes, so no arity error can move. The call carries the native
 * call's position, where the native reports what a native it calls raises; a Lisp function
 * reports its own positions either way.
 */
import type { Expr, Lambda, LocalRef } from "../../runtime/ir/nodes.js";
import { expr as validateExpr } from "../ir/validate.js";
import type { Key } from "./binding-key.js";
import type { ModuleCtx } from "./context.js";
import { globalBindingIn } from "./emit-globals.js";
import { fixedTaking, nativeTakes, takesExactly } from "./known-callee.js";
import { stdlibLambda } from "./stdlib-names.js";

type CallNode = Extract<Expr, { t: "call" }>;

/**
 * Whether `f` names a function that accepts `n` arguments and is certainly there: `true` (a
 * native or a stdlib function), the binding that must be bound at the call (a fixed function:
 * the plan knows where it is), or `false`.
 */
function callable(f: Expr, n: number, mod: ModuleCtx, creators: readonly object[]): boolean | Key {
  if (f.t === "global") {
    const b = globalBindingIn(f.name, mod);
    if (b.kind === "native") return nativeTakes(f.name, n);
    if (b.kind === "stdlib") {
      const l = stdlibLambda(f.name);
      return l !== undefined && takesExactly(l, n);
    }
    if (b.kind !== "local") return false;
  } else if (f.t !== "local" || f.fb !== undefined) return false;
  const fixed = fixedTaking(f, n, mod.facts, creators);
  return fixed === null ? false : fixed.key;
}

/** The size of the frame each creator (lambda, let, try) makes, innermost first (what the validator bounds slots by). */
const frameSizes = (creators: readonly object[]): number[] => creators.map((c) => (c as { scope: { names: readonly string[] } }).scope.names.length).reverse();

/**
 * The lambda calling `f` with `n` parameters, at the position of `call`, and the binding that
 * must be bound at the call for it to stand in for `f` (null: none); null when `f` does not
 * qualify. Made while planning (plan.ts), in the frames `creators`, and validated as the front
 * end's IR is.
 */
export function etaLambda(f: Expr, n: number, call: CallNode, mod: ModuleCtx, creators: readonly object[]): { readonly lambda: Lambda; readonly needsBound: Key | null } | null {
  const ok = callable(f, n, mod, creators);
  if (ok === false) return null;
  const names = Array.from({ length: n }, (_, i) => `arg${i}`);
  const s = call.s;
  // Inside the new frame a local callee is one frame further out.
  const fn: Expr = f.t === "local" ? { ...(f as LocalRef), up: f.up + 1 } : f;
  const args: Expr[] = names.map((name, slot) => ({ t: "local", up: 0, slot, name, s }));
  const lambda: Lambda = {
    t: "lambda",
    params: names,
    rest: null,
    paramSlots: names.map((_, i) => i),
    scope: { names, firstDefine: n, dyn: false },
    body: [{ t: "call", fn, args, tail: false, s }],
    name: null,
    s,
  };
  validateExpr(lambda, frameSizes(creators), "(a named function in a loop)");
  return { lambda, needsBound: ok === true ? null : ok };
}
