/**
 * Hash-map natives (spec §4.8, §2.6). Maps are persistent LMaps; a non-map first argument is
 * `expected map`, a key of the wrong kind is `in native fn hash-map: non-hashable key kind: T`
 * whichever native received it (LMap reports it under "hash-map").
 */
import { nativeErr, typeErr } from "../../errors/lisp-error.js";
import { call1 } from "../../values/call.js";
import { listOf } from "../../values/list-storage.js";
import { LMap } from "../../values/lmap.js";
import { typeName } from "../../values/type-name.js";
import type { Native, Value } from "../../values/types.js";
import { ANY, native, predicate, variadic } from "./define.js";

function asMap(v: Value): LMap {
  if (v instanceof LMap) return v;
  throw typeErr("map", typeName(v));
}

/**
 * `hash-map-update` in two halves, so that compiled code can run a lambda written at the call
 * site between them (compiler/emit/emit-map-update.ts): the value the function is given (the
 * map and the key checked, nil when absent), then the map with the function's result stored.
 */
export const updateCurrent = (m: Value, k: Value): Value => asMap(m).lookup(k) ?? null;
export const updateResult = (m: Value, k: Value, v: Value, owned = false): LMap => (owned ? (m as LMap).setOwned(k, v) : (m as LMap).set(k, v));

/** `hash-map-set` of a fold's accumulator that nothing else reads; `owned` past the fold's first step (see LMap.setOwned). */
export const setAcc = (m: Value, k: Value, v: Value, owned: boolean): LMap => updateResult(asMap(m), k, v, owned);

export const hashMap = /* @__PURE__ */ variadic("hash-map", 0, (kvs) => {
  if (kvs.length % 2 !== 0) throw nativeErr("hash-map", "expected even number of args (k v k v ...)");
  return kvs.length === 0 ? LMap.EMPTY : LMap.fromPairs(kvs);
});

export const isHashMap = /* @__PURE__ */ predicate("hash-map?", 1, 1, (v) => v instanceof LMap);

export const hashMapCount = /* @__PURE__ */ native("hash-map-count", 1, 1, (m) => asMap(m).size);

export const isHashMapEmpty = /* @__PURE__ */ native("hash-map-empty?", 1, 1, (m) => asMap(m).size === 0);

export const isHashMapHas = /* @__PURE__ */ native("hash-map-has?", 2, 2, (m, k) => asMap(m).has(k));

export const hashMapGet = /* @__PURE__ */ native("hash-map-get", 2, 2, (m, k) => asMap(m).lookup(k) ?? null);

export const hashMapGetOr = /* @__PURE__ */ native("hash-map-get-or", 3, 3, (m, k, dflt) => {
  const v = asMap(m).lookup(k);
  return v === undefined ? dflt : v;
});

export const hashMapSet = /* @__PURE__ */ native("hash-map-set", 3, 3, (m, k, v) => asMap(m).set(k, v));

export const hashMapRemove = /* @__PURE__ */ native("hash-map-remove", 2, 2, (m, k) => asMap(m).remove(k));

export const hashMapKeys = /* @__PURE__ */ native("hash-map-keys", 1, 1, (m) => listOf(asMap(m).keys()));

export const hashMapValues = /* @__PURE__ */ native("hash-map-values", 1, 1, (m) => listOf(asMap(m).values()));

export const hashMapEntries = /* @__PURE__ */ native("hash-map-entries", 1, 1, (m) => listOf(asMap(m).entries().map(listOf)));

export const hashMapMerge = /* @__PURE__ */ native("hash-map-merge", 1, ANY, (...ms) => {
  const maps = ms.map(asMap); // check every operand before merging
  let acc = maps[0]!;
  for (let i = 1; i < maps.length; i++) acc = acc.merge(maps[i]!);
  return acc;
});

export const hashMapUpdate = /* @__PURE__ */ native("hash-map-update", 3, 3, (m, k, f) => updateResult(m, k, call1(f, updateCurrent(m, k))));

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [hashMap, isHashMap, hashMapCount, isHashMapEmpty, isHashMapHas, hashMapGet, hashMapGetOr, hashMapSet, hashMapRemove, hashMapKeys, hashMapValues, hashMapEntries, hashMapMerge, hashMapUpdate];
