/**
 * Whether two kv JSON values have the same canonical text, without writing either: a tick that
 * writes back what a key already holds (a reconciler rewriting its observed state) then costs no
 * serialisation and no new kv version.
 */
import { LFloat } from "../../runtime/values/types.js";
import type { Json } from "../../runtime/vigy/json.js";

export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    // Ints are numbers while safe and bigints beyond; compare across the two.
    if ((typeof a === "bigint" || typeof a === "number") && (typeof b === "bigint" || typeof b === "number")) {
      return typeof a === typeof b ? a === b : BigInt(a) === BigInt(b);
    }
    return false;
  }
  if (a instanceof LFloat) return b instanceof LFloat && Object.is(a.v, b.v);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i]!, b[i]!)) return false;
    return true;
  }
  if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || !jsonEqual(v, w)) return false;
  }
  return true;
}
