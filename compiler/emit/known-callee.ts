/**
 * What the emitter knows of a callee's arity, in one place for calls (emit-call.ts) and for
 * named functions handed to loops (eta-lambda.ts): a native's bounds, and the function a
 * variable always holds (a fixed binding) when it takes exactly the arguments given.
 */
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
import type { Facts } from "./facts.js";
import type { Key } from "./binding-key.js";

/** Whether a lambda takes exactly `argc` arguments (no rest parameter). */
export const takesExactly = (l: Lambda, argc: number): boolean => l.rest === null && l.params.length === argc;

/** Whether the native `name` accepts `argc` arguments. */
export function nativeTakes(name: string, argc: number): boolean {
  const n = BUILTINS.get(name)!;
  return argc >= n.min && argc <= n.max;
}

/** The lambda a variable always holds and its binding's key, when that lambda takes exactly `argc` arguments. */
export function fixedTaking(fn: Expr, argc: number, facts: Facts, creators: readonly object[]): { readonly lambda: Lambda; readonly key: Key } | null {
  if (fn.t !== "global" && fn.t !== "local") return null;
  const key = facts.refKey(fn, creators);
  const l = facts.fixed(key);
  return l !== undefined && key !== null && takesExactly(l, argc) ? { lambda: l, key } : null;
}
