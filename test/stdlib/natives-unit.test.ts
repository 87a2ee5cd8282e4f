import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LispError } from "../../runtime/errors/lisp-error.js";
import { withOutput } from "../../runtime/io/output.js";
import { add2, div2, max2, min2, mul2, numEq, numGe, numGt, numLe, numLt, sub2 } from "../../runtime/values/arith.js";
import { callProc } from "../../runtime/values/call.js";
import { SYNTHETIC } from "../../runtime/values/form.js";
import { fromBig, I64_MAX, I64_MIN, toBig } from "../../runtime/values/int64.js";
import { LMap } from "../../runtime/values/lmap.js";
import { display } from "../../runtime/values/printer.js";
import { typeName } from "../../runtime/values/type-name.js";
import { listOf } from "../../runtime/values/list-storage.js";
import { Closure, Kw, LErrorValue, LFloat, LPromise, Native, Sym, type Value } from "../../runtime/values/types.js";
import { NATIVES as ARITH } from "../../runtime/stdlib/natives/arithmetic.js";
import { NATIVES as COMPARE } from "../../runtime/stdlib/natives/compare.js";
import { NATIVES as ERRORS } from "../../runtime/stdlib/natives/errors.js";
import { NATIVES as IO } from "../../runtime/stdlib/natives/io.js";
import { NATIVES as LISTS } from "../../runtime/stdlib/natives/lists.js";
import { NATIVES as PREDICATES } from "../../runtime/stdlib/natives/predicates.js";
import { NATIVES as STRINGS } from "../../runtime/stdlib/natives/strings.js";
import { NATIVES as TYPES } from "../../runtime/stdlib/natives/types.js";

const ALL = [...ARITH, ...COMPARE, ...ERRORS, ...IO, ...LISTS, ...PREDICATES, ...STRINGS, ...TYPES];
const REG = new Map<string, Native>(ALL.map((n) => [n.name, n]));

const f = (x: number) => new LFloat(x);
const k = (s: string) => Kw.of(s);
const s = (n: string) => Sym.of(n);

/** A native's argument: a value, or a JS array standing for the list of its elements. */
type Arg = Value | readonly Arg[];
const lisp = (x: Arg): Value => (Array.isArray(x) ? listOf(x.map(lisp)) : (x as Value));

function call(name: string, ...args: Arg[]): Value {
  const fn = REG.get(name);
  if (fn === undefined) throw new Error(`no native ${name}`);
  return callProc(fn, args.map(lisp));
}

/** Display text and type name, the way the conformance corpus compares results. */
function ev(name: string, ...args: Arg[]): [string, string] {
  const v = call(name, ...args);
  return [display(v), typeName(v)];
}

function err(name: string, ...args: Arg[]): LispError {
  try {
    call(name, ...args);
  } catch (e) {
    if (e instanceof LispError) return e;
    throw e;
  }
  throw new Error(`${name} did not throw`);
}

/** [tag, short message] of the error a call raises. */
const errOf = (name: string, ...args: Arg[]): [string, string] => {
  const e = err(name, ...args);
  return [e.tag, e.shortMessage];
};

const typeMismatch = (expected: string, got: string): [string, string] => [
  "type-mismatch",
  `type mismatch: expected ${expected}, got ${got}`,
];
const DIV0: [string, string] = ["division-by-zero", "division by zero"];

function captured(body: () => Value): [Value, string] {
  let out = "";
  const v = withOutput((t) => (out += t), body);
  return [v, out];
}

const MAX = 2n ** 63n - 1n;
const MIN = -(2n ** 63n);

describe("registry", () => {
  it("has unique names with the Appendix A arities", () => {
    const arities: Record<string, string> = {
      "*": "0+", "+": "0+", "-": "1+", "/": "1+", "<": "2+", "<=": "2+", "=": "2+", ">": "2+", ">=": "2+",
      abs: "1", append: "*", "atom?": "1", "bit-and": "0+", "bit-not": "1", "bit-or": "0+",
      "bit-shift-left": "2", "bit-shift-right": "2", "bit-xor": "0+", "boolean?": "1", car: "1", cdr: "1",
      ceiling: "1", compare: "2", cons: "2", cos: "1", display: "1", drop: "2", "eq?": "2", "equal?": "2",
      error: "2-3", "error-data": "1", "error-data-get": "2", "error-message": "1", "error-tag": "1",
      "error?": "1", "ex-info": "1-2", exp: "1", expt: "2", floor: "1", "foreign?": "1", gcd: "0+",
      "integer?": "1", "is?": "2", "keyword->string": "1", "keyword?": "1", lcm: "0+", length: "1",
      list: "*", "list?": "1", log: "1-2", max: "1+", min: "1+", modulo: "2", newline: "0", nth: "2",
      "null?": "1", "number?": "1", "pair?": "1", "pr-str": "1", print: "1", println: "*",
      "procedure?": "1", "promise?": "1", reverse: "1", round: "1", sin: "1", sqrt: "1", string: "1",
      "string->keyword": "1", "string->symbol": "1", "string-append": "*", "string-length": "1",
      "string?": "1", "symbol->string": "1", "symbol?": "1", take: "2", tan: "1", the: "2", throw: "1",
      truncate: "1", "type-of": "1", "not=": "2",
    };
    const names = ALL.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of ALL) {
      const a =
        n.max === Infinity ? (n.min === 0 && ["append", "list", "println", "string-append"].includes(n.name) ? "*" : `${n.min}+`)
        : n.min === n.max ? `${n.min}` : `${n.min}-${n.max}`;
      expect([n.name, a]).toEqual([n.name, arities[n.name]]);
    }
    expect(names.sort()).toEqual(Object.keys(arities).sort());
  });

  it("checks arity before calling", () => {
    expect(errOf("-")).toEqual(["arity-mismatch", "`-` expected AtLeast(1), got 0"]);
    expect(errOf("car")).toEqual(["arity-mismatch", "`car` expected Exact(1), got 0"]);
    expect(errOf("log", 1, 2, 3)).toEqual(["arity-mismatch", "`log` expected Range(1, 2), got 3"]);
  });
});

