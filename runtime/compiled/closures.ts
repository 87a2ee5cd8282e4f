/**
 * Closures made by compiled code, and the call paths compiled code uses. A compiled closure is
 * an ordinary Closure (so natives, the interpreter and the printer treat it like any other)
 * whose `direct` function takes its arguments positionally; compiled call sites use it to
 * skip the argument array (values/call.ts call0–call3). Results may be a TailCall (spec §3.4).
 */
import { appendTail } from "../stdlib/natives/lists.js";
import { callAt, done } from "../values/call.js";
import { Closure, TailCall, type DirectFn, type SpanLike, type Value } from "../values/types.js";


/** The array-taking entry the rest of the runtime calls, adapted to the positional function. */
function adapter(f: DirectFn, nreq: number, rest: boolean): (args: Value[]) => Value | TailCall {
  if (rest) return (args) => f(...args.slice(0, nreq), args.slice(nreq));
  switch (nreq) {
    case 0:
      return () => f();
    case 1:
      return (a) => f(a[0]);
    case 2:
      return (a) => f(a[0], a[1]);
    case 3:
      return (a) => f(a[0], a[1], a[2]);
    default:
      return (a) => f(...a);
  }
}

/** A Lisp closure around a compiled function (params are names, for introspection). */
export function fn(f: DirectFn, params: readonly string[], rest: string | null, name: string | null): Closure {
  return new Closure(params, rest, adapter(f, params.length, rest !== null), name, f);
}

/** Finish a call whose result may be a pending tail call. */

/** A return of a function looping on `(cons x (itself …))`: the heads it gathered, consed on. */
export const consOnto = (heads: Value[], r: Value | TailCall): Value | TailCall => (heads.length === 0 ? r : appendTail(heads, done(r)));

/** A call in tail position: closures are continued by the caller's trampoline. */
export const tail = (f: Value, args: Value[], span: SpanLike): Value | TailCall =>
  f instanceof Closure ? new TailCall(f, args, span) : callAt(f, args, span);
