/**
 * kv JSON, read and written as the runner and `vigyc tick --kv` do: ints and floats kept apart,
 * canonical text, malformed input rejected at its line and column (invalid UTF-8, a byte order
 * mark, duplicate keys, numbers out of range included), any nesting depth in linear time.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, jsonText, parseJson, JsonSyntaxError, type Json } from "../../runtime/vigy/json.js";
import { LFloat } from "../../runtime/values/types.js";

const err = (text: string): string => {
  try {
    parseJson(text);
  } catch (e) {
    expect(e).toBeInstanceOf(JsonSyntaxError);
    return (e as Error).message;
  }
  throw new Error(`parsed: ${text}`);
};

describe("parseJson", () => {
  it("keeps integers and floats apart, and big integers exact", () => {
    const m = parseJson('{"i": 5, "f": 5.0, "e": 1e2, "neg": -0, "nf": -0.0, "big": 9223372036854775807, "min": -9223372036854775808, "u64": 18446744073709551615, "huge": 18446744073709551616, "safe": 9007199254740993}') as Map<string, Json>;
    expect(m.get("i")).toBe(5);
    expect(m.get("f")).toEqual(new LFloat(5));
    expect(m.get("e")).toEqual(new LFloat(100));
    expect(m.get("neg")).toBe(0);
    expect(Object.is((m.get("nf") as LFloat).v, -0)).toBe(true);
    expect(m.get("big")).toBe(9223372036854775807n);
    expect(m.get("min")).toBe(-9223372036854775808n);
    expect(m.get("u64")).toBe(18446744073709551615n);
    expect(m.get("huge")).toEqual(new LFloat(18446744073709551616));
    expect(m.get("safe")).toBe(9007199254740993n);
  });

  it("reads strings with escapes, surrogate pairs and lone surrogates", () => {
    expect(parseJson(String.raw`["a\"b\\c\n\u00e9\ud83d\ude00\ud800", "plain", ""]`)).toEqual(['a"b\\c\né😀\ud800', "plain", ""]);
  });

  const BAD: readonly [string, string][] = [
    ['{\n  "a": 1,\n}\n', "expected a string key in double quotes, got \"}\" at 3:1"],
    ['{"a": 1e400}', "number out of range: 1e400 at 1:7"],
    ['{"a": -1e400}', "number out of range: -1e400 at 1:7"],
    ['{"a": 1, "a": 2}', 'duplicate key "a" at 1:10'],
    ["\ufeff{}", "a byte order mark is not JSON (save the file without it) at 1:1"],
    ['{"a": [1, 2}', "expected ',' or ']' after an array element, got \"}\" at 1:12"],
    ['{"a" 1}', "expected ':' after the key \"a\", got \"1\" at 1:6"],
    ['{"a": tru}', 'expected a JSON value, got "t" at 1:7'],
    ['{"a": "x', "unterminated string at 1:7"],
    ['["a\tb"]', "control character in a string (escape it) at 1:4"],
    [String.raw`["\x"]`, "invalid escape in a string at 1:2"],
    ["[01]", "expected ',' or ']' after an array element, got \"1\" at 1:3"],
    ["[1.]", "expected a digit after the decimal point at 1:4"],
    ["[1e]", "expected a digit in the exponent at 1:4"],
    ["[-]", "expected a digit at 1:3"],
    ["{} {}", 'expected the end of the input after the value, got "{" at 1:4'],
    ["", "expected a JSON value, got end of input at 1:1"],
    ["[NaN]", 'expected a JSON value, got "N" at 1:2'],
    ['{"é😀": [1, }', 'expected a JSON value, got "}" at 1:12'],
  ];
  for (const [text, message] of BAD) {
    it(`rejects ${JSON.stringify(text)}`, () => expect(err(text)).toBe(message));
  }

  it("reads and writes any depth", () => {
    const depth = 1_000_000;
    const text = "[".repeat(depth) + "1" + "]".repeat(depth);
    const v = parseJson(text);
    expect(jsonText(v)).toBe(text);
    const obj = '{"a":'.repeat(depth) + "1.5" + "}".repeat(depth);
    expect(jsonText(parseJson(obj))).toBe(obj);
  });

  it("agrees with JSON.parse on the structure of any JSON text", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const ours = parseJson(text);
        const plain = (j: Json): unknown =>
          j instanceof LFloat ? j.v : typeof j === "bigint" ? Number(j) : Array.isArray(j) ? j.map(plain) : j instanceof Map ? Object.fromEntries([...j].map(([k, x]) => [k, plain(x)])) : j;
        // fc.json() may repeat a key, which JSON.parse resolves (last wins) and serde rejects.
        if (/duplicate key/.test(tryMessage(() => parseJson(text)))) return;
        expect(plain(ours)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it("writes canonical text that reads back to the same text", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        if (/duplicate key/.test(tryMessage(() => parseJson(text)))) return;
        const once = jsonText(parseJson(text));
        expect(jsonText(parseJson(once))).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

const tryMessage = (f: () => unknown): string => {
  try {
    f();
    return "";
  } catch (e) {
    return (e as Error).message;
  }
};

describe("decodeUtf8", () => {
  it("rejects invalid UTF-8 at its line and column instead of replacing it", () => {
    const bytes = (s: string, bad: number[], tail: string) => new Uint8Array([...Buffer.from(s), ...bad, ...Buffer.from(tail)]);
    expect(() => decodeUtf8(bytes('{\n  "é": "', [0xff], '"}'))).toThrow("invalid UTF-8 (byte 0xff) at 2:9");
    expect(() => decodeUtf8(bytes('{"a": "', [0xc3], '"}'))).toThrow("invalid UTF-8 (byte 0xc3) at 1:8");
    expect(() => decodeUtf8(bytes("[", [0xed, 0xa0, 0x80], "]"))).toThrow("invalid UTF-8 (byte 0xed) at 1:2"); // an encoded surrogate
    expect(() => decodeUtf8(bytes("[", [0xf0, 0x82, 0x82, 0xac], "]"))).toThrow("invalid UTF-8 (byte 0xf0) at 1:2"); // overlong
    expect(decodeUtf8(Buffer.from('{"é😀": 1}'))).toBe('{"é😀": 1}');
  });
});