describe("+ - * /", () => {
  it("adds, int until a float appears", () => {
    expect(ev("+")).toEqual(["0", "int"]);
    expect(ev("+", 1, 2, 3)).toEqual(["6", "int"]);
    expect(ev("+", 1, f(2.5))).toEqual(["3.5", "float"]);
    expect(ev("+", f(1), 2)).toEqual(["3", "float"]);
    expect(ev("+", MAX, 1)).toEqual(["-9223372036854775808", "int"]);
    expect(ev("+", 9007199254740991, 1)).toEqual(["9007199254740992", "int"]);
    expect(call("+", 9007199254740991, 1)).toBe(9007199254740992n);
    expect(ev("+", f(-0))).toEqual(["0", "float"]);
    expect(ev("+", f(-0), f(-0))).toEqual(["0", "float"]);
    expect(errOf("+", 1, "a", k("b"))).toEqual(typeMismatch("number", "string"));
    expect(errOf("+", s("x"))).toEqual(typeMismatch("number", "symbol"));
  });

  it("subtracts and negates", () => {
    expect(ev("-", 10, 3)).toEqual(["7", "int"]);
    expect(ev("-", 5)).toEqual(["-5", "int"]);
    expect(ev("-", f(0))).toEqual(["-0", "float"]);
    expect(ev("-", MIN)).toEqual(["-9223372036854775808", "int"]);
    expect(ev("-", 10, 1, f(0.5))).toEqual(["8.5", "float"]);
    expect(ev("-", MIN, 1)).toEqual(["9223372036854775807", "int"]);
    expect(call("-", 0)).toBe(0);
    expect(Object.is(call("-", 0), -0)).toBe(false);
    expect(errOf("-", "x")).toEqual(typeMismatch("number", "string"));
  });

  it("multiplies", () => {
    expect(ev("*")).toEqual(["1", "int"]);
    expect(ev("*", 2, f(0.5))).toEqual(["1", "float"]);
    expect(ev("*", 4294967296, 4294967296)).toEqual(["0", "int"]);
    expect(ev("*", 3037000500, 3037000500)).toEqual(["-9223372036709301616", "int"]);
    expect(Object.is(call("*", -1, 0), -0)).toBe(false);
  });

  it("divides exactly or in floats", () => {
    expect(ev("/", 6, 3)).toEqual(["2", "int"]);
    expect(ev("/", 8, 2, 2)).toEqual(["2", "int"]);
    expect(ev("/", 7, 2)).toEqual(["3.5", "float"]);
    expect(ev("/", 7, 2, 2)).toEqual(["1.75", "float"]);
    expect(ev("/", 5)).toEqual(["0.2", "float"]);
    expect(ev("/", 2)).toEqual(["0.5", "float"]);
    expect(ev("/", f(1), 4)).toEqual(["0.25", "float"]);
    expect(ev("/", 0, -5)).toEqual(["0", "int"]);
    expect(ev("/", MAX, 1)).toEqual(["9223372036854775807", "int"]);
    expect(ev("/", 2n ** 62n, 2n ** 61n)).toEqual(["2", "int"]);
    expect(errOf("/", 1, 0)).toEqual(DIV0);
    expect(errOf("/", 1, f(0))).toEqual(DIV0);
    expect(errOf("/", 1, f(-0))).toEqual(DIV0);
    expect(errOf("/", f(1.5), 2, 0)).toEqual(DIV0);
    expect(errOf("/", 0)).toEqual(DIV0);
    expect(errOf("/", f(0))).toEqual(DIV0);
    expect(errOf("/", "a", 0)).toEqual(typeMismatch("number", "string"));
    expect(errOf("/", 1, "a")).toEqual(typeMismatch("number", "string"));
  });
});

