/**
 * Generic numeric operations (spec §2.2, §4.1, §4.2), shared by the arithmetic natives and by
 * compiled code, which calls the binary forms directly. Every function checks the common case
 * (two safe-integer JS numbers) first and leaves everything else to a slower path.
 *
 * Rules, as in the reference:
 *   - int op int stays int, wrapping two's complement (int64.ts);
 *   - as soon as a float is involved the operation is done in doubles and the result is a new
 *     LFloat; an int operand converts with `as f64` (round to nearest), i.e. Number(bigint);
 *   - a non-number operand is `type mismatch: expected number, got TYPE`, the left one first.
 *
 * The binary helpers are exactly the reference's left folds restricted to two arguments, and a
 * fold of them equals the variadic native: `(+ a b c)` ≡ add2(add2(a, b), c), and so on.
 */
import { divZero, typeErr } from "../errors/lisp-error.js";
import * as I from "./int64.js";
import type { Int } from "./int64.js";
import { typeName } from "./type-name.js";
import { LFloat, type Value } from "./types.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export const notNumber = (v: Value) => typeErr("number", typeName(v));
export const notInteger = (v: Value) => typeErr("integer", typeName(v));

export const isNumber = (v: Value): boolean => typeof v === "number" || typeof v === "bigint" || v instanceof LFloat;

/** An int argument, or `type mismatch: expected integer, got TYPE`. */
export function expectInt(v: Value): Int {
  if (typeof v === "number" || typeof v === "bigint") return v;
  throw notInteger(v);
}

/** A number argument as a double (the reference's `to_float`), or a type mismatch "number". */
export function toF(v: Value): number {
  if (typeof v === "number") return v;
  if (v instanceof LFloat) return v.v;
  if (typeof v === "bigint") return Number(v);
  throw notNumber(v);
}

/** Throw unless v is a number (int or float). */
export function checkNumber(v: Value): void {
  if (typeof v !== "number" && typeof v !== "bigint" && !(v instanceof LFloat)) throw notNumber(v);
}

const isIntV = (v: Value): v is Int => typeof v === "number" || typeof v === "bigint";

// ── + - * / ─────────────────────────────────────────────────────────────────────────────────

// Each binary helper is a tiny fast path that V8 inlines into compiled code, and a separate slow
// path for bigints, floats and type errors. The + and - fast paths test for an int32 result
// (ints are never -0 there): V8 then keeps the arithmetic in integer registers, which a
// safe-integer range test prevents (about 17% on recursive fib). Safe integers beyond int32,
// such as epoch milliseconds, take the first check of the slow path.

/** `(+ a b)`. */
export function add2(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if ((r | 0) === r) return r;
  }
  return add2Slow(a, b);
}

function add2Slow(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  if (isIntV(a) && isIntV(b)) return I.add(a, b);
  // The reference starts the fold at int 0, so a leading -0.0 becomes 0.0; `+ 0` does the same
  // to the sum (a sum is -0 only when both operands are).
  return new LFloat(toF(a) + toF(b) + 0);
}

/** `(- a b)`. Ints are never -0, so a difference of two ints is not -0 either. */
export function sub2(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if ((r | 0) === r) return r;
  }
  return sub2Slow(a, b);
}

function sub2Slow(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  if (isIntV(a) && isIntV(b)) return I.sub(a, b);
  return new LFloat(toF(a) - toF(b));
}

/** `(* a b)`. */
export function mul2(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // 0 * -5 is -0 in doubles
  }
  return mul2Slow(a, b);
}

function mul2Slow(a: Value, b: Value): Value {
  if (isIntV(a) && isIntV(b)) return I.mul(a, b);
  return new LFloat(toF(a) * toF(b));
}

/**
 * `(/ a b)`: int/int stays int when the division is exact, otherwise float. A zero divisor,
 * int 0 or float ±0.0, is a division-by-zero error (after both operands are type-checked).
 */
export function div2(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw divZero();
    const r = a % b;
    // An exact quotient of safe integers is itself exact in doubles; `+ 0` drops -0.
    return r === 0 ? a / b + 0 : new LFloat(a / b);
  }
  return divSlow(a, b);
}

function divSlow(a: Value, b: Value): Value {
  checkNumber(a);
  checkNumber(b);
  if (b === 0 || (b instanceof LFloat && b.v === 0)) throw divZero();
  if (isIntV(a) && isIntV(b)) {
    const x = I.toBig(a);
    const y = I.toBig(b);
    return x % y === 0n ? I.fromBig(x / y) : new LFloat(Number(x) / Number(y));
  }
  return new LFloat(toF(a) / toF(b));
}

/** `(- a)`: negation (int wraps, so -i64::MIN is i64::MIN). */
export function neg(a: Value): Value {
  if (typeof a === "number") return 0 - a;
  if (typeof a === "bigint") return I.neg(a);
  if (a instanceof LFloat) return new LFloat(-a.v);
  throw notNumber(a);
}

/** `(/ a)`: the reciprocal, always a float; zero is a division-by-zero error. */
export function recip(a: Value): Value {
  const f = toF(a);
  if (f === 0) throw divZero(); // int 0 or float ±0.0 (a bigint is never 0)
  return new LFloat(1 / f);
}

// ── min / max ───────────────────────────────────────────────────────────────────────────────

