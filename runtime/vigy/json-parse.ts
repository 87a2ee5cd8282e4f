/**
 * JSON text → Json (see json.ts), as serde_json reads it: integers and floats stay apart (`5.0`
 * is a float, `5` an integer), integers beyond i64 up to u64 stay exact, duplicate keys and
 * anything but the JSON grammar are errors with their line and column. kv JSON is what every
 * tick of the runner reads, so this is a single pass over the text with an explicit stack (any
 * depth, linear time and memory); JSON.parse cannot keep `5.0` apart from `5`.
 */
import { I64_MAX, I64_MIN, fromBig } from "../values/int64.js";
import { LFloat } from "../values/types.js";
import type { Json, JsonObject } from "./json.js";

export class JsonSyntaxError extends Error {}

const U64_MAX = 2n ** 64n - 1n;

/** Line and column (1-based, columns in code points) of a UTF-16 offset. */
export function lineCol(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  let col = 1;
  for (let i = start; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= offset) col++; // a surrogate pair is one column
  }
  return `${line}:${col}`;
}

/** The text of a character for a message. */
const shown = (text: string, i: number): string => (i >= text.length ? "end of input" : JSON.stringify(String.fromCodePoint(text.codePointAt(i)!)));

const enum C {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  LowerE = 101,
  LBrace = 123,
  RBrace = 125,
}

/** An open container: its value, and for an object the key waiting for its value. */
interface Open {
  readonly value: Json[] | JsonObject;
  key: string | null;
}

class Parser {
  private i = 0;
  constructor(private readonly text: string) {}

  private fail(message: string, at = this.i): never {
    throw new JsonSyntaxError(`${message} at ${lineCol(this.text, at)}`);
  }

