/**
 * JSON values as the vigy host keeps them (kv, payloads, desired/observed, trace): like serde_json
 * they keep integers and floats apart, so a stored `5.0` stays a float and `5` an integer.
 *
 *   integer → a Lisp int (safe number or bigint) — or a bigint above i64::MAX up to u64::MAX,
 *             which serde keeps as an unsigned integer
 *   float   → LFloat (always finite)
 *   object  → Map (keys serialise sorted, like serde's BTreeMap, so equal states give equal bytes)
 */
import { parse as losslessParse, isLosslessNumber, type LosslessNumber } from "lossless-json";
import { I64_MAX, I64_MIN, fromBig } from "../values/int64.js";
import { LFloat } from "../values/types.js";

export type Json = null | boolean | number | bigint | LFloat | string | Json[] | JsonObject;
export type JsonObject = Map<string, Json>;

const U64_MAX = 2n ** 64n - 1n;

/** An integer representable as i64 (what serde's `as_i64()` accepts), as a Lisp int; else undefined. */
export function asI64(j: Json | undefined): number | bigint | undefined {
  if (typeof j === "number") return j;
  if (typeof j === "bigint" && j >= I64_MIN && j <= I64_MAX) return j;
  return undefined;
}

// ---- writing ------------------------------------------------------------------------------

/** serde_json's float text (ryu): shortest digits, `.0` on integral values, exponent outside 1e-5..1e16. */
export function jsonFloat(x: number): string {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const [mant, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mant.replace(".", "");
  const kk = Number(expText) + 1; // where the decimal point falls, counted from the first digit
  const n = digits.length;
  if (n <= kk && kk <= 16) return sign + digits + "0".repeat(kk - n) + ".0";
  if (0 < kk && kk <= 16) return sign + digits.slice(0, kk) + "." + digits.slice(kk);
  if (-5 < kk && kk <= 0) return sign + "0." + "0".repeat(-kk) + digits;
  return sign + (n === 1 ? digits : digits[0] + "." + digits.slice(1)) + "e" + (kk - 1);
}

/** Compact canonical JSON text: object keys sorted, floats as serde writes them. */
export function jsonText(j: Json): string {
  switch (typeof j) {
    case "number":
    case "bigint":
      return String(j);
    case "boolean":
      return j ? "true" : "false";
    case "string":
      return JSON.stringify(j);
  }
  if (j === null) return "null";
  if (j instanceof LFloat) return jsonFloat(j.v);
  if (Array.isArray(j)) return "[" + j.map(jsonText).join(",") + "]";
  const keys = [...j.keys()].sort(compareKeys);
  return "{" + keys.map((k) => JSON.stringify(k) + ":" + jsonText(j.get(k)!)).join(",") + "}";
}

/**
 * Rust's `String` order: by UTF-8 bytes, which for strings is code point order. UTF-16 code
 * units already sort that way unless the first difference involves a surrogate (a code point
 * above U+FFFF, whose units are lower than U+E000–U+FFFF); only then are code points compared.
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) return byCodePoints(a, b);
    return x - y;
  }
  return a.length - b.length;
}

/** The definition itself, for the rare strings whose units and code points disagree. */
function byCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

// ---- reading ------------------------------------------------------------------------------

export class JsonSyntaxError extends Error {}

function fromNumber(n: LosslessNumber): Json {
  const text = n.value;
  if (/^-?[0-9]+$/.test(text)) {
    const b = BigInt(text);
    if (b >= I64_MIN && b <= I64_MAX) return fromBig(b);
    if (b > 0n && b <= U64_MAX) return b;
  }
  const f = Number(text);
  if (!Number.isFinite(f)) throw new JsonSyntaxError(`number out of range: ${text}`);
  return new LFloat(f);
}

function fromLossless(v: unknown): Json {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (isLosslessNumber(v)) return fromNumber(v);
  if (Array.isArray(v)) return v.map(fromLossless);
  const m: JsonObject = new Map();
  for (const k of Object.keys(v as object)) m.set(k, fromLossless((v as Record<string, unknown>)[k]));
  return m;
}

/** Parse JSON text keeping integers and floats apart; errors say line and column. */
export function parseJson(text: string): Json {
  let raw: unknown;
  try {
    raw = losslessParse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(msg);
    if (at === null) throw new JsonSyntaxError(msg);
    const pos = Number(at[1]);
    const before = text.slice(0, pos).split("\n");
    throw new JsonSyntaxError(`${msg.slice(0, at.index).trim()} at ${before.length}:${before.at(-1)!.length + 1}`);
  }
  return fromLossless(raw);
}
