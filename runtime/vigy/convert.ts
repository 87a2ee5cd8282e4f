/**
 * Lisp ⇄ JSON and the argument coercions every intrinsic uses (spec/vigy.md §4). One place for
 * each rule, so both engines (which call the same intrinsics) convert identically.
 */
import { typeErr } from "../errors/lisp-error.js";
import { formatFloat } from "../values/float-format.js";
import { isInt } from "../values/int64.js";
import { flatValue, LMap } from "../values/lmap.js";
import { typeName } from "../values/type-name.js";
import { elements, listOf } from "../values/list-storage.js";
import { Kw, LFloat, LList, Sym, type Value } from "../values/types.js";
import { compareKeys, type Json, type JsonObject } from "./json.js";

/** §4.1: keys, names, levels, kinds, statuses, messages — string, symbol or keyword (no colon). */
export function lispString(v: Value): string {
  if (typeof v === "string") return v;
  if (v instanceof Sym || v instanceof Kw) return v.name;
  throw typeErr("string|symbol|keyword", typeName(v));
}

/** An Int argument (`vigy-incr` delta, rate-limit window, backoff attempt). */
export function intArg(v: Value, what: string): number | bigint {
  if (isInt(v)) return v;
  throw typeErr(`integer ${what}`, typeName(v));
}

/** §4.2, `vigy-defer`'s reason: any value, never an error. */
export function displayString(v: Value): string {
  if (typeof v === "string") return v;
  if (v instanceof Sym || v instanceof Kw) return v.name;
  if (isInt(v)) return String(v);
  if (v instanceof LFloat) return formatFloat(v.v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v === null) return "nil";
  return `<${typeName(v)}>`;
}

/** How a Lisp map key becomes a JSON object key (§4.3). */
function keyString(k: Value): string {
  if (k === null) return "null";
  if (k instanceof Kw) return ":" + k.name;
  return displayString(k);
}

/** §4.3, total: keywords keep their colon, symbols do not, non-finite floats and nil are null. */
export function lispToJson(v: Value): Json {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "string":
    case "boolean":
      return v;
  }
  if (v === null) return null;
  if (v instanceof LFloat) return Number.isFinite(v.v) ? v : null;
  if (v instanceof Sym) return v.name;
  if (v instanceof Kw) return ":" + v.name;
  // Lists and maps whose elements are already JSON go out as they are (see jsonToLisp).
  if (v instanceof LList) return mapOrSame(elements(v), lispToJson) as Json[];
  if (v instanceof LMap) return v.toStringKeyed(lispToJson, keyString);
  return `<${typeName(v)}>`;
}

/**
 * `xs.map(f)`, or xs itself when f returns every element unchanged (lists are immutable on both
 * sides). f must return primitives and nil as they are: they skip the call (LMap.toStringKeyed).
 */
function mapOrSame<T, U>(xs: readonly T[], f: (x: T) => U): readonly (T | U)[] {
  let out: (T | U)[] | null = null;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = typeof x === "object" && x !== null ? f(x) : (x as unknown as U); // f keeps primitives
    if (out === null && (y as unknown) !== x) out = xs.slice(0, i);
    if (out !== null) out.push(y);
  }
  return out ?? xs;
}

/**
 * §4.4: integers within i64 are ints, every other number a float; objects get string keys.
 *
 * Lists compare by identity (`eq?`), so every read makes fresh ones, as the reference does.
 * Maps have no identity a program can observe, and kv values are never changed in place (the
 * runner replaces them; a host must too), so an object without lists inside is converted once
 * and its map reused by every later read: a vigy reading an unchanged key each tick converts
 * it once. The map copies on its first update (`LMap.shareStringKeys`), so it never changes.
 * Likewise an array without lists inside is converted once, and each later read is a new list
 * over that first conversion's storage: a fresh list holding the same elements.
 */
export function jsonToLisp(j: Json): Value {
  switch (typeof j) {
    case "number":
    case "string":
    case "boolean":
      return j;
    case "bigint":
      return j <= 9223372036854775807n ? j : new LFloat(Number(j)); // above i64: a u64, read as a float
  }
  if (j === null || j instanceof LFloat) return j;
  if (Array.isArray(j)) {
    // A new list over the first conversion's storage: fresh for eq?, nothing copied.
    const first = convertedLists.get(j);
    return first !== undefined ? listOf(first as Value[]) : arrayToLisp(j);
  }
  return converted.get(j) ?? objectToLisp(j);
}

/** Maps converted from list-free kv objects (see jsonToLisp). */
const converted = new WeakMap<JsonObject, LMap>();
/** The first conversion of each kv array without lists inside (see jsonToLisp). */
const convertedLists = new WeakMap<readonly Json[], readonly Value[]>();

/** Whether y, the conversion of x, holds no list: it is x itself or a map converted once. */
const listFreeAs = (x: Json, y: Value): boolean =>
  y === x || !(y instanceof LList || (y instanceof LMap && converted.get(x as JsonObject) !== y));

function arrayToLisp(j: readonly Json[]): LList {
  const out: Value[] = new Array(j.length);
  let listFree = true;
  for (let i = 0; i < j.length; i++) {
    const y = jsonToLisp(j[i]!);
    if (listFree) listFree = listFreeAs(j[i]!, y);
    out[i] = y;
  }
  if (listFree) convertedLists.set(j, out);
  return listOf(out);
}

/** Keys in code point order; stored kv text is canonical, so they usually already are. */
function objectToLisp(j: JsonObject): LMap {
  let prev: string | null = null;
  let sorted = true;
  let listFree = true;
  let flat = true; // no value is an object (LMap.flat)
  let changed: Map<string, Value> | null = null; // the converted values, once one differs
  for (const [k, x] of j) {
    if (sorted && prev !== null && compareKeys(prev, k) > 0) sorted = false;
    prev = k;
    const y = jsonToLisp(x);
    if (flat) flat = flatValue(y); // the value the map holds (a u64 becomes a float)
    if (y !== x) {
      if (listFree) listFree = listFreeAs(x, y);
      if (changed === null) {
        changed = new Map();
        for (const [k0, x0] of j) {
          if (k0 === k) break;
          changed.set(k0, x0 as Value);
        }
      }
    }
    if (changed !== null) changed.set(k, y);
  }
  let m: Map<string, Value> = changed ?? (j as Map<string, Value>);
  if (!sorted) {
    const inOrder = new Map<string, Value>();
    for (const k of [...m.keys()].sort(compareKeys)) inOrder.set(k, m.get(k)!);
    m = inOrder;
  }
  const map = LMap.shareStringKeys(m, flat);
  if (listFree) converted.set(j, map);
  return map;
}