describe("binary helpers used by compiled code", () => {
  it("match the natives", () => {
    const samples: Value[] = [0, 1, -7, 3, MAX, MIN, 2n ** 60n, f(2.5), f(-0), f(0), f(NaN), f(Infinity)];
    const pairs: [string, (a: Value, b: Value) => Value][] = [
      ["+", add2], ["-", sub2], ["*", mul2], ["/", div2], ["min", min2], ["max", max2],
      ["=", numEq], ["<", numLt], ["<=", numLe], [">", numGt], [">=", numGe],
    ];
    const outcome = (g: () => Value): string => {
      try {
        const v = g();
        return `${display(v)}:${typeName(v)}`;
      } catch (e) {
        return e instanceof LispError ? `!${e.shortMessage}` : "?";
      }
    };
    for (const [name, fn] of pairs) {
      for (const a of samples) {
        for (const b of samples) {
          expect(`${name} ${display(a)} ${display(b)} ${outcome(() => fn(a, b))}`).toBe(
            `${name} ${display(a)} ${display(b)} ${outcome(() => call(name, a, b))}`,
          );
        }
      }
    }
    expect(() => add2("a", 1)).toThrow(LispError);
    expect(err("+", 1, "a").shortMessage).toBe("type mismatch: expected number, got string");
  });
});

describe("modulo abs min max expt", () => {
  it("modulo is Euclidean and int-only", () => {
    expect(ev("modulo", 17, 5)).toEqual(["2", "int"]);
    expect(ev("modulo", -7, 3)).toEqual(["2", "int"]);
    expect(ev("modulo", 7, -3)).toEqual(["1", "int"]);
    expect(ev("modulo", -7, -3)).toEqual(["2", "int"]);
    expect(ev("modulo", MIN, 3)).toEqual(["1", "int"]);
    expect(errOf("modulo", 7, 0)).toEqual(DIV0);
    expect(errOf("modulo", f(7), 2)).toEqual(typeMismatch("integer", "float"));
    expect(errOf("modulo", 7, "2")).toEqual(typeMismatch("integer", "string"));
  });

  it("abs keeps the kind", () => {
    expect(ev("abs", -5)).toEqual(["5", "int"]);
    expect(ev("abs", f(-2.5))).toEqual(["2.5", "float"]);
    expect(ev("abs", f(-0))).toEqual(["0", "float"]);
    expect(ev("abs", MIN)).toEqual(["-9223372036854775808", "int"]);
    expect(errOf("abs", "x")).toEqual(typeMismatch("number", "string"));
  });

  it("min/max return a float if any argument is a float", () => {
    expect(ev("min", 3, 1, 2)).toEqual(["1", "int"]);
    expect(ev("max", 3, 1, 2)).toEqual(["3", "int"]);
    expect(ev("min", 1, f(2))).toEqual(["1", "float"]);
    expect(ev("max", f(1), 2)).toEqual(["2", "float"]);
    expect(ev("min", 5)).toEqual(["5", "int"]);
    expect(ev("max", MIN, MAX)).toEqual(["9223372036854775807", "int"]);
    // NaN is ignored (Rust f64::min), and the fold starts from int i64::MAX / i64::MIN.
    expect(ev("min", 1, f(NaN))).toEqual(["1", "float"]);
    expect(ev("min", f(NaN))).toEqual(["9223372036854776000", "float"]);
    expect(ev("max", f(-1e19))).toEqual(["-9223372036854776000", "float"]);
    expect(ev("min", f(1e19), 5)).toEqual(["5", "float"]);
    expect(errOf("min", 1, "a")).toEqual(typeMismatch("number", "string"));
  });

  it("expt: int^0..63 wraps, otherwise powf", () => {
    expect(ev("expt", 2, 10)).toEqual(["1024", "int"]);
    expect(ev("expt", 2, 62)).toEqual(["4611686018427387904", "int"]);
    expect(ev("expt", 2, 63)).toEqual(["-9223372036854775808", "int"]);
    expect(ev("expt", 3, 40)).toEqual([String(BigInt.asIntN(64, 3n ** 40n)), "int"]);
    expect(ev("expt", -3, 5)).toEqual(["-243", "int"]);
    expect(ev("expt", 7, 0)).toEqual(["1", "int"]);
    expect(ev("expt", 2, 64)).toEqual(["18446744073709552000", "float"]);
    expect(ev("expt", 2, -1)).toEqual(["0.5", "float"]);
    expect(ev("expt", f(2), 3)).toEqual(["8", "float"]);
    expect(ev("expt", 1, f(NaN))).toEqual(["1", "float"]);
    expect(ev("expt", -1, f(Infinity))).toEqual(["1", "float"]);
    expect(errOf("expt", "a", 2)).toEqual(typeMismatch("number", "string"));
    expect(errOf("expt", 2, "b")).toEqual(typeMismatch("number", "string"));
  });
});

