/** List natives (spec §2.3, §4.4). Lists are immutable JS arrays; nil (null) is accepted as empty. */
import { nativeErr, typeErr } from "../../errors/lisp-error.js";
import { expectInt } from "../../values/arith.js";
import { typeName } from "../../values/type-name.js";
import type { Native, Value } from "../../values/types.js";
import { ANY, native, variadic } from "./define.js";

const EMPTY: readonly Value[] = [];

/** A list argument (nil counts as empty), or `type mismatch: expected list, got TYPE`. */
export function listView(v: Value): readonly Value[] {
  if (Array.isArray(v)) return v;
  if (v === null) return EMPTY;
  throw typeErr("list", typeName(v));
}

/**
 * What follows the heads of a cons: nil adds nothing, a list its items, anything else itself
 * (there are no improper lists). Appends to `heads` in place and returns it; compiled code
 * uses it to cons many heads on at once (runtime/compiled/closures.ts `consOnto`).
 */
export function appendTail(heads: Value[], tail: Value): Value[] {
  if (Array.isArray(tail)) for (let i = 0; i < tail.length; i++) heads.push(tail[i]);
  else if (tail !== null) heads.push(tail);
  return heads;
}

/** A count argument clamped to [0, len]. */
function clampCount(n: number | bigint, len: number): number {
  if (n <= 0) return 0;
  return n >= len ? len : Number(n);
}

// The rest array is fresh for each call, so it can be the list itself.
export const list = /* @__PURE__ */ native("list", 0, ANY, (...args) => args);

export const car = /* @__PURE__ */ native("car", 1, 1, (v) => {
  if (Array.isArray(v)) {
    if (v.length > 0) return v[0];
  } else if (v !== null) throw typeErr("pair", typeName(v));
  throw nativeErr("car", "car of empty list");
});

export const cdr = /* @__PURE__ */ native("cdr", 1, 1, (v) => {
  if (Array.isArray(v)) {
    if (v.length > 1) return v.slice(1);
    if (v.length === 1) return null; // the rest of a 1-element list is nil, not ()
  } else if (v !== null) throw typeErr("pair", typeName(v));
  throw nativeErr("cdr", "cdr of empty list");
});

export const cons = /* @__PURE__ */ native("cons", 2, 2, (x, tail) => appendTail([x], tail));

export const length = /* @__PURE__ */ native("length", 1, 1, (v) => listView(v).length);

export const reverse = /* @__PURE__ */ native("reverse", 1, 1, (v) => (v === null ? null : listView(v).slice().reverse()));

export const append = /* @__PURE__ */ variadic("append", 0, (args) => {
  const out: Value[] = [];
  for (const a of args) {
    const xs = listView(a);
    for (let i = 0; i < xs.length; i++) out.push(xs[i]);
  }
  return out.length === 0 ? null : out;
});

export const take = /* @__PURE__ */ native("take", 2, 2, (n, xs) => {
  const k = expectInt(n);
  const l = listView(xs);
  return l.slice(0, clampCount(k, l.length));
});

export const drop = /* @__PURE__ */ native("drop", 2, 2, (n, xs) => {
  const k = expectInt(n);
  const l = listView(xs);
  return l.slice(clampCount(k, l.length));
});

export const nth = /* @__PURE__ */ native("nth", 2, 2, (n, xs) => {
  const i = expectInt(n);
  const l = listView(xs);
  return i >= 0 && i < l.length ? l[Number(i)] : null;
});

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [list, car, cdr, cons, length, reverse, append, take, drop, nth];
