/**
 * Closures made by compiled code, and the call paths compiled code uses. A compiled closure is
 * an ordinary Closure (so natives, the interpreter and the printer treat it like any other)
 * whose `direct` function takes its arguments positionally; compiled call sites use it to
 * skip the argument array. Results may be a TailCall (spec §3.4): `done` finishes one.
 */
import { appendTail } from "../stdlib/natives/lists.js";
import { callAt, callProc, resume } from "../values/call.js";
import { Closure, TailCall, type SpanLike, type Value } from "../values/types.js";

type Direct = (...args: any[]) => Value | TailCall;

/** The array-taking entry the rest of the runtime calls, adapted to the positional function. */
function adapter(f: Direct, nreq: number, rest: boolean): (args: Value[]) => Value | TailCall {
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
export function fn(f: Direct, params: readonly string[], rest: string | null, name: string | null): Closure {
  return new Closure(params, rest, adapter(f, params.length, rest !== null), name, f);
}

/** Finish a call whose result may be a pending tail call. */
export const done = (r: Value | TailCall): Value => (r instanceof TailCall ? resume(r) : r);

/** A return of a function looping on `(cons x (itself …))`: the heads it gathered, consed on. */
export const consOnto = (heads: Value[], r: Value | TailCall): Value | TailCall => (heads.length === 0 ? r : appendTail(heads, done(r)));

/** A call in tail position: closures are continued by the caller's trampoline. */
export const tail = (f: Value, args: Value[], span: SpanLike): Value | TailCall =>
  f instanceof Closure ? new TailCall(f, args, span) : callAt(f, args, span);

const fits = (f: Value, n: number): f is Closure & { direct: Direct } =>
  f instanceof Closure && f.direct !== undefined && f.nreq === n && f.rest === null;

// Calls with a few arguments skip the array when the callee is a compiled closure of that arity.
export const call0 = (f: Value): Value => (fits(f, 0) ? done(f.direct()) : callProc(f, []));
export const call1 = (f: Value, a: Value): Value => (fits(f, 1) ? done(f.direct(a)) : callProc(f, [a]));
export const call2 = (f: Value, a: Value, b: Value): Value => (fits(f, 2) ? done(f.direct(a, b)) : callProc(f, [a, b]));
export const call3 = (f: Value, a: Value, b: Value, c: Value): Value =>
  fits(f, 3) ? done(f.direct(a, b, c)) : callProc(f, [a, b, c]);
export const callv = (f: Value, args: Value[]): Value => callProc(f, args);