describe("float functions and rounding", () => {
  it("always return floats", () => {
    expect(ev("sqrt", 16)).toEqual(["4", "float"]);
    expect(ev("sqrt", -1)).toEqual(["NaN", "float"]);
    expect(ev("exp", 0)).toEqual(["1", "float"]);
    expect(ev("sin", 0)).toEqual(["0", "float"]);
    expect(ev("cos", 0)).toEqual(["1", "float"]);
    expect(ev("tan", 0)).toEqual(["0", "float"]);
    expect(ev("log", 1)).toEqual(["0", "float"]);
    expect(ev("log", 8, 2)).toEqual(["3", "float"]);
    expect(ev("log", 0)).toEqual(["-inf", "float"]);
    expect(errOf("sqrt", k("a"))).toEqual(typeMismatch("number", "keyword"));
    expect(errOf("log", 8, "b")).toEqual(typeMismatch("number", "string"));
  });

  it("floor/ceiling/truncate/round return ints", () => {
    expect(ev("floor", f(2.7))).toEqual(["2", "int"]);
    expect(ev("floor", f(-2.5))).toEqual(["-3", "int"]);
    expect(ev("ceiling", f(2.1))).toEqual(["3", "int"]);
    expect(ev("ceiling", f(-0.5))).toEqual(["0", "int"]);
    expect(ev("truncate", f(-2.7))).toEqual(["-2", "int"]);
    expect(ev("round", f(2.5))).toEqual(["3", "int"]);
    expect(ev("round", f(-2.5))).toEqual(["-3", "int"]);
    expect(ev("round", f(0.49999999999999994))).toEqual(["0", "int"]);
    expect(ev("round", f(-0.4))).toEqual(["0", "int"]);
    expect(ev("round", 7)).toEqual(["7", "int"]);
    expect(ev("floor", f(NaN))).toEqual(["0", "int"]);
    expect(ev("floor", f(Infinity))).toEqual(["9223372036854775807", "int"]);
    expect(ev("ceiling", f(-Infinity))).toEqual(["-9223372036854775808", "int"]);
    expect(ev("round", f(1e300))).toEqual(["9223372036854775807", "int"]);
    expect(ev("floor", f(1e17))).toEqual(["100000000000000000", "int"]);
    // An int argument goes through a double, as in the reference.
    expect(ev("floor", 9007199254740993n)).toEqual(["9007199254740992", "int"]);
    expect(errOf("floor", "x")).toEqual(typeMismatch("number", "string"));
  });
});

describe("gcd lcm bits", () => {
  it("gcd/lcm", () => {
    expect(ev("gcd")).toEqual(["0", "int"]);
    expect(ev("gcd", 12, 18)).toEqual(["6", "int"]);
    expect(ev("gcd", -12, 18, 8)).toEqual(["2", "int"]);
    expect(ev("gcd", 0, 5)).toEqual(["5", "int"]);
    expect(ev("lcm")).toEqual(["1", "int"]);
    expect(ev("lcm", 4, 6)).toEqual(["12", "int"]);
    expect(ev("lcm", -4, 6, 5)).toEqual(["60", "int"]);
    expect(ev("lcm", 4, 0, 6)).toEqual(["0", "int"]);
    expect(errOf("gcd", f(2), 4)).toEqual(typeMismatch("integer", "float"));
    expect(errOf("lcm", 2, "4")).toEqual(typeMismatch("integer", "string"));
  });

  it("bitwise ops", () => {
    expect(ev("bit-and", 12, 10)).toEqual(["8", "int"]);
    expect(ev("bit-or", 12, 10)).toEqual(["14", "int"]);
    expect(ev("bit-xor", 12, 10)).toEqual(["6", "int"]);
    expect(ev("bit-and")).toEqual(["-1", "int"]);
    expect(ev("bit-or")).toEqual(["0", "int"]);
    expect(ev("bit-xor")).toEqual(["0", "int"]);
    expect(ev("bit-not", 0)).toEqual(["-1", "int"]);
    expect(ev("bit-not", MAX)).toEqual(["-9223372036854775808", "int"]);
    expect(ev("bit-and", 2 ** 40 + 5, 2 ** 40 + 3)).toEqual([String(2 ** 40 + 1), "int"]);
    expect(ev("bit-or", -1, MIN)).toEqual(["-1", "int"]);
    expect(ev("bit-xor", MAX, -1)).toEqual(["-9223372036854775808", "int"]);
    expect(errOf("bit-and", 1, f(1))).toEqual(typeMismatch("integer", "float"));
  });

  it("shifts: count mod 64, arithmetic right shift", () => {
    expect(ev("bit-shift-left", 1, 4)).toEqual(["16", "int"]);
    expect(ev("bit-shift-right", 16, 2)).toEqual(["4", "int"]);
    expect(ev("bit-shift-left", 1, 64)).toEqual(["1", "int"]);
    expect(ev("bit-shift-left", 1, 63)).toEqual(["-9223372036854775808", "int"]);
    expect(ev("bit-shift-left", 3, 62)).toEqual(["-4611686018427387904", "int"]);
    expect(ev("bit-shift-left", 1, 60)).toEqual(["1152921504606846976", "int"]);
    expect(ev("bit-shift-left", 1, -1)).toEqual(["-9223372036854775808", "int"]);
    expect(ev("bit-shift-right", -16, 2)).toEqual(["-4", "int"]);
    expect(ev("bit-shift-right", -1, 63)).toEqual(["-1", "int"]);
    expect(ev("bit-shift-right", -5, 1)).toEqual(["-3", "int"]);
    expect(ev("bit-shift-right", MIN, 63)).toEqual(["-1", "int"]);
    expect(ev("bit-shift-right", 256, 66)).toEqual(["64", "int"]);
    expect(errOf("bit-shift-left", 1, f(2))).toEqual(typeMismatch("integer", "float"));
  });
});

