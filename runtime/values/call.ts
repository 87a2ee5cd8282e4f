/**
 * The one calling protocol shared by natives, the interpreter and compiled code: check the
 * callee and its arity, call it, and run the trampoline for closures that end in a tail call.
 */
import { arityErr, asLispError, LispError } from "../errors/lisp-error.js";
import { stampFrame } from "../errors/frames.js";
import { consAll } from "./list-storage.js";
import { typeName } from "./type-name.js";
import { Closure, Native, TailCall, type DirectFn, type SpanLike, type Value } from "./types.js";

export function checkClosureArity(c: Closure, n: number): void {
  if (n < c.nreq || (c.rest === null && n > c.nreq)) {
    throw arityErr("<closure>", c.nreq, c.rest === null ? c.nreq : Infinity, n);
  }
}

export function checkNativeArity(f: Native, n: number): void {
  if (n < f.min || n > f.max) throw arityErr(f.name, f.min, f.max, n);
}

export const notCallable = (f: Value) => new LispError({ kind: "not-callable", type: typeName(f) });

/** Call a procedure to completion (never returns a TailCall). */
export function callProc(f: Value, args: Value[]): Value {
  return run(f, args, undefined);
}

/** Continue a tail call that a closure returned, to completion. */
export const resume = (tc: TailCall): Value => (tc.heads !== null ? consing(tc) : run(tc.fn, tc.args, tc.span));

/** Finish a call whose result may be a pending tail call. */
export const done = (r: Value | TailCall): Value => (r instanceof TailCall ? resume(r) : r);

/** A compiled closure of n positional parameters (its `direct` takes the arguments as they are). */
export const fits = (f: Value, n: number): f is Closure & { direct: DirectFn } =>
  f instanceof Closure && f.direct !== undefined && f.nreq === n && f.rest === null;

/** A native that takes n arguments (its errors carry no position, as from callProc without a span). */
export const takes = (f: Value, n: number): f is Native => f instanceof Native && n >= f.min && n <= f.max;

// callProc with a few arguments: no argument array when the callee is a compiled closure of
// that arity or a native that takes them (compiled call sites and the higher-order natives use
// these: `(foldl + 0 xs)`, `(sort-by compare xs)`, `(map string xs)`).
export const call0 = (f: Value): Value => (fits(f, 0) ? done(f.direct()) : takes(f, 0) ? f.fn() : callProc(f, []));
export const call1 = (f: Value, a: Value): Value => (fits(f, 1) ? done(f.direct(a)) : takes(f, 1) ? f.fn(a) : callProc(f, [a]));
export const call2 = (f: Value, a: Value, b: Value): Value => (fits(f, 2) ? done(f.direct(a, b)) : takes(f, 2) ? f.fn(a, b) : callProc(f, [a, b]));
export const call3 = (f: Value, a: Value, b: Value, c: Value): Value =>
  fits(f, 3) ? done(f.direct(a, b, c)) : takes(f, 3) ? f.fn(a, b, c) : callProc(f, [a, b, c]);
export const callv = (f: Value, args: Value[]): Value => callProc(f, args);

/** The trampoline; `span` is the position of the tail call being continued, if any. */
function run(f: Value, args: Value[], span: SpanLike | undefined): Value {
  const r = step(f, args, span);
  return r instanceof TailCall ? consing(r) : r;
}

/**
 * Run tail calls until a value, or a tail call made as `(cons x (g …))` (it has heads waiting
 * to be consed onto its value), which is returned for `consing`.
 */
function step(f: Value, args: Value[], span: SpanLike | undefined): Value | TailCall {
  for (;;) {
    if (f instanceof Closure) {
      if (args.length < f.nreq || (f.rest === null && args.length > f.nreq)) {
        throw stampOpt(arityErr("<closure>", f.nreq, f.rest === null ? f.nreq : Infinity, args.length), span);
      }
      const r = f.invoke(args);
      if (!(r instanceof TailCall)) return r;
      if (r.heads !== null) return r;
      f = r.fn;
      args = r.args;
      span = r.span;
      continue;
    }
    if (f instanceof Native) {
      if (span === undefined) {
        checkNativeArity(f, args.length);
        return f.fnv !== undefined ? f.fnv(args) : f.fn(...args);
      }
      try {
        checkNativeArity(f, args.length);
        return f.fnv !== undefined ? f.fnv(args) : f.fn(...args);
      } catch (e) {
        throw stamp(e, span);
      }
    }
    throw stampOpt(notCallable(f), span);
  }
}

/**
 * A tail call made as `(cons x (g …))`, to completion, then its heads consed on: an error out
 * of the calls from here came out of the argument call of a cons, which the interpreter made
 * at the call's position, a frame there (runtime/errors/frames.ts); when such calls chain, the
 * innermost is kept. The trampoline owns the heads arrays.
 */
function consing(tc: TailCall): Value {
  const heads = tc.heads!;
  let at = tc.span;
  try {
    for (let r: Value | TailCall = tc; ; ) {
      const v: Value | TailCall = step(r.fn, r.args, r.span);
      if (!(v instanceof TailCall)) return consAll(heads, v);
      gather(heads, v.heads!);
      at = v.span;
      r = v;
    }
  } catch (e) {
    throw stampFrame(e, at);
  }
}

/** Later heads after earlier ones (the trampoline owns both arrays). */
function gather(heads: Value[], more: Value[]): Value[] {
  for (let k = 0; k < more.length; k++) heads.push(more[k]!);
  return heads;
}

const stampOpt = (e: LispError, span: SpanLike | undefined): unknown => (span === undefined ? e : stamp(e, span));

/** A call made at `span` whose errors are the call's own or come out of it (a frame there). */
export function callFrame(f: Value, args: Value[], span: SpanLike): Value {
  try {
    return callProc(f, args);
  } catch (e) {
    throw stampFrame(e, span);
  }
}

/**
 * `(cons h1 (cons h2 … (g args…)))` in tail position, every cons the native, everything already
 * evaluated: a closure g is continued by the caller's trampoline, which conses the heads onto
 * its value (TailCall.heads), so such builders run in constant stack; anything else is called
 * here at `span` and the heads consed onto its value. Both engines finish such a chain with this.
 */
export const consOntoCall = (heads: Value[], g: Value, args: Value[], span: SpanLike): Value | TailCall =>
  g instanceof Closure ? new TailCall(g, args, span, heads) : consAll(heads, callFrame(g, args, span));

/**
 * Give an error that has no position yet the position of the call that raised it, and turn
 * JS stack exhaustion into a catchable, positioned Lisp error.
 */
export function stamp(e: unknown, span: SpanLike): unknown {
  const err = asLispError(e);
  if (err === undefined) return e;
  if (err.span === undefined) err.span = span;
  return err;
}
