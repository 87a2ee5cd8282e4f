/**
 * Whether an IR node contains a call (which assigns `$p`, the running position) outside nested
 * lambdas: operands before such a node are saved in temporaries so `$p` is assigned in the
 * interpreter's order (operands.ts). Memoized per node in the module's plan (plan.ts).
 */
import type { Expr } from "../../runtime/ir/nodes.js";
import { someChild, type KindTable } from "../../runtime/ir/visit.js";

/** A kind that always calls (true), never does (false: a nested lambda is not run here), or does when a child does (null). */
const CALLS: KindTable<boolean | null> = {
  call: true,
  eval: true,
  macroexpand: true,
  lambda: false,
  delay: false,
  lit: false,
  local: false,
  global: false,
  dyn: false,
  emit: false,
  fail: false,
  require: false,
  set: null,
  defl: null,
  defg: null,
  defx: null,
  if: null,
  seq: null,
  and: null,
  or: null,
  not: null,
  let: null,
  try: null,
  qq: null,
};

export function hasCall(e: Expr, memo: WeakMap<Expr, boolean>): boolean {
  let r = memo.get(e);
  if (r === undefined) {
    r = CALLS[e.t] ?? someChild(e, (c) => hasCall(c, memo));
    memo.set(e, r);
  }
  return r;
}