describe("comparison", () => {
  it("numeric chains", () => {
    expect(call("<", 1, 2, 3)).toBe(true);
    expect(call("<", 1, 3, 2)).toBe(false);
    expect(call("=", 1, f(1))).toBe(true);
    expect(call("=", 1, 1, 1)).toBe(true);
    expect(call("<=", 1, 1, 2)).toBe(true);
    expect(call(">=", 3, 3, 4)).toBe(false);
    expect(call(">", MAX, MAX - 1n, 0, MIN)).toBe(true);
    expect(call("=", MAX, f(9223372036854775807))).toBe(true); // as floats
    expect(call("<", 2n ** 60n, 2n ** 60n + 1n)).toBe(true);
    expect(call("=", f(NaN), f(NaN))).toBe(false);
    expect(call("<", f(NaN), 1)).toBe(false);
    expect(errOf("=", s("a"), 1)).toEqual(typeMismatch("number", "symbol"));
    expect(errOf("<", 1, "a")).toEqual(typeMismatch("number", "string"));
    // A false pair stops the chain before a later non-number is examined.
    expect(call("<", 2, 1, "a")).toBe(false);
    expect(errOf("=")).toEqual(["arity-mismatch", "`=` expected AtLeast(2), got 0"]);
  });

  it("eq? / equal? / not=", () => {
    const lst: Value = listOf([1]);
    expect(call("eq?", "a", "a")).toBe(true);
    expect(call("eq?", f(1), f(1))).toBe(true);
    expect(call("eq?", [1], [1])).toBe(false);
    expect(call("eq?", lst, lst)).toBe(true);
    expect(call("equal?", [1, [2]], [1, [2]])).toBe(true);
    expect(call("equal?", 1, f(1))).toBe(false);
    expect(call("equal?", [], null)).toBe(false);
    expect(call("eq?", REG.get("car")!, REG.get("car")!)).toBe(true);
    const m = LMap.fromPairs([k("a"), 1]);
    expect(call("equal?", m, m)).toBe(false);
    expect(call("not=", 1, 2)).toBe(true);
    expect(call("not=", [1], [1])).toBe(false);
  });

  it("compare", () => {
    expect(call("compare", 1, 2)).toBe(-1);
    expect(call("compare", 2, 2)).toBe(0);
    expect(call("compare", 3, 2)).toBe(1);
    expect(call("compare", 1, f(1.5))).toBe(-1);
    expect(call("compare", f(2), 2)).toBe(0);
    expect(call("compare", f(NaN), 1)).toBe(0);
    expect(call("compare", MAX, MAX - 1n)).toBe(1);
    expect(call("compare", "a", "b")).toBe(-1);
    expect(call("compare", "b", "ab")).toBe(1);
    expect(call("compare", "ab", "abc")).toBe(-1);
    expect(call("compare", "\u{ff61}", "\u{1f600}")).toBe(-1); // code point, not UTF-16, order
    expect(call("compare", s("b"), s("a"))).toBe(1);
    expect(call("compare", k("a"), k("a"))).toBe(0);
    expect(errOf("compare", 1, "a")).toEqual(typeMismatch("comparable values of the same kind", "int vs string"));
    expect(errOf("compare", s("a"), k("a"))).toEqual(
      typeMismatch("comparable values of the same kind", "symbol vs keyword"),
    );
    expect(errOf("compare", null, null)).toEqual(typeMismatch("comparable values of the same kind", "nil vs nil"));
  });
});

describe("predicates", () => {
  const clo = new Closure(["x"], null, () => null);
  it("distinguish nil from the empty list", () => {
    expect([call("null?", null), call("null?", []), call("null?", [1]), call("null?", false)]).toEqual([true, true, false, false]);
    expect([call("pair?", null), call("pair?", []), call("pair?", [1])]).toEqual([false, false, true]);
    expect([call("list?", null), call("list?", []), call("list?", "x")]).toEqual([true, true, false]);
  });
  it("test kinds", () => {
    expect([call("integer?", 1), call("integer?", f(1)), call("integer?", MAX)]).toEqual([true, false, true]);
    expect([call("number?", 1), call("number?", f(1)), call("number?", "1")]).toEqual([true, true, false]);
    expect([call("symbol?", s("a")), call("symbol?", k("a"))]).toEqual([true, false]);
    expect([call("keyword?", k("a")), call("keyword?", "a")]).toEqual([true, false]);
    expect([call("string?", "a"), call("boolean?", false), call("boolean?", null)]).toEqual([true, true, false]);
    expect([call("procedure?", clo), call("procedure?", REG.get("car")!), call("procedure?", s("car"))]).toEqual([true, true, false]);
    expect([call("foreign?", 1), call("promise?", new LPromise(null)), call("promise?", 1)]).toEqual([false, true, false]);
    const e = new LErrorValue("x", "y", []);
    expect([call("error?", e), call("error?", 42)]).toEqual([true, false]);
    expect(
      [null, [], [1], clo, REG.get("car")!, 1, "s", LMap.EMPTY, e, k("a")].map((v) => call("atom?", v)),
    ).toEqual([false, false, false, false, false, true, true, true, true, true]);
  });
});

