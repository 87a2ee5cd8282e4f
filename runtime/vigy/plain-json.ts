/**
 * JSON values as plain JS data, for `JSON.stringify`: what a tick record's and an action's
 * `toJSON` return, so `JSON.stringify(record)` gives the same JSON as `recordText(record)`.
 * Objects keep the canonical (sorted) key order; floats and integers beyond 2^53 are exact
 * where the engine has `JSON.rawJSON` (then the text is byte for byte recordText's), and plain
 * numbers otherwise (`5.0` then prints as `5`: JS has one number type). A JS object lists
 * integer-like keys ("7", "10") first, in numeric order, whatever order they are added in.
 */
import { LFloat } from "../values/types.js";
import { compareKeys, jsonFloat, type Json } from "./json.js";

type RawJson = (text: string) => unknown;
const rawJSON = (JSON as unknown as { rawJSON?: RawJson }).rawJSON;

export function plainJson(j: Json): unknown {
  if (j instanceof LFloat) return rawJSON !== undefined ? rawJSON(jsonFloat(j.v)) : j.v;
  if (typeof j === "bigint") return rawJSON !== undefined ? rawJSON(String(j)) : Number(j);
  if (Array.isArray(j)) return j.map(plainJson);
  if (j instanceof Map) {
    // No prototype: a "__proto__" key is then a key like any other, not the object's prototype.
    const o: Record<string, unknown> = Object.create(null);
    for (const k of [...j.keys()].sort(compareKeys)) o[k] = plainJson(j.get(k)!);
    return o;
  }
  return j;
}

