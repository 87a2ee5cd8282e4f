/** The reader (spec §1): spans, positioned errors, and robustness against arbitrary input. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyAtom } from "../../runtime/reader/classify-atom.js";
import { flatData } from "../../runtime/reader/flat-data.js";
import { readAll } from "../../runtime/reader/read.js";
import { formToData } from "../../runtime/values/convert.js";
import { display } from "../../runtime/values/printer.js";
import { typeName } from "../../runtime/values/type-name.js";
import { Sym, type Value } from "../../runtime/values/types.js";
import { ReaderError } from "../../runtime/reader/reader-error.js";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import { runOnce } from "../../compiler/engine.js";

describe("reader spans", () => {
  it("gives every form its line, column and UTF-8 byte range", () => {
    const [a, b] = readAll('(é "x")\n  \'sym', "f.lisp");
    expect(a!.span).toEqual({ file: "f.lisp", line: 1, col: 1, offset: 0, end: 8 });
    expect(a!.k === "list" && a!.items[1]!.span).toEqual({ file: "f.lisp", line: 1, col: 4, offset: 4, end: 7 });
    expect(b!.span).toEqual({ file: "f.lisp", line: 2, col: 3, offset: 11, end: 15 });
  });
});

describe("reading data without positions (read-all, read-string)", () => {
  // Text of only atoms and ASCII whitespace takes a shortcut (flat-data.ts, with its cache of
  // recent symbols); whenever it answers, it must answer what the full reader reads, with every
  // symbol the interned one.
  const shown = (v: Value): string =>
    v instanceof Sym ? (v === Sym.of(v.name) ? `sym ${v.name}` : `stray symbol ${v.name}`) : `${typeName(v)} ${display(v)}`;
  const full = (src: string): string[] | string => {
    try {
      return readAll(src, "f", true).map((f) => shown(formToData(f)));
    } catch (e) {
      return e instanceof ReaderError ? e.text : String(e);
    }
  };

  it("reads like the full reader on random text", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\r", "\u000b", "\u00a0", "\u2003", "é", "(", ")", "'", "`", ",", ",@", '"', '"s"', ";c\n", "#t", "#f", "#x", ":k", "12", "-7", "1.5", "nan", "abc", "a-b?", "/v1/x", "2023-11-14T22:13:00Z", "9223372036854775808");
    let flat = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((xs) => xs.join("")), (src) => {
        const got = flatData(src);
        if (got === null) return;
        flat++;
        expect(got.map(shown)).toEqual(full(src));
      }),
      { numRuns: 3000 },
    );
    expect(flat).toBeGreaterThan(300);
  });

  it("keeps symbols interned when many names share a cache slot", () => {
    // 20 000 names over 4 096 slots: every slot is overwritten many times.
    const names = Array.from({ length: 20_000 }, (_, i) => `s${i.toString(36)}`);
    for (let round = 0; round < 2; round++) {
      const got = flatData(names.join(" "))!;
      expect(got.every((v, i) => v === Sym.of(names[i]!))).toBe(true);
    }
  });
});

describe("atom classes (spec §1.2)", () => {
  // The grammar as the spec writes it; the reader decides faster (first character, no BigInt
  // for short ints) and must agree on every atom.
  const INT = /^[+-]?[0-9]+$/;
  const FLOAT = /^[+-]?(?:inf|infinity|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?)$/i;
  const model = (t: string): string => {
    if (t === "#t" || t === "#f") return "bool";
    if (t.startsWith(":")) return "kw";
    if (INT.test(t)) {
      const b = BigInt(t);
      if (b >= -(2n ** 63n) && b < 2n ** 63n) return `int ${b}`;
    }
    if (FLOAT.test(t)) return "float";
    return "sym";
  };
  const shown = (t: string): string => {
    const f = classifyAtom(t, { file: "f", line: 1, col: 1, offset: 0, end: t.length });
    if (f.k === "int") return `int ${typeof f.v === "number" && Object.is(f.v, -0) ? "-0!" : String(f.v)}`;
    return f.k;
  };
  it("classifies like the grammar on random atoms", () => {
    const ch = fc.constantFrom(..."0123456789+-.eEiInNfFaAtTyY#:_x/".split(""), "inf", "Inf", "INFINITY", "nan", "NaN", "e+", "1.", ".5", "007");
    fc.assert(
      fc.property(fc.array(ch, { minLength: 1, maxLength: 8 }).map((cs) => cs.join("")), (t) => {
        expect(shown(t), t).toBe(model(t));
      }),
      { numRuns: 3000 },
    );
  });
  it("reads ints at the length and i64 edges exactly", () => {
    for (const t of ["-0", "+0", "000000000000007", "999999999999999", "-999999999999999", "9999999999999999", "9223372036854775807", "-9223372036854775808", "9223372036854775808"])
      expect(shown(t), t).toBe(model(t));
  });
});

describe("reader errors", () => {
  const cases: [string, string, number, number, RegExp][] = [
    ["(+ 1 (* 2", "unmatched opening paren", 1, 6, /closing `\)`/],
    ["(a))", "unmatched closing paren at position 0", 1, 4, /form or end of input/],
    ["'", "unexpected end of input", 1, 1, /form after the quote/],
    ['(x "abc', "unterminated string literal at position 3", 1, 4, /closing `"`/],
    ['"ab\\', "unterminated string literal at position 0", 1, 1, /closing `"`/],
  ];
  for (const [src, text, line, col, expected] of cases) {
    it(`${JSON.stringify(src)} → ${text} at ${line}:${col}`, () => {
      let err: unknown;
      try {
        readAll(src, "e.lisp");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ReaderError);
      const r = err as ReaderError;
      expect([r.text, r.span.line, r.span.col]).toEqual([text, line, col]);
      expect(r.message).toMatch(expected);
      expect(r.message.startsWith(`e.lisp:${line}:${col}: `)).toBe(true);
    });
  }
});

describe("malformed input never crashes or hangs", () => {
  it("reads 10 MB of random bytes with a positioned error or forms", () => {
    const bytes = new Uint8Array(10 * 1024 * 1024);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const src = new TextDecoder().decode(bytes);
    const o = runOnce(src, "random.bin");
    expect(["READERR", "ERR", "OK", "THROW"]).toContain(o.status);
  });

  it("reports deeply nested input without exhausting the stack", () => {
    expect(runOnce("(".repeat(200_000), "deep.lisp").status).toBe("READERR");
    const o = runOnce("(".repeat(200_000) + ")".repeat(200_000), "deep.lisp");
    expect(o.status).toBe("ERR");
    expect(o.status === "ERR" && o.error.tag).toBe("stack-overflow");
    expect(runOnce("'".repeat(100_000) + "x", "q.lisp").status).not.toBe("READERR");
  });

  it("compiles any string to valid IR and runs it to an outcome", () => {
    const atoms = fc.constantFrom("(", ")", "'", "`", ",", ",@", '"', "\\", ";", "\n", " ", "x", "1", "1.5", ":k", "#t", "if", "define", "let", "lambda", "quote", "try", "catch", "cond", "else", "&rest", "defmacro", "eval", "()", "é", "\u2028");
    fc.assert(
      fc.property(fc.array(atoms, { maxLength: 40 }), (parts) => {
        const src = parts.join(" ");
        compileToIR(src, "fuzz.lisp"); // validates its IR
        const o = runOnce(src, "fuzz.lisp");
        expect(["OK", "THROW", "ERR", "READERR"]).toContain(o.status);
      }),
      { numRuns: 1500 },
    );
  });
});