describe("lists", () => {
  it("list/car/cdr/cons", () => {
    expect(ev("list")).toEqual(["()", "list"]);
    expect(ev("list", 1, "a", k("k"))).toEqual(['(1 "a" :k)', "list"]);
    expect(ev("car", [1, 2])).toEqual(["1", "int"]);
    expect(errOf("car", [])).toEqual(["native-fn", "in native `car`: car of empty list"]);
    expect(err("car", null).displayText).toBe("in native fn car: car of empty list");
    expect(errOf("car", 5)).toEqual(typeMismatch("pair", "int"));
    expect(ev("cdr", [1, 2, 3])).toEqual(["(2 3)", "list"]);
    expect(ev("cdr", [1])).toEqual(["()", "nil"]);
    expect(errOf("cdr", null)).toEqual(["native-fn", "in native `cdr`: cdr of empty list"]);
    expect(errOf("cdr", "abc")).toEqual(typeMismatch("pair", "string"));
    expect(ev("cons", 0, [1, 2])).toEqual(["(0 1 2)", "list"]);
    expect(ev("cons", 1, null)).toEqual(["(1)", "list"]);
    expect(ev("cons", 1, [])).toEqual(["(1)", "list"]);
    expect(ev("cons", 1, 2)).toEqual(["(1 2)", "list"]);
    // cons onto a list leaves it as it was, also when it shares storage with the result.
    const xs = listOf([1, 2]);
    const ys = call("cons", 0, xs);
    call("cons", 9, xs);
    call("cons", 8, ys);
    expect([display(xs), display(ys)]).toEqual(["(1 2)", "(0 1 2)"]);
  });

  it("length/reverse/append", () => {
    expect(ev("length", [1, 2, 3])).toEqual(["3", "int"]);
    expect(ev("length", null)).toEqual(["0", "int"]);
    expect(errOf("length", "abc")).toEqual(typeMismatch("list", "string"));
    expect(ev("reverse", [1, 2, 3])).toEqual(["(3 2 1)", "list"]);
    expect(ev("reverse", null)).toEqual(["()", "nil"]);
    expect(ev("reverse", [])).toEqual(["()", "list"]);
    expect(errOf("reverse", 1)).toEqual(typeMismatch("list", "int"));
    const xs = listOf([1, 2, 3]);
    call("reverse", xs);
    expect(display(xs)).toBe("(1 2 3)");
    expect(ev("append", [1, 2], [3, 4])).toEqual(["(1 2 3 4)", "list"]);
    expect(ev("append", null, [1], [], [2])).toEqual(["(1 2)", "list"]);
    expect(ev("append")).toEqual(["()", "nil"]);
    expect(ev("append", [], null)).toEqual(["()", "nil"]);
    expect(call("append", xs) === xs).toBe(false);
    expect(errOf("append", [1], 2)).toEqual(typeMismatch("list", "int"));
  });

  it("take/drop/nth", () => {
    expect(ev("take", 2, [1, 2, 3])).toEqual(["(1 2)", "list"]);
    expect(ev("take", 10, [1, 2])).toEqual(["(1 2)", "list"]);
    expect(ev("take", -1, [1, 2])).toEqual(["()", "list"]);
    expect(ev("take", 2, null)).toEqual(["()", "list"]);
    expect(ev("take", MAX, [1])).toEqual(["(1)", "list"]);
    expect(ev("drop", 1, [1, 2, 3])).toEqual(["(2 3)", "list"]);
    expect(ev("drop", 5, [1, 2, 3])).toEqual(["()", "list"]);
    expect(ev("drop", -3, [1, 2])).toEqual(["(1 2)", "list"]);
    expect(ev("drop", 0, null)).toEqual(["()", "list"]);
    expect(errOf("take", f(1), [1])).toEqual(typeMismatch("integer", "float"));
    expect(errOf("take", 1, "ab")).toEqual(typeMismatch("list", "string"));
    expect(errOf("take", "x", "ab")).toEqual(typeMismatch("integer", "string"));
    expect(ev("nth", 1, [10, 20, 30])).toEqual(["20", "int"]);
    expect(ev("nth", 3, [10, 20, 30])).toEqual(["()", "nil"]);
    expect(ev("nth", -1, [10, 20, 30])).toEqual(["()", "nil"]);
    expect(ev("nth", 0, null)).toEqual(["()", "nil"]);
    expect(ev("nth", MAX, [1])).toEqual(["()", "nil"]);
    expect(errOf("nth", 0, 5)).toEqual(typeMismatch("list", "int"));
  });
});

