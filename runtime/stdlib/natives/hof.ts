/**
 * Higher-order natives (spec §4.7, §3.8): every callback — closure or native — is called through
 * callProc (or its call0–call2 forms), so closures ending in tail calls are trampolined and arity errors read exactly as a
 * direct call's would. Every list argument also accepts nil; list-building natives return a
 * fresh list (the empty list, which is truthy, when nothing is produced).
 */
import { nativeErr, typeErr } from "../../errors/lisp-error.js";
import { call0, call1, call2, callProc } from "../../values/call.js";
import { truthy } from "../../values/equality.js";
import { formatFloat } from "../../values/float-format.js";
import { display } from "../../values/printer.js";
import { typeName } from "../../values/type-name.js";
import { elements, listOf } from "../../values/list-storage.js";
import { Kw, LFloat, LList, LPromise, Native, Sym, type Value } from "../../values/types.js";
import { ANY, native } from "./define.js";
import { listView } from "./lists.js";

/** The count argument of iterate / repeatedly. */
function nonNegInt(v: Value): number {
  if (typeof v === "number") {
    if (v < 0) throw nativeErr("hof", "expected non-negative int");
    return v;
  }
  if (typeof v === "bigint") {
    if (v < 0n) throw nativeErr("hof", "expected non-negative int");
    return Number(v);
  }
  throw typeErr("integer", typeName(v));
}

/** group-by's key: the reference stringifies the callback's result (strings as they are). */
export function groupKey(k: Value): string {
  switch (typeof k) {
    case "string":
      return k;
    case "number":
    case "bigint":
      return `:int ${k}`;
    case "boolean":
      return `:bool ${k}`;
  }
  if (k === null) return ":nil";
  if (k instanceof Sym) return `:sym ${k.name}`;
  if (k instanceof Kw) return `:kw ${k.name}`;
  if (k instanceof LFloat) return `:float ${formatFloat(k.v)}`;
  return ":" + display(k);
}

/** sort-by's comparator result: swap when it is an int > 0 or #t. */
function comparatorSwaps(r: Value): boolean {
  if (typeof r === "number") return r > 0;
  if (typeof r === "bigint") return r > 0n;
  if (typeof r === "boolean") return r;
  throw typeErr("int (or bool) from comparator", typeName(r));
}

export const apply = /* @__PURE__ */ native("apply", 2, ANY, (f, ...rest) => {
  const last = rest[rest.length - 1]!;
  if (last !== null && !(last instanceof LList)) throw typeErr("list (last arg of apply)", typeName(last));
  // A native never changes its argument array, so (apply f xs) can hand it the list's own
  // storage: no copy of a long list ((apply hash-map kvs), (apply append lists)). A closure may keep it.
  if (rest.length === 1 && f instanceof Native) return callProc(f, last === null ? [] : (elements(last) as Value[]));
  const args = rest.slice(0, -1);
  if (last !== null) for (let k = last.i; k < last.a.length; k++) args.push(last.a[k]!);
  return callProc(f, args);
});

export const map = /* @__PURE__ */ native("map", 2, ANY, (f, ...lists) => {
  if (lists.length === 1) {
    const { a, i } = listView(lists[0]!);
    const out: Value[] = new Array(a.length - i);
    for (let k = i; k < a.length; k++) out[k - i] = call1(f, a[k]!);
    return listOf(out);
  }
  const ls = lists.map(listView);
  let n = Infinity;
  for (const l of ls) n = Math.min(n, l.length);
  const out: Value[] = [];
  for (let k = 0; k < n; k++) out.push(callProc(f, ls.map((l) => l.a[l.i + k]!)));
  return listOf(out);
});

export const filter = /* @__PURE__ */ native("filter", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  const out: Value[] = [];
  for (let k = i; k < a.length; k++) if (truthy(call1(pred, a[k]!))) out.push(a[k]!);
  return listOf(out);
});

export const remove = /* @__PURE__ */ native("remove", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  const out: Value[] = [];
  for (let k = i; k < a.length; k++) if (!truthy(call1(pred, a[k]!))) out.push(a[k]!);
  return listOf(out);
});

export const forEach = /* @__PURE__ */ native("for-each", 2, 2, (f, xs) => {
  const { a, i } = listView(xs);
  for (let k = i; k < a.length; k++) call1(f, a[k]!);
  return null;
});

export const foldl = /* @__PURE__ */ native("foldl", 3, 3, (f, init, xs) => {
  const { a, i } = listView(xs);
  let acc = init;
  for (let k = i; k < a.length; k++) acc = call2(f, acc, a[k]!);
  return acc;
});

export const foldr = /* @__PURE__ */ native("foldr", 3, 3, (f, init, xs) => {
  const { a, i } = listView(xs);
  let acc = init;
  for (let k = a.length - 1; k >= i; k--) acc = call2(f, a[k]!, acc);
  return acc;
});

