/**
 * How lists share storage (docs/lists.md). A list is a view of the end of a JS array (LList in
 * types.ts); these are the only functions that write into a list's array.
 *
 * - `cdr` is a view one slot further along: constant time, nothing copied.
 * - `cons` onto a list whose slot below its first element is free writes the head there: the
 *   idiomatic `(build (- n 1) (cons n acc))` and a recursive builder's `(cons x (f …))` each
 *   take constant time per element. A slot is free when it is undefined, which no Lisp value
 *   is; free slots are always the lowest ones of an array, and once written a slot is never
 *   written again, so no other list can see the change. Consing onto a list without a free
 *   slot (one already consed onto, a `cdr`, a list made some other way) copies it into a new
 *   array with free room in front (roomFor), so a builder copies each element a bounded
 *   number of times in all.
 * - Prepending several elements (`append`, tail recursion modulo cons) uses and leaves room
 *   by the same rule. Lists that `list`, `map`, `append` of short lists or a kv read make are
 *   exact arrays from index 0, which `apply` hands to a native and kv JSON takes over as they are.
 */
import { LList, type Value } from "./types.js";

/** A list holding the elements of `a`, which the caller gives up (it must not change it). */
export const listOf = (a: Value[]): LList => new LList(a, 0);

/** For reading only: what nil is as a list of elements (never returned as a value). */
export const NO_ELEMENTS: LList = /* @__PURE__ */ new LList([], 0);

/** Whether `l` has k free slots in front of its first element (free slots are contiguous). */
const hasRoom = (l: LList, k: number): boolean => l.i >= k && l.a[l.i - 1] === undefined;

/**
 * How much free room a copy of a tail of n elements gets in front, when k elements are being
 * put before it: as much as the result's length when the tail is the longer part (a list being
 * built by prepending to it, as cons does), so later prepends find room; none otherwise, since
 * copying the tail then costs no more than the k elements themselves. Either way a builder
 * copies each element a bounded number of times.
 */
const roomFor = (k: number, n: number): number => (k < n ? k + n : 0);

/** A new array of `room` free slots (holes), then `k` slots for the caller, then the elements of `tail`. */
function copyBehind(tail: LList, room: number, k: number): Value[] {
  const a = tail.a;
  const n = a.length - tail.i;
  const b = new Array<Value>(room + k + n);
  for (let j = 0, from = tail.i, to = room + k; j < n; j++) b[to + j] = a[from + j]!;
  return b;
}

/** `(cons x tail)`: nil adds nothing, a list its elements, anything else itself (no improper lists). */
export function cons(x: Value, tail: Value): LList {
  if (tail instanceof LList) {
    const i = tail.i;
    if (i > 0 && tail.a[i - 1] === undefined) {
      tail.a[i - 1] = x;
      return new LList(tail.a, i - 1);
    }
    const room = roomFor(1, tail.a.length - i);
    const b = copyBehind(tail, room, 1);
    b[room] = x;
    return new LList(b, room);
  }
  return listOf(tail === null ? [x] : [x, tail]);
}

/** `(cdr l)` of a list with at least one element: the rest, or nil after the last element. */
export const rest = (l: LList): LList | null => (l.a.length - l.i > 1 ? new LList(l.a, l.i + 1) : null);

/**
 * The array that k elements go into, right in front of `tail`'s, at `a.length - tail.length - k`:
 * tail's own when it has that much free room, else a copy with room as `roomFor` says.
 */
function arrayFor(tail: LList, k: number): Value[] {
  return hasRoom(tail, k) ? tail.a : copyBehind(tail, roomFor(k, tail.a.length - tail.i), k);
}

/** The list of `src[from…to)` followed by the elements of `tail`: in tail's free room when there is enough, else copied. */
export function prepend(src: readonly Value[], from: number, to: number, tail: LList): LList {
  const k = to - from;
  if (k === 0) return new LList(tail.a, tail.i);
  const a = arrayFor(tail, k);
  const start = a.length - (tail.a.length - tail.i) - k;
  for (let j = 0; j < k; j++) a[start + j] = src[from + j]!;
  return new LList(a, start);
}

/**
 * The elements of `lists[0…last)`, k of them (k > 0), followed by those of `lists[last]`
 * (`append`), placed as `prepend` places them, so each element is copied once.
 */
export function prependLists(lists: readonly LList[], last: number, k: number): LList {
  const tail = lists[last]!;
  const a = arrayFor(tail, k);
  const start = a.length - (tail.a.length - tail.i) - k;
  for (let j = 0, to = start; j < last; j++) {
    const from = lists[j]!;
    const src = from.a;
    for (let m = from.i; m < src.length; m++) a[to++] = src[m]!;
  }
  return new LList(a, start);
}

/**
 * `heads` consed one by one (last first) onto `tail`, as nested `cons` calls would: compiled
 * and interpreted tail recursion modulo cons gather the heads and finish with this. `heads`
 * is the caller's to give up.
 */
export function consAll(heads: Value[], tail: Value): LList {
  if (tail === null) return listOf(heads);
  if (!(tail instanceof LList)) {
    heads.push(tail);
    return listOf(heads);
  }
  const k = heads.length;
  if (hasRoom(tail, k) || roomFor(k, tail.length) > 0) return prepend(heads, 0, k, tail);
  // An exact copy: the heads' own array takes the tail's elements.
  const a = tail.a;
  for (let j = tail.i; j < a.length; j++) heads.push(a[j]!);
  return listOf(heads);
}

/** The elements of `l` as an array that callers only read: its own storage when it starts at 0. */
export const elements = (l: LList): readonly Value[] => (l.i === 0 ? l.a : l.a.slice(l.i));