describe("strings", () => {
  it("string-length counts code points", () => {
    expect(call("string-length", "héllo")).toBe(5);
    expect(call("string-length", "a😀b")).toBe(3);
    expect(call("string-length", "")).toBe(0);
    expect(errOf("string-length", s("abc"))).toEqual(typeMismatch("string", "symbol"));
  });
  it("string-append / string / pr-str", () => {
    expect(call("string-append")).toBe("");
    expect(call("string-append", "a", "b", "c")).toBe("abc");
    expect(errOf("string-append", "a", 1)).toEqual(typeMismatch("string", "int"));
    expect(call("string", "hi")).toBe("hi");
    expect(call("string", 7)).toBe("7");
    expect(call("string", ["a", 1, k("k")])).toBe('("a" 1 :k)');
    expect(call("string", f(1))).toBe("1");
    expect(call("pr-str", "hello")).toBe('"hello"');
    expect(ev("pr-str", "hello")).toEqual(['"\\"hello\\""', "string"]);
    expect(call("pr-str", null)).toBe("()");
  });
  it("symbol/keyword conversions", () => {
    expect(call("symbol->string", s("abc"))).toBe("abc");
    expect(call("keyword->string", k("abc"))).toBe("abc");
    expect(call("string->symbol", "a b")).toBe(s("a b"));
    expect(call("string->keyword", "k")).toBe(k("k"));
    expect(errOf("symbol->string", k("a"))).toEqual(typeMismatch("symbol", "keyword"));
    expect(errOf("keyword->string", "a")).toEqual(typeMismatch("keyword", "string"));
    expect(errOf("string->symbol", s("a"))).toEqual(typeMismatch("string", "symbol"));
    expect(errOf("string->keyword", 1)).toEqual(typeMismatch("string", "int"));
  });
});

describe("io", () => {
  it("writes Display text (strings quoted) and returns nil", () => {
    expect(captured(() => call("display", "hi"))).toEqual([null, '"hi"']);
    expect(captured(() => call("display", [1, f(2)]))).toEqual([null, "(1 2)"]);
    expect(captured(() => call("print", k("a")))).toEqual([null, ":a\n"]);
    expect(captured(() => call("println", 1, "b", null))).toEqual([null, '1 "b" ()\n']);
    expect(captured(() => call("println"))).toEqual([null, "\n"]);
    expect(captured(() => call("newline"))).toEqual([null, "\n"]);
  });
});

describe("error objects", () => {
  it("error / ex-info build values", () => {
    expect(ev("error", k("validation"), "bad input")).toEqual(['#<error :validation "bad input">', "error"]);
    expect(ev("error", s("tag"), "m")).toEqual(['#<error :tag "m">', "error"]);
    expect(ev("error", "str-tag", "m", null)).toEqual(['#<error :str-tag "m">', "error"]);
    expect(ev("ex-info", "validation failed", [k("field"), "email", k("code"), 42])).toEqual([
      '#<error :ex-info "validation failed" {:field "email" :code 42}>',
      "error",
    ]);
    expect(errOf("error", 1, "m")).toEqual(typeMismatch("keyword/symbol/string", "int"));
    expect(errOf("error", k("t"), k("m"))).toEqual(typeMismatch("string", "keyword"));
    expect(errOf("error", k("t"), "m", 5)).toEqual(typeMismatch("plist (list)", "int"));
    expect(errOf("ex-info", "m", [k("a")])).toEqual([
      "native-fn",
      "in native `plist`: plist must have even number of elements (k v k v ...)",
    ]);
    expect(err("ex-info", "m", [k("a")]).displayText).toBe(
      "in native fn plist: plist must have even number of elements (k v k v ...)",
    );
    expect(errOf("ex-info", 1)).toEqual(typeMismatch("string", "int"));
  });

  it("accessors", () => {
    const e = call("ex-info", "oops", [k("user-id"), 42, [1], "list-key"]);
    expect(ev("error-tag", e)).toEqual([":ex-info", "keyword"]);
    expect(ev("error-message", e)).toEqual(['"oops"', "string"]);
    expect(ev("error-data", e)).toEqual(['(:user-id 42 (1) "list-key")', "list"]);
    expect(ev("error-data-get", e, k("user-id"))).toEqual(["42", "int"]);
    expect(ev("error-data-get", e, [1])).toEqual(['"list-key"', "string"]);
    expect(ev("error-data-get", e, k("nope"))).toEqual(["()", "nil"]);
    expect(ev("error-data", call("error", k("x"), "y"))).toEqual(["()", "list"]);
    for (const name of ["error-tag", "error-message", "error-data"]) {
      expect(errOf(name, 42)).toEqual(typeMismatch("error", "int"));
    }
    expect(errOf("error-data-get", "e", k("a"))).toEqual(typeMismatch("error", "string"));
  });

  it("throw raises any value as a user error", () => {
    const e = err("throw", 42);
    expect(e.tag).toBe("user");
    expect(e.detail).toEqual({ kind: "user", value: 42 });
    expect(e.shortMessage).toBe("uncaught: 42");
    const ev2 = call("ex-info", "boom", [k("code"), 500]);
    const e2 = err("throw", ev2);
    expect(e2.detail.kind === "user" && e2.detail.value).toBe(ev2);
    expect(e2.displayText).toBe('user error: #<error :ex-info "boom" {:code 500}>');
  });
});