  private space(): void {
    const t = this.text;
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === C.Space || c === C.Lf || c === C.Cr || c === C.Tab) i++;
      else break;
    }
    this.i = i;
  }

  parse(): Json {
    const t = this.text;
    if (t.charCodeAt(0) === 0xfeff) this.fail("a byte order mark is not JSON (save the file without it)", 0);
    const stack: Open[] = [];
    let result: Json = null;
    for (;;) {
      // A value is expected here.
      this.space();
      let v: Json;
      const c = t.charCodeAt(this.i);
      if (c === C.LBrace || c === C.LBracket) {
        const open: Open = { value: c === C.LBrace ? new Map() : [], key: null };
        this.i++;
        this.space();
        const close = t.charCodeAt(this.i);
        if (c === C.LBrace && close === C.RBrace) {
          this.i++;
          v = open.value;
        } else if (c === C.LBracket && close === C.RBracket) {
          this.i++;
          v = open.value;
        } else {
          if (c === C.LBrace) open.key = this.key(open.value as JsonObject);
          stack.push(open);
          continue;
        }
      } else v = this.scalar(c);

      // Put v into its container, closing every container that ends after it.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          result = v;
          this.space();
          if (this.i < t.length) this.fail(`expected the end of the input after the value, got ${shown(t, this.i)}`);
          return result;
        }
        if (top.key === null) (top.value as Json[]).push(v);
        else (top.value as JsonObject).set(top.key, v);
        this.space();
        const d = t.charCodeAt(this.i);
        const isObject = top.key !== null;
        if (d === C.Comma) {
          this.i++;
          if (isObject) {
            this.space();
            top.key = this.key(top.value as JsonObject);
          }
          break; // the next value
        }
        if (d === (isObject ? C.RBrace : C.RBracket)) {
          this.i++;
          stack.pop();
          v = top.value;
          continue;
        }
        this.fail(isObject ? `expected ',' or '}' after an object member, got ${shown(t, this.i)}` : `expected ',' or ']' after an array element, got ${shown(t, this.i)}`);
      }
    }
  }

  /** An object key and its colon. */
  private key(obj: JsonObject): string {
    const at = this.i;
    if (this.text.charCodeAt(at) !== C.Quote) this.fail(`expected a string key in double quotes, got ${shown(this.text, at)}`);
    const k = this.string();
    if (obj.has(k)) this.fail(`duplicate key ${JSON.stringify(k)}`, at);
    this.space();
    if (this.text.charCodeAt(this.i) !== C.Colon) this.fail(`expected ':' after the key ${JSON.stringify(k)}, got ${shown(this.text, this.i)}`);
    this.i++;
    return k;
  }

  private scalar(c: number): Json {
    const t = this.text;
    if (c === C.Quote) return this.string();
    if (c === C.Minus || (c >= C.Zero && c <= C.Nine)) return this.number();
    const word = c === 116 ? "true" : c === 102 ? "false" : c === 110 ? "null" : "";
    if (word !== "" && t.startsWith(word, this.i)) {
      this.i += word.length;
      return c === 110 ? null : c === 116;
    }
    return this.fail(`expected a JSON value, got ${shown(t, this.i)}`);
  }

  private string(): string {
    const t = this.text;
    const start = this.i; // the opening quote
    let i = start + 1;
    let escaped = false;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === C.Quote) break;
      if (c === C.Backslash) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 0x20 || Number.isNaN(c)) this.fail(i >= t.length ? "unterminated string" : "control character in a string (escape it)", i >= t.length ? start : i);
      i++;
    }
    this.i = i + 1;
    if (!escaped) return t.slice(start + 1, i);
    try {
      return JSON.parse(t.slice(start, i + 1)) as string;
    } catch {
      return this.fail("invalid escape in a string", start);
    }
  }

  private number(): Json {
    const t = this.text;
    const start = this.i;
    let i = start;
    if (t.charCodeAt(i) === C.Minus) i++;
    const intStart = i;
    let c = t.charCodeAt(i);
    if (c === C.Zero) c = t.charCodeAt(++i);
    else if (c >= C.Zero && c <= C.Nine) while ((c = t.charCodeAt(++i)) >= C.Zero && c <= C.Nine);
    else this.fail("expected a digit", i);
    const intEnd = i;
    let float = false;
    if (c === C.Dot) {
      float = true;
      if (!((c = t.charCodeAt(++i)) >= C.Zero && c <= C.Nine)) this.fail("expected a digit after the decimal point", i);
      while ((c = t.charCodeAt(++i)) >= C.Zero && c <= C.Nine);
    }
    if (c === C.LowerE || c === C.UpperE) {
      float = true;
      c = t.charCodeAt(++i);
      if (c === C.Plus || c === C.Minus) c = t.charCodeAt(++i);
      if (!(c >= C.Zero && c <= C.Nine)) this.fail("expected a digit in the exponent", i);
      while ((c = t.charCodeAt(++i)) >= C.Zero && c <= C.Nine);
    }
    this.i = i;
    if (!float && intEnd - intStart <= 15) {
      // Safe integers, the common case, without a substring: -0 is the integer 0.
      let n = 0;
      for (let k = intStart; k < intEnd; k++) n = n * 10 + (t.charCodeAt(k) - C.Zero);
      return start === intStart ? n : n === 0 ? 0 : -n;
    }
    const digits = t.slice(start, i);
    if (!float) {
      const b = BigInt(digits);
      if (b >= I64_MIN && b <= I64_MAX) return fromBig(b);
      if (b > 0n && b <= U64_MAX) return b;
      // Beyond u64, serde reads an integer as a float.
    }
    const f = Number(digits);
    if (!Number.isFinite(f)) this.fail(`number out of range: ${digits}`, start);
    return new LFloat(f);
  }
}

/** Parse JSON text keeping integers and floats apart; errors end with ` at LINE:COL`. */
export function parseJson(text: string): Json {
  return new Parser(text).parse();
}

// ignoreBOM keeps a byte order mark in the text, so that the JSON reader can reject it.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * UTF-8 bytes (a file) as text; invalid UTF-8 is an error at its line and column instead of
 * being replaced with U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, bad));
    throw new JsonSyntaxError(`invalid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, "0")}) at ${lineCol(before, before.length)}`);
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    const [n, lo, hi] = x < 0x80 ? [0, 0, 0] : x >= 0xc2 && x <= 0xdf ? [1, 0x80, 0xbf] : x === 0xe0 ? [2, 0xa0, 0xbf] : x === 0xed ? [2, 0x80, 0x9f] : x >= 0xe1 && x <= 0xef ? [2, 0x80, 0xbf] : x === 0xf0 ? [3, 0x90, 0xbf] : x >= 0xf1 && x <= 0xf3 ? [3, 0x80, 0xbf] : x === 0xf4 ? [3, 0x80, 0x8f] : [-1, 0, 0];
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const y = b[i + k];
      if (y === undefined || y < (k === 1 ? lo : 0x80) || y > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return b.length;
}
