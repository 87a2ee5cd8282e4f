/**
 * JSON values as the vigy host keeps them (kv, payloads, desired/observed, trace): like serde_json
 * they keep integers and floats apart, so a stored `5.0` stays a float and `5` an integer.
 *
 *   integer → a Lisp int (safe number or bigint) — or a bigint above i64::MAX up to u64::MAX,
 *             which serde keeps as an unsigned integer
 *   float   → LFloat (always finite)
 *   object  → Map (keys serialise sorted, like serde's BTreeMap, so equal states give equal bytes)
 */
import { I64_MAX, I64_MIN } from "../values/int64.js";
import { LFloat } from "../values/types.js";

export { parseJson, decodeUtf8, JsonSyntaxError } from "./json-parse.js";

export type Json = null | boolean | number | bigint | LFloat | string | Json[] | JsonObject;
export type JsonObject = Map<string, Json>;

/** An integer representable as i64 (what serde's `as_i64()` accepts), as a Lisp int; else undefined. */
export function asI64(j: Json | undefined): number | bigint | undefined {
  if (typeof j === "number") return j;
  if (typeof j === "bigint" && j >= I64_MIN && j <= I64_MAX) return j;
  return undefined;
}

// ---- writing ------------------------------------------------------------------------------

/** serde_json's float text (ryu): shortest digits, `.0` on integral values, exponent outside 1e-5..1e16. */
export function jsonFloat(x: number): string {
  // Between 1e-5 and 1e16 both print plain decimals with the same shortest digits.
  const a = Math.abs(x);
  if (a >= 1e-5 && a < 1e16) return Number.isInteger(x) ? String(x) + ".0" : String(x);
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

/**
 * Compact canonical JSON text: object keys sorted, floats as serde writes them. Open containers
 * wait on an explicit stack, so any depth writes in linear time; the text is gathered in
 * pieces joined a few thousand at a time, so a large value does not leave millions of string
 * fragments alive until the end.
 */
export function jsonText(j: Json): string {
  const atom = atomJson(j);
  if (atom !== undefined) return atom;
  const out = new TextSink();
  const stack: Frame[] = [];
  let top: Frame | undefined = open(j as Json[] | JsonObject);
  out.add(top.keys === null ? "[" : "{");
  while (top !== undefined) {
    const f: Frame = top;
    if (f.i === f.size) {
      out.add(f.keys === null ? "]" : "}");
      top = stack.pop();
      continue;
    }
    let x: Json;
    if (f.keys === null) {
      if (f.i > 0) out.add(",");
      x = (f.container as Json[])[f.i]!;
    } else {
      const k = f.keys[f.i]!;
      out.add(f.i > 0 ? "," + keyText(k) : keyText(k));
      x = (f.container as JsonObject).get(k)!;
    }
    f.i++;
    const a = atomJson(x);
    if (a !== undefined) out.add(a);
    else {
      stack.push(f);
      top = open(x as Json[] | JsonObject);
      out.add(top.keys === null ? "[" : "{");
    }
  }
  return out.text();
}

/** `"key":`, remembered for the keys records repeat (a kv of a thousand items has a few dozen). */
const keyTexts = new Map<string, string>();
function keyText(k: string): string {
  let t = keyTexts.get(k);
  if (t === undefined) {
    t = JSON.stringify(k) + ":";
    if (keyTexts.size >= 4096) keyTexts.clear();
    keyTexts.set(k, t);
  }
  return t;
}

/** Text in pieces, joined a few thousand at a time into flat chunks. */
class TextSink {
  private pieces: string[] = [];
  private readonly chunks: string[] = [];
  add(s: string): void {
    if (this.pieces.push(s) === 4096) {
      this.chunks.push(this.pieces.join(""));
      this.pieces = [];
    }
  }
  text(): string {
    this.chunks.push(this.pieces.join(""));
    return this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join("");
  }
}

/** A container being written: its elements (or sorted keys) and how many are done. */
interface Frame {
  readonly container: Json[] | JsonObject;
  readonly keys: string[] | null;
  readonly size: number;
  i: number;
}

function open(c: Json[] | JsonObject): Frame {
  if (Array.isArray(c)) return { container: c, keys: null, size: c.length, i: 0 };
  const keys = [...c.keys()];
  // Maps read from canonical text are already in order: check before sorting.
  for (let k = 1; k < keys.length; k++) {
    if (compareKeys(keys[k - 1]!, keys[k]!) > 0) {
      keys.sort(compareKeys);
      break;
    }
  }
  return { container: c, keys, size: keys.length, i: 0 };
}

function atomJson(j: Json): string | undefined {
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
  return undefined;
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