export const reduce = /* @__PURE__ */ native("reduce", 2, 3, (...args) => {
  const f = args[0]!;
  let acc: Value;
  let l: LList;
  let start: number;
  if (args.length === 3) {
    acc = args[1]!;
    l = listView(args[2]!);
    start = l.i;
  } else {
    l = listView(args[1]!);
    if (l.length === 0) throw nativeErr("reduce", "no init and empty list");
    acc = l.a[l.i]!;
    start = l.i + 1;
  }
  const a = l.a;
  for (let k = start; k < a.length; k++) acc = call2(f, acc, a[k]!);
  return acc;
});

export const scanLeft = /* @__PURE__ */ native("scan-left", 3, 3, (f, init, xs) => {
  const { a, i } = listView(xs);
  let acc = init;
  const out: Value[] = [acc];
  for (let k = i; k < a.length; k++) {
    acc = call2(f, acc, a[k]!);
    out.push(acc);
  }
  return listOf(out);
});

export const find = /* @__PURE__ */ native("find", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  for (let k = i; k < a.length; k++) if (truthy(call1(pred, a[k]!))) return a[k]!;
  return null;
});

export const findIndex = /* @__PURE__ */ native("find-index", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  for (let k = i; k < a.length; k++) if (truthy(call1(pred, a[k]!))) return k - i;
  return -1;
});

export const some = /* @__PURE__ */ native("some", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  for (let k = i; k < a.length; k++) {
    const r = call1(pred, a[k]!);
    if (truthy(r)) return r;
  }
  return null;
});

export const isAny = /* @__PURE__ */ native("any?", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  for (let k = i; k < a.length; k++) if (truthy(call1(pred, a[k]!))) return true;
  return false;
});

export const isEvery = /* @__PURE__ */ native("every?", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  for (let k = i; k < a.length; k++) if (!truthy(call1(pred, a[k]!))) return false;
  return true;
});

export const countIf = /* @__PURE__ */ native("count-if", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  let n = 0;
  for (let k = i; k < a.length; k++) if (truthy(call1(pred, a[k]!))) n++;
  return n;
});

export const takeWhile = /* @__PURE__ */ native("take-while", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  let k = i;
  while (k < a.length && truthy(call1(pred, a[k]!))) k++;
  return listOf(a.slice(i, k));
});

// What is left is a new view of the same storage: nothing copied.
export const dropWhile = /* @__PURE__ */ native("drop-while", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  let k = i;
  while (k < a.length && truthy(call1(pred, a[k]!))) k++;
  return new LList(a, k);
});

export const partition = /* @__PURE__ */ native("partition", 2, 2, (pred, xs) => {
  const { a, i } = listView(xs);
  const yes: Value[] = [];
  const no: Value[] = [];
  for (let k = i; k < a.length; k++) (truthy(call1(pred, a[k]!)) ? yes : no).push(a[k]!);
  return listOf([listOf(yes), listOf(no)]);
});

export const groupBy = /* @__PURE__ */ native("group-by", 2, 2, (f, xs) => {
  const { a, i } = listView(xs);
  const groups = new Map<string, Value[]>(); // JS Map iterates in first-seen order
  for (let k = i; k < a.length; k++) {
    const x = a[k]!;
    const key = groupKey(call1(f, x));
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [x]);
    else g.push(x);
  }
  return listOf(Array.from(groups, ([key, items]): Value => listOf([key, listOf(items)])));
});

export const sortBy = /* @__PURE__ */ native("sort-by", 2, 2, (cmp, xs) => {
  // Stable insertion sort, one comparator call per step, as the reference does.
  const out = listView(xs).toArray();
  for (let i = 1; i < out.length; i++) {
    for (let j = i; j > 0; j--) {
      if (!comparatorSwaps(call2(cmp, out[j - 1]!, out[j]!))) break;
      const t = out[j - 1]!;
      out[j - 1] = out[j]!;
      out[j] = t;
    }
  }
  return listOf(out);
});

export const iterate = /* @__PURE__ */ native("iterate", 3, 3, (f, x, n) => {
  const count = nonNegInt(n);
  const out: Value[] = [];
  let cur = x;
  // The reference applies f after every element, the last one included (f runs n times).
  for (let i = 0; i < count; i++) {
    out.push(cur);
    cur = call1(f, cur);
  }
  return listOf(out);
});

export const repeatedly = /* @__PURE__ */ native("repeatedly", 2, 2, (thunk, n) => {
  const count = nonNegInt(n);
  const out: Value[] = [];
  for (let i = 0; i < count; i++) out.push(call0(thunk));
  return listOf(out);
});

export const force = /* @__PURE__ */ native("force", 1, 1, (p) => {
  if (!(p instanceof LPromise)) return p;
  if (p.forced) return p.value;
  const v = callProc(p.thunk, []);
  p.value = v;
  p.forced = true;
  return v;
});

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [apply, map, filter, remove, forEach, foldl, foldr, reduce, scanLeft, find, findIndex, some, isAny, isEvery, countIf, takeWhile, dropWhile, partition, groupBy, sortBy, iterate, repeatedly, force];
