/**
 * List natives (spec §2.3, §4.4). Lists are LLists sharing storage (runtime/values/list-storage.ts);
 * nil (null) is accepted as empty.
 */
import { nativeErr, typeErr } from "../../errors/lisp-error.js";
import { expectInt } from "../../values/arith.js";
import { cons as consValue, listOf, NO_ELEMENTS, prependLists, rest } from "../../values/list-storage.js";
import { typeName } from "../../values/type-name.js";
import { LList, type Native, type Value } from "../../values/types.js";
import { ANY, native, variadic } from "./define.js";

/** A list argument (nil counts as empty), or `type mismatch: expected list, got TYPE`. */
export function listView(v: Value): LList {
  if (v instanceof LList) return v;
  return v === null ? NO_ELEMENTS : notList(v);
}

/** Out of line, so that listView stays small enough to inline everywhere. */
function notList(v: Value): never {
  throw typeErr("list", typeName(v));
}

/** A count argument clamped to [0, len]. */
function clampCount(n: number | bigint, len: number): number {
  if (n <= 0) return 0;
  return n >= len ? len : Number(n);
}

// The rest array is fresh for each call, so it can be the list's storage (listOf without the extra call).
export const list = /* @__PURE__ */ native("list", 0, ANY, (...args) => new LList(args, 0));

export const car = /* @__PURE__ */ native("car", 1, 1, (v) => {
  if (v instanceof LList) {
    if (v.i < v.a.length) return v.a[v.i]!;
  } else if (v !== null) throw typeErr("pair", typeName(v));
  throw nativeErr("car", "car of empty list");
});

export const cdr = /* @__PURE__ */ native("cdr", 1, 1, (v) => {
  if (v instanceof LList) {
    // The rest of a 1-element list is nil, not ().
    if (v.i < v.a.length) return rest(v);
  } else if (v !== null) throw typeErr("pair", typeName(v));
  throw nativeErr("cdr", "cdr of empty list");
});

export const cons = /* @__PURE__ */ native("cons", 2, 2, consValue);

export const length = /* @__PURE__ */ native("length", 1, 1, (v) => listView(v).length);

export const reverse = /* @__PURE__ */ native("reverse", 1, 1, (v) => {
  if (v === null) return null;
  const l = listView(v);
  const a = l.a;
  const out: Value[] = new Array(a.length - l.i);
  for (let k = a.length - 1, j = 0; k >= l.i; k--, j++) out[j] = a[k]!;
  return listOf(out);
});

/**
 * Every list's elements in order; nil when there are none. The last non-empty list is not
 * copied when it has room in front for the others (a list being built onto, as `flatten`'s
 * `(append (flatten head) tail)` does).
 */
export const append = /* @__PURE__ */ variadic("append", 0, (args) => {
  const views = args.map(listView); // every operand is checked before anything is built
  let last = views.length - 1;
  while (last >= 0 && views[last]!.length === 0) last--;
  if (last < 0) return null;
  let n = 0;
  for (let j = 0; j < last; j++) n += views[j]!.length;
  if (n === 0) return new LList(views[last]!.a, views[last]!.i);
  return prependLists(views, last, n);
});

export const take = /* @__PURE__ */ native("take", 2, 2, (n, xs) => {
  const k = expectInt(n);
  const l = listView(xs);
  return listOf(l.a.slice(l.i, l.i + clampCount(k, l.length)));
});

// A new view of the same storage: a fresh list, nothing copied.
export const drop = /* @__PURE__ */ native("drop", 2, 2, (n, xs) => {
  const k = expectInt(n);
  const l = listView(xs);
  return new LList(l.a, l.i + clampCount(k, l.length));
});

export const nth = /* @__PURE__ */ native("nth", 2, 2, (n, xs) => {
  const i = expectInt(n);
  const l = listView(xs);
  return i >= 0 && i < l.length ? l.a[l.i + Number(i)]! : null;
});

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [list, car, cdr, cons, length, reverse, append, take, drop, nth];