describe("type-of / is? / the", () => {
  it("type-of", () => {
    const vals: Arg[] = [42, f(3.14), true, "hi", [1, 2], LMap.fromPairs([k("a"), 1]), null, [], s("a"), k("a")];
    expect(vals.map((v) => display(call("type-of", v)))).toEqual([
      ":int", ":float", ":bool", ":string", ":list", ":map", ":nil", ":list", ":symbol", ":keyword",
    ]);
    expect(call("type-of", REG.get("car")!)).toBe(k("procedure"));
    expect(call("type-of", new Closure([], null, () => null))).toBe(k("procedure"));
    expect(call("type-of", new LErrorValue("a", "b", []))).toBe(k("error"));
    expect(call("type-of", new LPromise(null))).toBe(k("promise"));
  });

  it("is?", () => {
    expect([call("is?", 42, k("int")), call("is?", 42, k("string")), call("is?", 42, k("any"))]).toEqual([true, false, true]);
    expect([call("is?", 42, k("number")), call("is?", f(3.14), k("number")), call("is?", "x", k("number"))]).toEqual([true, true, false]);
    expect([call("is?", [], k("nil")), call("is?", null, k("list")), call("is?", null, k("nil"))]).toEqual([false, true, true]);
    expect(call("is?", 1, k("unknown-type"))).toBe(false);
    const listOfInt = [k("list-of"), k("int")];
    expect([call("is?", [1, 2, 3], listOfInt), call("is?", [1, "x"], listOfInt), call("is?", [], listOfInt), call("is?", null, listOfInt)]).toEqual([true, false, true, true]);
    expect(call("is?", [[1, 2], [3]], [k("list-of"), listOfInt])).toBe(true);
    const mapOf = [k("map-of"), k("keyword"), k("int")];
    expect([call("is?", LMap.fromPairs([k("a"), 1, k("b"), 2]), mapOf), call("is?", LMap.fromPairs([k("a"), "x"]), mapOf), call("is?", 1, mapOf)]).toEqual([true, false, false]);
    const union = [k("union"), k("string"), k("int")];
    expect([call("is?", 42, union), call("is?", "x", union), call("is?", true, union)]).toEqual([true, true, false]);
    const fnT = [k("fn"), [k("int")], s("->"), k("int")];
    expect([call("is?", REG.get("car")!, fnT), call("is?", 42, fnT)]).toEqual([true, false]);
  });

  it("malformed specs raise, with a synthetic span", () => {
    const e = err("is?", 1, [k("bogus"), k("int")]);
    expect([e.tag, e.shortMessage]).toEqual(["native-fn", "in native `type-check`: unknown parametric type: bogus"]);
    expect(e.span).toBe(SYNTHETIC);
    expect(errOf("is?", 1, "int")).toEqual(["native-fn", 'in native `type-check`: type spec must be a keyword or list, got "int"']);
    expect(errOf("is?", 1, null)).toEqual(["native-fn", "in native `type-check`: type spec must be a keyword or list, got ()"]);
    expect(errOf("is?", 1, [])).toEqual(["native-fn", "in native `type-check`: type spec must be a keyword or list, got ()"]);
    expect(errOf("is?", 1, [1, 2])).toEqual(["native-fn", "in native `type-check`: type spec list must start with a keyword"]);
    expect(errOf("is?", [1], [k("list-of")])).toEqual(["native-fn", "in native `type-check`: (:list-of T) takes exactly one type argument"]);
    expect(errOf("the", [k("map-of"), k("int")], LMap.EMPTY)).toEqual(["native-fn", "in native `type-check`: (:map-of K V) takes exactly two type arguments"]);
  });

  it("the returns the value or throws a :type-mismatch error object", () => {
    expect(call("the", k("int"), 42)).toBe(42);
    expect(call("the", k("any"), 99)).toBe(99);
    const e = err("the", k("int"), "not an int");
    expect(e.tag).toBe("user");
    const v = e.detail.kind === "user" ? e.detail.value : null;
    expect([display(v), typeName(v)]).toEqual([
      '#<error :type-mismatch "expected :int, got :string" {:expected :int :got :string}>',
      "error",
    ]);
    const e2 = err("the", [k("list-of"), k("int")], new Closure(["x"], null, () => null));
    const v2 = e2.detail.kind === "user" ? e2.detail.value : null;
    expect(display(v2)).toBe(
      '#<error :type-mismatch "expected (:list-of :int), got :procedure" {:expected (:list-of :int) :got :procedure}>',
    );
  });
});

describe("int + and - (the compiled code's helpers)", () => {
  // Values clustered around the boundaries the fast paths test: int32, safe integers, i64.
  const edges = [0n, 1n, 2n ** 31n, 2n ** 53n, 2n ** 63n].flatMap((e) => [e - 2n, e - 1n, e, e + 1n, -e - 1n, -e, -e + 1n]);
  const int = fc
    .oneof(fc.constantFrom(...edges), fc.bigInt({ min: -(2n ** 32n), max: 2n ** 32n }), fc.bigInt({ min: I64_MIN, max: I64_MAX }))
    .filter((b) => b >= I64_MIN && b <= I64_MAX)
    .map(fromBig);
  const wrap = (b: bigint): bigint => BigInt.asIntN(64, b);

  it("wrap like i64, and come back in the one representation of their value", () => {
    fc.assert(
      fc.property(int, int, (a, b) => {
        for (const [op, model] of [[add2, (x: bigint, y: bigint) => x + y], [sub2, (x: bigint, y: bigint) => x - y]] as const) {
          // fromBig is the one representation rule (a number when safe, else a bigint); toBe
          // compares with Object.is, so a -0 or a wrongly represented int fails too.
          expect(op(a, b)).toBe(fromBig(wrap(model(toBig(a), toBig(b)))));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
