/** Comparison and equality natives (spec §2.2, §2.5, §4.2). */
import { typeErr } from "../../errors/lisp-error.js";
import { numChain, numEq, numGe, numGt, numLe, numLt } from "../../values/arith.js";
import { eq, equal } from "../../values/equality.js";
import { typeName } from "../../values/type-name.js";
import { Kw, LFloat, Sym, type Native, type Value } from "../../values/types.js";
import { ANY, native, predicate } from "./define.js";

/** Strings ordered by code point (Rust compares UTF-8 bytes, which is the same order). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Code units order like code points except that surrogates (U+10000 and up) must sort
      // after U+E000..U+FFFF; comparing whole code points at the first difference fixes that.
      const cx = a.codePointAt(i)!;
      const cy = b.codePointAt(i)!;
      return cx < cy ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);

/** A double comparison where NaN on either side counts as equal. */
const cmpF = (x: number, y: number): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * `(compare a b)`: -1 / 0 / 1 for two numbers (int/int exactly, otherwise as doubles, NaN ⇒ 0),
 * two strings, two symbols or two keywords; anything else is a type mismatch.
 */
export function compareValues(a: Value, b: Value): number {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) {
    return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  }
  if ((ta === "number" || ta === "bigint" || a instanceof LFloat) && (tb === "number" || tb === "bigint" || b instanceof LFloat)) {
    const x = a instanceof LFloat ? a.v : Number(a);
    const y = b instanceof LFloat ? b.v : Number(b);
    return cmpF(x, y);
  }
  if (ta === "string" && tb === "string") return sign(compareStrings(a as string, b as string));
  if (a instanceof Sym && b instanceof Sym) return sign(compareStrings(a.name, b.name));
  if (a instanceof Kw && b instanceof Kw) return sign(compareStrings(a.name, b.name));
  throw typeErr("comparable values of the same kind", `${typeName(a)} vs ${typeName(b)}`);
}

export const numEqual = /* @__PURE__ */ predicate("=", 2, ANY, (...args) => numChain(args, numEq));

export const lessThan = /* @__PURE__ */ predicate("<", 2, ANY, (...args) => numChain(args, numLt));

export const greaterThan = /* @__PURE__ */ predicate(">", 2, ANY, (...args) => numChain(args, numGt));

export const lessOrEqual = /* @__PURE__ */ predicate("<=", 2, ANY, (...args) => numChain(args, numLe));

export const greaterOrEqual = /* @__PURE__ */ predicate(">=", 2, ANY, (...args) => numChain(args, numGe));

export const isEq = /* @__PURE__ */ predicate("eq?", 2, 2, (a, b) => eq(a, b));

export const isEqual = /* @__PURE__ */ predicate("equal?", 2, 2, (a, b) => equal(a, b));

// Shadowed by the Lisp stdlib's `(not= a b)`, which means the same thing.
export const notEqual = /* @__PURE__ */ predicate("not=", 2, 2, (a, b) => !equal(a, b));

export const compare = /* @__PURE__ */ native("compare", 2, 2, (a, b) => compareValues(a, b));

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [numEqual, lessThan, greaterThan, lessOrEqual, greaterOrEqual, isEq, isEqual, notEqual, compare];
