/**
 * Closures made by compiled code, and the call paths compiled code uses. A compiled closure is
 * an ordinary Closure (so natives, the interpreter and the printer treat it like any other)
 * whose `direct` function takes its arguments positionally; compiled call sites use it to
 * skip the argument array (values/call.ts call0–call3). Results may be a TailCall (spec §3.4).
 */
import { cons as consNative } from "../stdlib/natives/lists.js";
import { consAll, listOf } from "../values/list-storage.js";
import { call0, call1, call2, call3, callFrame, consOntoCall, done, fits, takes } from "../values/call.js";
import { Closure, TailCall, type DirectFn, type SpanLike, type Value } from "../values/types.js";

/**
 * The array-taking entry of every compiled closure, shared (called as its method, so `this`
 * is the closure): the arity was checked by the caller, and the positional function does the
 * rest. One function for all closures, so making a closure allocates nothing else.
 */
function invokeDirect(this: Closure, args: Value[]): Value | TailCall {
  const f = this.direct!;
  if (this.rest !== null) return f(...args.slice(0, this.nreq), listOf(args.slice(this.nreq)));
  switch (args.length) {
    case 0:
      return f();
    case 1:
      return f(args[0]!);
    case 2:
      return f(args[0]!, args[1]!);
    case 3:
      return f(args[0]!, args[1]!, args[2]!);
    default:
      return f(...args);
  }
}

/** A Lisp closure around a compiled function (params are names, for introspection). */
export function fn(f: DirectFn, params: readonly string[], rest: string | null, name: string | null, leaf = false): Closure {
  return new Closure(params, rest, invokeDirect, name, f, leaf);
}

/** A return of a function looping on `(cons x (itself …))`: the heads it gathered, consed on. */
export const consOnto = (heads: Value[], r: Value | TailCall): Value | TailCall => (heads.length === 0 ? r : consAll(heads, done(r)));

/**
 * `(cons h1 (cons h2 … (g args…)))` in tail position, not the function's own loop (emit-trmc.ts),
 * everything already evaluated in order. `cs` are the values the `cons` names held, outermost
 * first, or null when cons is known to be the native. When every one is the native and g is a
 * closure, the result is a tail call of g whose trampoline conses the heads onto its value
 * (TailCall.heads), so builders recursing through other functions, or through the late-bound
 * stdlib's globals, run in constant stack. Otherwise the calls are made as written: g at
 * `span`, then each cons from the innermost at its own position, the outermost in tail position.
 */
export function consTail(heads: Value[], g: Value, args: Value[], span: SpanLike, cs: Value[] | null = null, consSpans: SpanLike[] = []): Value | TailCall {
  if (cs === null || cs.every((c) => c === consNative)) return consOntoCall(heads, g, args, span);
  // Calls the interpreter makes as arguments of each cons: an error out of one is a frame there.
  let v = callFrame(g, args, span);
  for (let k = heads.length - 1; k > 0; k--) v = callFrame(cs[k]!, [heads[k]!, v], consSpans[k]!);
  return tail(cs[0]!, [heads[0]!, v], consSpans[0]!);
}

/**
 * A call in tail position: closures are continued by the caller's trampoline. Anything else (a
 * native) is called here, with the calling function still running, so an error coming out of
 * it (a lambda `map` called) records this call as a frame, as the interpreter's call does.
 */
export const tail = (f: Value, args: Value[], span: SpanLike): Value | TailCall =>
  f instanceof Closure ? new TailCall(f, args, span) : callFrame(f, args, span);

/** A compiled closure of n positional parameters that never returns a pending tail call. */
const leafOf = (f: Value, n: number): f is Closure & { direct: DirectFn } => fits(f, n) && f.leaf;

// `tail` with a few arguments: a leaf closure is called on the spot (no TailCall, no array).
export const tail0 = (f: Value, span: SpanLike): Value | TailCall => (leafOf(f, 0) ? f.direct() : tail(f, [], span));
export const tail1 = (f: Value, a: Value, span: SpanLike): Value | TailCall => (leafOf(f, 1) ? f.direct(a) : tail(f, [a], span));
export const tail2 = (f: Value, a: Value, b: Value, span: SpanLike): Value | TailCall =>
  leafOf(f, 2) ? f.direct(a, b) : tail(f, [a, b], span);
export const tail3 = (f: Value, a: Value, b: Value, c: Value, span: SpanLike): Value | TailCall =>
  leafOf(f, 3) ? f.direct(a, b, c) : tail(f, [a, b, c], span);

const generic: readonly ((f: Value) => DirectFn)[] = [
  (f) => () => call0(f),
  (f) => (a) => call1(f, a),
  (f) => (a, b) => call2(f, a, b),
  (f) => (a, b, c) => call3(f, a, b, c),
];
const adapters = new WeakMap<object, DirectFn[]>();

/**
 * For a global the program only reads (a stdlib function, an intrinsic), resolved once per
 * tick: a function of n positional arguments that calls `f` as `call<n>` would. For a leaf
 * compiled closure or a native that takes n arguments it is their own JS function, so the call
 * site calls one known function that V8 can inline; anything else gets an adapter around the
 * generic call (kept per value, so it is the same function every tick). Undefined stays
 * undefined (the call site raises unbound).
 */
export function positional(f: Value | undefined, n: number): DirectFn | undefined {
  if (f === undefined) return undefined;
  if (leafOf(f, n)) return f.direct;
  if (takes(f, n)) return f.fn;
  if (typeof f !== "object" || f === null) return generic[n]!(f);
  let a = adapters.get(f);
  if (a === undefined) adapters.set(f, (a = []));
  return (a[n] ??= generic[n]!(f));
}