/** Rust `f64::min` / `f64::max`: a NaN operand is ignored in favour of the other one. */
const fmin = (x: number, y: number): number => (x !== x ? y : y !== y ? x : Math.min(x, y));
const fmax = (x: number, y: number): number => (x !== x ? y : y !== y ? x : Math.max(x, y));

/**
 * One step of the reference's `min` fold. The fold starts from int i64::MAX, so a float that
 * comes first is min'ed with 2^63 (NaN or anything above 2^63 gives 9223372036854775808.0).
 */
export function minStep(acc: Value, x: Value): Value {
  if (typeof acc === "number" && typeof x === "number") return acc <= x ? acc : x;
  if (isIntV(acc) && isIntV(x)) return acc <= x ? acc : x;
  return new LFloat(fmin(toF(acc), toF(x)));
}

export function maxStep(acc: Value, x: Value): Value {
  if (typeof acc === "number" && typeof x === "number") return acc >= x ? acc : x;
  if (isIntV(acc) && isIntV(x)) return acc >= x ? acc : x;
  return new LFloat(fmax(toF(acc), toF(x)));
}

/** `(min a b)`: float if either is a float. */
export function min2(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return a <= b ? a : b;
  return minStep(minStep(I.I64_MAX, a), b);
}

/** `(max a b)`: float if either is a float. */
export function max2(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return a >= b ? a : b;
  return maxStep(maxStep(I.I64_MIN, a), b);
}

// ── variadic forms (the natives) ─────────────────────────────────────────────────────────────

export function addN(args: readonly Value[]): Value {
  let acc: Value = 0;
  for (let i = 0; i < args.length; i++) acc = add2(acc, args[i]);
  return acc;
}

export function mulN(args: readonly Value[]): Value {
  let acc: Value = 1;
  for (let i = 0; i < args.length; i++) acc = mul2(acc, args[i]);
  return acc;
}

/** `(- x)` negates; otherwise a left fold (at least one argument, arity checked by the caller). */
export function subN(args: readonly Value[]): Value {
  if (args.length === 1) return neg(args[0]);
  let acc = args[0];
  for (let i = 1; i < args.length; i++) acc = sub2(acc, args[i]);
  return acc;
}

/** `(/ x)` is the float reciprocal; otherwise a left fold of div2. */
export function divN(args: readonly Value[]): Value {
  if (args.length === 1) return recip(args[0]);
  let acc = args[0];
  for (let i = 1; i < args.length; i++) acc = div2(acc, args[i]);
  return acc;
}

export function minN(args: readonly Value[]): Value {
  let acc: Value = I.I64_MAX;
  for (let i = 0; i < args.length; i++) acc = minStep(acc, args[i]);
  return acc;
}

export function maxN(args: readonly Value[]): Value {
  let acc: Value = I.I64_MIN;
  for (let i = 0; i < args.length; i++) acc = maxStep(acc, args[i]);
  return acc;
}

// ── numeric comparison ──────────────────────────────────────────────────────────────────────
// int/int compares exactly (JS relational operators are exact between number and bigint, and
// ints are canonical so `===` is int equality); any float involvement compares as doubles, so
// NaN compares false.

export function numEq(a: Value, b: Value): boolean {
  return typeof a === "number" && typeof b === "number" ? a === b : isIntV(a) && isIntV(b) ? a === b : toF(a) === toF(b);
}

export function numLt(a: Value, b: Value): boolean {
  return typeof a === "number" && typeof b === "number" ? a < b : isIntV(a) && isIntV(b) ? a < b : toF(a) < toF(b);
}

export function numLe(a: Value, b: Value): boolean {
  return typeof a === "number" && typeof b === "number" ? a <= b : isIntV(a) && isIntV(b) ? a <= b : toF(a) <= toF(b);
}

export function numGt(a: Value, b: Value): boolean {
  return typeof a === "number" && typeof b === "number" ? a > b : isIntV(a) && isIntV(b) ? a > b : toF(a) > toF(b);
}

export function numGe(a: Value, b: Value): boolean {
  return typeof a === "number" && typeof b === "number" ? a >= b : isIntV(a) && isIntV(b) ? a >= b : toF(a) >= toF(b);
}

/**
 * A comparison chain `(op a b c …)`: pairs are checked left to right and the first false pair
 * stops it, so a non-number after that point is never looked at (as in the reference).
 */
export function numChain(args: readonly Value[], op: (a: Value, b: Value) => boolean): boolean {
  for (let i = 0; i + 1 < args.length; i++) if (!op(args[i], args[i + 1])) return false;
  return true;
}

// ── integer helpers ─────────────────────────────────────────────────────────────────────────

/** Rust `f64::powf` (C `pow`): unlike Math.pow, pow(1, y) = 1 and pow(-1, ±inf) = 1. */
export function powf(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return Math.pow(x, y);
}

/** int^e for 0 ≤ e < 64 with wrapping multiplication. */
export function ipow(base: Int, e: number): Int {
  let acc: Int = 1;
  let b = base;
  let n = e;
  while (n > 0) {
    if (n & 1) acc = I.mul(acc, b);
    n >>>= 1;
    if (n > 0) b = I.mul(b, b);
  }
  return acc;
}

/** Rust `f as i64` of a double: truncation toward zero, NaN → 0, saturating at the bounds. */
export const floatToInt = (f: number): Int => I.fromFloatSaturating(f);

/** `f64::round`: half away from zero. */
export const roundHalfAway = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x));
