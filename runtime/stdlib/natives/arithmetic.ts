/** Arithmetic natives (spec §2.2, §4.1). */
import { divZero } from "../../errors/lisp-error.js";
import {
  addN,
  divN,
  expectInt,
  floatToInt,
  ipow,
  maxN,
  minN,
  mulN,
  notNumber,
  powf,
  roundHalfAway,
  subN,
  toF,
} from "../../values/arith.js";
import * as I from "../../values/int64.js";
import type { Int } from "../../values/int64.js";
import { LFloat, type Native, type Value } from "../../values/types.js";
import { ANY, native, variadic } from "./define.js";

/** A unary float function: any number in, always a float out. */
const floatFn = (name: string, f: (x: number) => number): Native =>
  native(name, 1, 1, (x) => new LFloat(f(toF(x))));

/** floor/ceiling/truncate/round: the argument goes through a double, the result is an int. */
const toIntFn = (name: string, f: (x: number) => number): Native =>
  native(name, 1, 1, (x) => floatToInt(f(toF(x))));

/** Rust `i64::unsigned_abs() as i64`: |n|, except i64::MIN stays i64::MIN. */
const wrappingAbs = (n: Int): Int => (typeof n === "number" ? Math.abs(n) : I.fromBig(n < 0n ? -n : n));

function gcd(a: Int, b: Int): Int {
  while (b !== 0) {
    const r = I.rem(a, b);
    a = b;
    b = r;
  }
  return a;
}

/** Two ints combined bitwise, through 32-bit JS operators when both fit. */
function bitwise(
  name: string,
  identity: Int,
  op32: (a: number, b: number) => number,
  op64: (a: bigint, b: bigint) => bigint,
): Native {
  return native(name, 0, ANY, (...args) => {
    let acc: Int = identity;
    for (const v of args) {
      const x = expectInt(v);
      if (typeof acc === "number" && typeof x === "number" && (acc | 0) === acc && (x | 0) === x) acc = op32(acc, x);
      else acc = I.fromBig(op64(I.toBig(acc), I.toBig(x)));
    }
    return acc;
  });
}

/** Rust `(n as u32)` then `wrapping_sh[lr]`: the count is taken modulo 64. */
function shiftCount(v: Value): number {
  const s = expectInt(v);
  return typeof s === "number" ? ((s % 64) + 64) % 64 : Number(BigInt.asUintN(6, s));
}

export const add = /* @__PURE__ */ variadic("+", 0, addN);

export const sub = /* @__PURE__ */ variadic("-", 1, subN);

export const mul = /* @__PURE__ */ variadic("*", 0, mulN);

export const div = /* @__PURE__ */ variadic("/", 1, divN);

export const modulo = /* @__PURE__ */ native("modulo", 2, 2, (a, b) => {
  const x = expectInt(a);
  const y = expectInt(b);
  if (y === 0) throw divZero();
  // Euclidean remainder: always ≥ 0.
  if (typeof x === "number" && typeof y === "number") {
    const r = (x % y) + 0;
    return r < 0 ? r + Math.abs(y) : r;
  }
  const bx = I.toBig(x);
  const by = I.toBig(y);
  const r = bx % by;
  return I.fromBig(r < 0n ? r + (by < 0n ? -by : by) : r);
});

export const abs = /* @__PURE__ */ native("abs", 1, 1, (x) => {
  if (typeof x === "number" || typeof x === "bigint") return wrappingAbs(x);
  if (x instanceof LFloat) return new LFloat(Math.abs(x.v));
  throw notNumber(x);
});

export const min = /* @__PURE__ */ variadic("min", 1, minN);

export const max = /* @__PURE__ */ variadic("max", 1, maxN);

export const expt = /* @__PURE__ */ native("expt", 2, 2, (b, e) => {
  if ((typeof b === "number" || typeof b === "bigint") && (typeof e === "number" || typeof e === "bigint")) {
    if (e >= 0 && e < 64) return ipow(b, Number(e));
  }
  const bf = toF(b);
  const ef = toF(e);
  return new LFloat(powf(bf, ef));
});

export const sqrt = /* @__PURE__ */ floatFn("sqrt", Math.sqrt);

export const exp = /* @__PURE__ */ floatFn("exp", Math.exp);

export const sin = /* @__PURE__ */ floatFn("sin", Math.sin);

export const cos = /* @__PURE__ */ floatFn("cos", Math.cos);

export const tan = /* @__PURE__ */ floatFn("tan", Math.tan);

export const log = /* @__PURE__ */ native("log", 1, 2, (...args) => {
  const n = toF(args[0]);
  if (args.length === 1) return new LFloat(Math.log(n));
  const base = toF(args[1]);
  // Rust `f64::log(self, base)` is `self.ln() / base.ln()`.
  return new LFloat(Math.log(n) / Math.log(base));
});

export const floor = /* @__PURE__ */ toIntFn("floor", Math.floor);

export const ceiling = /* @__PURE__ */ toIntFn("ceiling", Math.ceil);

export const truncate = /* @__PURE__ */ toIntFn("truncate", Math.trunc);

export const round = /* @__PURE__ */ toIntFn("round", roundHalfAway);

export const gcdNative = /* @__PURE__ */ native("gcd", 0, ANY, (...args) => {
  if (args.length === 0) return 0;
  let g = wrappingAbs(expectInt(args[0]));
  for (let i = 1; i < args.length; i++) g = gcd(g, wrappingAbs(expectInt(args[i])));
  return g;
});

export const lcm = /* @__PURE__ */ native("lcm", 0, ANY, (...args) => {
  if (args.length === 0) return 1;
  let l = wrappingAbs(expectInt(args[0]));
  for (let i = 1; i < args.length; i++) {
    const b = wrappingAbs(expectInt(args[i]));
    l = l === 0 || b === 0 ? 0 : I.mul(I.quot(l, gcd(l, b)), b);
  }
  return l;
});

export const bitAnd = /* @__PURE__ */ bitwise("bit-and", -1, (a, b) => a & b, (a, b) => a & b);

export const bitOr = /* @__PURE__ */ bitwise("bit-or", 0, (a, b) => a | b, (a, b) => a | b);

export const bitXor = /* @__PURE__ */ bitwise("bit-xor", 0, (a, b) => a ^ b, (a, b) => a ^ b);

export const bitNot = /* @__PURE__ */ native("bit-not", 1, 1, (x) => {
  const n = expectInt(x);
  return typeof n === "number" && (n | 0) === n ? ~n : I.fromBig(~I.toBig(n));
});

export const bitShiftLeft = /* @__PURE__ */ native("bit-shift-left", 2, 2, (x, s) => {
  const n = expectInt(x);
  const c = shiftCount(s);
  if (typeof n === "number") {
    const r = n * 2 ** c; // exact while it stays a safe integer
    if (Number.isSafeInteger(r)) return r + 0;
  }
  return I.fromBig(I.toBig(n) << BigInt(c));
});

export const bitShiftRight = /* @__PURE__ */ native("bit-shift-right", 2, 2, (x, s) => {
  const n = expectInt(x);
  const c = shiftCount(s);
  // Arithmetic shift: floor division by 2^c (exact for doubles).
  if (typeof n === "number") return Math.floor(n / 2 ** c) + 0;
  return I.fromBig(n >> BigInt(c));
});

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [add, sub, mul, div, modulo, abs, min, max, expt, sqrt, exp, sin, cos, tan, log, floor, ceiling, truncate, round, gcdNative, lcm, bitAnd, bitOr, bitXor, bitNot, bitShiftLeft, bitShiftRight];
