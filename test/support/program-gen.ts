/**
 * Random, well-formed tatara-lisp programs (as source text) for the differential test
 * (test/language/differential.test.ts), which runs each one on both engines and compares the outcomes.
 * The generators track which names are in scope and which can be called, so that most programs
 * get past the first form, and every call graph they build is acyclic except for the explicit
 * recursion templates, whose depth is bounded: the programs always terminate quickly.
 * Names and string contents are deliberately hostile to JS code generation (JS keywords,
 * `$r`-style runtime names, JS globals such as `Array`, `__proto__`, comment closers,
 * `</script>`, U+2028, lone surrogates, NUL…).
 */
import fc from "fast-check";

type A = fc.Arbitrary<string>;

// ───────────────────────────────────────────────────────────────────────── names and literals

/** Symbols that are awkward as JS identifiers or property names. All read as Lisp symbols. */
export const HOSTILE_NAMES: readonly string[] = [
  "new", "class", "function", "this", "arguments", "$r", "$p", "$t1", "$s", "$U", "$P", "$",
  "$$", "$0", "__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "prototype",
  "x-y", "a?", "b!", "*star*", "<=>", "a/b", "n$1", "_", "ünï", "λ", "var", "let1", "undefined",
  "null", "typeof", "delete", "void", "yield", "await", "static", "super", "import", "export",
  "default", "return", "catch", "finally", "throw0", "in", "of", "instanceof", "Object", "Math",
  "globalThis", "Symbol", "1+", "-x", ".", "a.b", "[a]", "{b}", "a\\b", "x@y", "%", "^", "~",
  "#foo", "nil", "true", "false", "else", "NaN1", "😀", "a_b",
  // JS globals and built-ins: emitted code must reach none of them by name.
  "Array", "Map", "Set", "WeakMap", "Number", "String", "Boolean", "BigInt", "JSON", "Error",
  "TypeError", "RangeError", "Reflect", "Function", "Promise", "Date", "isNaN", "parseInt",
  "run", "$X", "$n", "$e",
];

/** Special-form names are legal binding names (only the head position is special). */
const SPECIAL_FORM_VALUE_NAMES = ["quote", "lambda", "begin", "if", "define", "set!", "let"];

/** Stdlib globals the generators never call, so shadowing or redefining them is harmless. */
const SHADOWABLE_BUILTINS = ["zero?", "count", "flatten", "max-by", "positive?"];

const PLAIN_NAMES = ["x", "y", "z", "n", "m", "acc", "f", "g", "h", "k", "v", "xs"];

export interface GenOptions {
  /** Pool of names for variables, parameters and functions. */
  readonly names: readonly string[];
  /** Relative weight of string literals among atoms. */
  readonly stringWeight: number;
  /** Relative weight of output forms among compound expressions. */
  readonly outputWeight: number;
}

export const MIXED: GenOptions = {
  names: [...PLAIN_NAMES, ...PLAIN_NAMES, ...HOSTILE_NAMES, ...SHADOWABLE_BUILTINS],
  stringWeight: 2,
  outputWeight: 2,
};
export const HOSTILE: GenOptions = {
  names: [...HOSTILE_NAMES, ...SPECIAL_FORM_VALUE_NAMES, ...SHADOWABLE_BUILTINS],
  stringWeight: 6,
  outputWeight: 5,
};

/** Pieces of a string literal, as they appear in the source between the quotes. */
const STRING_PIECES: readonly string[] = [
  "abc", " ", "x", "\\\"", "\\\\", "\\n", "\\t", "\\r", "\\a", "\\u2028", "\\0", "*/", "/*",
  "</script>", "<!--", "${", "${x}", "`", "'", "\u2028", "\u2029", "😀", "\ud800", "\udc00",
  "\udbff", "\0", "\n", "\t", "\r", "\r\n", "\u00a0", "é", "e\u0301", "\u200b", "\ufffe", "\x7f",
  "\x1b", "\x01", "λ", "$r", "$p", "__proto__", "(", ")", ";", "');//", "\\\u2028", "\\\ud800",
  "#t", ":k", ",@", '\\"+\\"',
];

const INTS = ["0", "1", "2", "3", "-1", "-7", "10", "42", "+5", "-0", "100", "255"];
const BIG_INTS = [
  "9223372036854775807", "-9223372036854775808", "9007199254740993", "4611686018427387904",
  "2147483648", "-2147483649", "4294967296", "9223372036854775808",
];
const FLOATS = [
  "1.5", "-0.0", "2.0", "0.1", "0.2", "-2.5", "1e21", "1e-7", ".5", "1.", "3.14159", "1e308",
  "inf", "-inf", "nan", "0.0", "100.0", "2.5e3",
];

// ───────────────────────────────────────────────────────────────────────── combinators

/** Weighted choice among lazily built arbitraries (only the chosen branch is constructed). */
function choose(branches: ReadonlyArray<readonly [number, () => A]>): A {
  const live = branches.filter(([w]) => w > 0);
  const total = live.reduce((s, [w]) => s + w, 0);
  return fc.noBias(fc.integer({ min: 0, max: total - 1 })).chain((r) => {
    for (const [w, thunk] of live) {
      if (r < w) return thunk();
      r -= w;
    }
    return live[live.length - 1]![1]();
  });
}

function pick<T>(xs: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...xs);
}

function count(min: number, max: number): fc.Arbitrary<number> {
  return fc.noBias(fc.integer({ min, max }));
}

/** `n` independent draws of `gen`, joined by spaces, with `n` in [min, max]. */
function many(gen: () => A, min: number, max: number): A {
  return count(min, max).chain((n) => (n === 0 ? fc.constant("") : fc.tuple(...Array.from({ length: n }, gen)).map((xs) => xs.join(" "))));
}

/** `(head arg…)` from arbitraries / fixed strings. */
function form(...parts: ReadonlyArray<A | string>): A {
  const arbs = parts.map((p) => (typeof p === "string" ? fc.constant(p) : p));
  return fc.tuple(...arbs).map((xs) => `(${xs.filter((x) => x !== "").join(" ")})`);
}

/** Distinct names from the pool. */
function distinctNames(pool: readonly string[], min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(pick(pool), { minLength: min, maxLength: max });
}

// ───────────────────────────────────────────────────────────────────────── scope

interface Fn {
  readonly name: string;
  readonly arity: number;
  readonly rest: boolean;
}

interface Ctx {
  readonly opts: GenOptions;
  /** Names bound to (or meant to be bound to) values. */
  readonly vars: readonly string[];
  /** Functions that may be called from here without creating a call cycle. */
  readonly fns: readonly Fn[];
  /**
   * Names nested forms never assign or define: the global functions (keeps the call graph
   * acyclic) and a recursion template's counters (keeps the recursion bounded).
   */
  readonly reserved: ReadonlySet<string>;
  /** Remaining nesting budget. */
  readonly depth: number;
}

function deeper(c: Ctx, by = 1): Ctx {
  return { ...c, depth: c.depth - by };
}

/** Bind `names` as values: they become variables and shadow any callable of the same name. */
function bindValues(c: Ctx, names: readonly string[]): Ctx {
  const set = new Set(names);
  return { ...c, vars: [...c.vars.filter((v) => !set.has(v)), ...names], fns: c.fns.filter((f) => !set.has(f.name)) };
}

function bindFn(c: Ctx, fn: Fn): Ctx {
  return { ...c, vars: c.vars.filter((v) => v !== fn.name), fns: [...c.fns.filter((f) => f.name !== fn.name), fn] };
}

/** Names a nested `define` may bind: anything but the global functions. */
function definable(c: Ctx): string[] {
  return c.opts.names.filter((n) => !c.reserved.has(n));
}

/** Names usable for functions: a special-form name in head position would not be a call. */
function fnNamePool(names: readonly string[]): string[] {
  return names.filter((n) => !SPECIAL_FORM_VALUE_NAMES.includes(n));
}

export function topCtx(opts: GenOptions, depth: number): Ctx {
  return { opts, vars: [], fns: [], reserved: new Set(), depth };
}

// ───────────────────────────────────────────────────────────────────────── atoms

function symbolName(c: Ctx): fc.Arbitrary<string> {
  return pick(c.opts.names);
}

export function stringLit(): A {
  return fc.array(pick(STRING_PIECES), { maxLength: 5 }).map((ps) => `"${ps.join("")}"`);
}

function keyword(c: Ctx): A {
  return choose([
    [8, () => symbolName(c).map((n) => `:${n}`)],
    [1, () => pick([":", "::x", ":a:b", ":1", ":#t", ":k", ":else"])],
  ]);
}

function intLit(): A {
  return choose([
    [8, () => pick(INTS)],
    [2, () => pick(BIG_INTS)],
    [2, () => fc.integer({ min: -1000, max: 1000 }).map(String)],
  ]);
}

function floatLit(): A {
  return choose([
    [6, () => pick(FLOATS)],
    [2, () => fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((d) => (Number.isInteger(d) ? d.toFixed(1) : String(d)))],
  ]);
}

function quotedDatum(c: Ctx, depth: number): A {
  const item = (): A =>
    choose([
      [4, () => symbolName(c)],
      [2, () => intLit()],
      [1, () => floatLit()],
      [2, () => stringLit()],
      [1, () => keyword(c)],
      [1, () => pick(["#t", "#f", "()", "nil"])],
      [depth > 0 ? 2 : 0, () => quotedDatum(c, depth - 1).map((d) => `(${d})`)],
      [depth > 0 ? 1 : 0, () => quotedDatum(c, depth - 1).map((d) => `'(${d})`)],
    ]);
  return many(item, 0, 4);
}

function varRef(c: Ctx): A {
  return c.vars.length > 0 ? pick(c.vars) : symbolName(c);
}

function atom(c: Ctx): A {
  return choose([
    [c.vars.length > 0 ? 10 : 0, () => varRef(c)],
    [6, () => intLit()],
    [3, () => floatLit()],
    [c.opts.stringWeight, () => stringLit()],
    [2, () => pick(["#t", "#f"])],
    [2, () => keyword(c)],
    [2, () => symbolName(c).map((n) => `'${n}`)],
    [2, () => quotedDatum(c, 1).map((d) => `'(${d})`)],
    [1, () => pick(["()", "'()", "(list)"])],
    [1, () => pick(["car", "+", "inc", "list", "map", "range", "identity"])], // functions as values
    [c.fns.length > 0 ? 1 : 0, () => pick(c.fns.map((f) => f.name))],
  ]);
}

// ───────────────────────────────────────────────────────────────────────── expressions

export function expr(c: Ctx): A {
  if (c.depth <= 0) return atom(c);
  const d = deeper(c);
  return choose([
    [12, () => atom(c)],
    [6, () => arith(d)],
    [3, () => compare(d)],
    [4, () => listOp(d)],
    [3, () => hof(d)],
    [4, () => ifForm(d)],
    [2, () => condForm(d)],
    [2, () => whenUnless(d)],
    [3, () => andOr(d)],
    [3, () => form("begin", body(d, 0, 3))],
    [4, () => letForm(d)],
    [3, () => lambdaCall(d)],
    [2, () => lambdaValue(d)],
    [c.fns.length > 0 ? 5 : 0, () => callFn(d)],
    [c.vars.length > 0 ? 4 : 0, () => setForm(d)],
    [2, () => defineNested(d)],
    [3, () => tryForm(d)],
    [2, () => throwish(d)],
    [2, () => quasi(d)],
    [c.opts.outputWeight, () => output(d)],
    [2, () => stringOp(d)],
    [1, () => typeOp(d)],
    [1, () => runtimeError(d)],
    [1, () => dynamic(d)],
  ]);
}

/** A body: a sequence of forms where a `define` makes its name visible to the forms after it. */
export function body(c: Ctx, min: number, max: number): A {
  return count(min, max).chain((n) => bodyN(c, n));
}

function bodyN(c: Ctx, n: number): A {
  if (n <= 0) return fc.constant("");
  if (n === 1) return expr(c);
  const rest = (c2: Ctx): A => bodyN(c2, n - 1);
  return choose([
    [6, () => fc.tuple(expr(c), rest(c)).map(([a, b]) => `${a} ${b}`)],
    [
      2,
      () =>
        pick(definable(c)).chain((name) =>
          fc.tuple(expr(c), rest(bindValues(c, [name]))).map(([e, b]) => `(define ${name} ${e}) ${b}`),
        ),
    ],
    [
      1,
      () =>
        // A local function; its body may only call functions defined before it in scope.
        fc.tuple(pick(fnNamePool(definable(c))), params(c)).chain(([name, ps]) => {
          const fn: Fn = { name, arity: ps.names.length, rest: ps.rest !== undefined };
          const inner = bindValues({ ...c, fns: c.fns.filter((f) => f.name !== name) }, ps.all);
          return fc
            .tuple(body(deeper(inner), 1, 2), rest(bindFn(c, fn)))
            .map(([b, r]) => `(define (${name}${ps.text ? " " + ps.text : ""}) ${b}) ${r}`);
        }),
    ],
  ]);
}

interface Params {
  readonly names: string[];
  readonly rest?: string;
  readonly all: string[];
  readonly text: string;
}

/** A parameter list: 0–3 names (duplicates allowed: the last wins), sometimes `&rest NAME`. */
function params(c: Ctx): fc.Arbitrary<Params> {
  return fc
    .tuple(
      count(0, 3).chain((k) => fc.array(pick(c.opts.names), { minLength: k, maxLength: k })),
      fc.option(pick(c.opts.names), { freq: 6, nil: undefined }),
    )
    .map(([names, rest]) => {
      const all = rest === undefined ? names : [...names, rest];
      const text = [...names, ...(rest === undefined ? [] : ["&rest", rest])].join(" ");
      return { names, rest, all, text };
    });
}

function exactParams(c: Ctx, n: number): fc.Arbitrary<Params> {
  return fc.array(pick(c.opts.names), { minLength: n, maxLength: n }).map((names) => ({ names, all: names, text: names.join(" ") }));
}

/** Mostly numbers; sometimes anything (so type errors happen, but not in every program). */
function numArg(c: Ctx): A {
  return choose([
    [12, () => intLit()],
    [6, () => floatLit()],
    [c.vars.length > 0 ? 6 : 0, () => varRef(c)],
    [c.depth > 0 ? 10 : 0, () => arith(deeper(c))],
    [c.depth > 0 ? 2 : 0, () => expr(deeper(c))],
    [1, () => stringLit()],
  ]);
}

function arith(c: Ctx): A {
  return choose([
    [6, () => fc.tuple(pick(["+", "-", "*"]), many(() => numArg(c), 0, 4)).map(([op, a]) => `(${op}${a ? " " + a : ""})`)],
    [3, () => fc.tuple(pick(["/"]), many(() => numArg(c), 1, 3)).map(([op, a]) => `(${op} ${a})`)],
    [2, () => form("modulo", intArg(c), intArg(c))],
    [1, () => form("expt", numArg(c), choose([[3, () => intArg(c)], [1, () => numArg(c)]]))],
    [2, () => form(pick(["abs", "inc", "dec", "floor", "round", "truncate", "ceiling", "sqrt"]), numArg(c))],
    [2, () => form(pick(["min", "max"]), many(() => numArg(c), 1, 3))],
    [1, () => form(pick(["bit-and", "bit-or", "bit-xor", "gcd"]), many(() => intArg(c), 0, 3))],
  ]);
}

/** Arguments for the integer-only natives: mostly ints. */
function intArg(c: Ctx): A {
  return choose([
    [8, () => intLit()],
    [c.vars.length > 0 ? 2 : 0, () => varRef(c)],
    [c.depth > 0 ? 2 : 0, () => form(pick(["+", "-", "*", "modulo", "floor", "round"]), intArg(deeper(c)), intArg(deeper(c)))],
    [1, () => numArg(c)],
  ]);
}

function compare(c: Ctx): A {
  return choose([
    [4, () => fc.tuple(pick(["=", "<", ">", "<=", ">="]), many(() => numArg(c), 2, 3)).map(([op, a]) => `(${op} ${a})`)],
    [3, () => form(pick(["eq?", "equal?"]), expr(c), expr(c))],
  ]);
}

function listExpr(c: Ctx): A {
  return choose([
    [4, () => form("list", many(() => expr(c), 0, 4))],
    [2, () => quotedDatum(c, 1).map((d) => `'(${d})`)],
    [2, () => count(0, 6).map((n) => `(range ${n})`)],
    [c.vars.length > 0 ? 2 : 0, () => varRef(c)],
    [2, () => expr(c)],
  ]);
}

function listOp(c: Ctx): A {
  return choose([
    [4, () => form("list", many(() => expr(c), 0, 4))],
    [3, () => form("cons", expr(c), listExpr(c))],
    [2, () => form(pick(["car", "cdr", "length", "reverse", "null?", "pair?", "first", "rest", "last"]), listExpr(c))],
    [2, () => form("append", many(() => listExpr(c), 0, 3))],
    [1, () => form("nth", intLit(), listExpr(c))],
    [1, () => form(pick(["take", "drop"]), pick(["0", "1", "2", "5"]), listExpr(c))],
    [1, () => form("range", many(() => pick(["0", "1", "3", "5", "-2", "0.5"]), 1, 2))],
    [1, () => form("range", many(() => pick(["0", "1", "3", "-2", "0.5"]), 2, 2), pick(["1", "2", "-1", "0.5"]))],
  ]);
}

/** Something callable with `arity` arguments (occasionally the wrong number). */
function fnArg(c: Ctx, arity: number): A {
  const builtins: Record<number, string[]> = {
    1: ["inc", "abs", "car", "list", "number?", "null?", "pr-str", "type-of", "-", "string?", "dec"],
    2: ["+", "*", "cons", "list", "max", "-", "equal?", "eq?", "<", "append"],
  };
  const users = c.fns.filter((f) => f.arity === arity || (f.rest && f.arity <= arity));
  return choose([
    [5, () => lambdaWithArity(c, arity)],
    [1, () => lambdaWithArity(c, arity === 0 ? 1 : arity - 1)],
    [3, () => pick(builtins[arity] ?? ["list"])],
    [users.length > 0 ? 3 : 0, () => pick(users.map((f) => f.name))],
  ]);
}

function lambdaWithArity(c: Ctx, arity: number): A {
  return exactParams(c, arity).chain((ps) => form("lambda", `(${ps.text})`, body(bindValues(c, ps.all), 1, 2)));
}

function hof(c: Ctx): A {
  return choose([
    [4, () => form("map", fnArg(c, 1), listExpr(c))],
    [1, () => form("map", fnArg(c, 2), listExpr(c), listExpr(c))],
    [2, () => form("filter", fnArg(c, 1), listExpr(c))],
    [3, () => form("foldl", fnArg(c, 2), expr(c), listExpr(c))],
    [1, () => form("foldr", fnArg(c, 2), expr(c), listExpr(c))],
    [2, () => form("apply", fnArg(c, 2), listExpr(c))],
    [1, () => form("apply", pick(["+", "list", "max", "string-append"]), many(() => expr(c), 0, 2), listExpr(c))],
    [2, () => form("for-each", fnArg(c, 1), listExpr(c))],
  ]);
}

function ifForm(c: Ctx): A {
  return choose([
    [4, () => form("if", expr(c), expr(c), expr(c))],
    [1, () => form("if", expr(c), expr(c))],
  ]);
}

function condForm(c: Ctx): A {
  const clause = (): A =>
    choose([
      [5, () => form(expr(c), body(c, 1, 2))],
      [1, () => form(expr(c))],
    ]);
  return fc
    .tuple(many(clause, 1, 3), fc.option(body(c, 1, 2), { nil: undefined }))
    .map(([cs, els]) => `(cond ${cs}${els === undefined ? "" : ` (else ${els})`})`);
}

function whenUnless(c: Ctx): A {
  return form(pick(["when", "unless"]), expr(c), body(c, 0, 3));
}

function andOr(c: Ctx): A {
  return choose([
    [3, () => fc.tuple(pick(["and", "or"]), many(() => expr(c), 0, 4)).map(([op, a]) => `(${op}${a ? " " + a : ""})`)],
    [1, () => form("not", expr(c))],
  ]);
}

function letForm(c: Ctx): A {
  return fc.tuple(pick(["let", "let", "let*", "letrec"]), fc.array(pick(c.opts.names), { minLength: 0, maxLength: 3 })).chain(([kind, names]) => {
    const inner = bindValues(c, names);
    const inits: A[] = names.map((_, i) => {
      if (kind === "letrec") return expr(inner);
      if (kind === "let*") return expr(bindValues(c, names.slice(0, i)));
      return expr(c);
    });
    const bindings: A = inits.length === 0 ? fc.constant("") : fc.tuple(...inits).map((es) => es.map((e, i) => `(${names[i]} ${e})`).join(" "));
    return fc.tuple(bindings, body(inner, 1, 3)).map(([b, bd]) => `(${kind} (${b}) ${bd})`);
  });
}

function lambdaCall(c: Ctx): A {
  return params(c).chain((ps) => {
    const argc = fc.oneof(
      { weight: 6, arbitrary: fc.constant(ps.names.length + (ps.rest !== undefined ? 1 : 0)) },
      { weight: 2, arbitrary: count(0, ps.names.length + 2) },
    );
    return fc
      .tuple(body(bindValues(c, ps.all), 1, 3), argc.chain((n) => many(() => expr(c), n, n)))
      .map(([b, args]) => `((lambda (${ps.text}) ${b})${args ? " " + args : ""})`);
  });
}

function lambdaValue(c: Ctx): A {
  return params(c).chain((ps) => form("lambda", `(${ps.text})`, body(bindValues(c, ps.all), 1, 2)));
}

function callFn(c: Ctx): A {
  return pick(c.fns).chain((f) => {
    const right = f.arity + (f.rest ? 1 : 0);
    return fc
      .oneof({ weight: 8, arbitrary: fc.constant(right) }, { weight: 2, arbitrary: count(Math.max(0, f.arity - 1), f.arity + 2) })
      .chain((n) => many(() => expr(c), n, n).map((args) => `(${f.name}${args ? " " + args : ""})`));
  });
}

function setForm(c: Ctx): A {
  const target: A = choose([
    // A global function name in `vars` is a local shadowing it, but a template's counter is not.
    [c.vars.some((v) => !c.reserved.has(v)) ? 10 : 0, () => pick(c.vars.filter((v) => !c.reserved.has(v)))],
    [1, () => pick(definable(c))], // possibly unbound
  ]);
  return fc.tuple(target, expr(c)).chain(([v, e]) =>
    choose([
      [3, () => fc.constant(`(set! ${v} ${e})`)],
      [3, () => fc.constant(`(begin (set! ${v} ${e}) ${v})`)],
    ]),
  );
}

function defineNested(c: Ctx): A {
  return fc.tuple(pick(definable(c)), expr(c)).chain(([name, e]) =>
    choose([
      [2, () => fc.constant(`(define ${name} ${e})`)],
      [3, () => fc.constant(`(begin (define ${name} ${e}) ${name})`)],
    ]),
  );
}

function tryForm(c: Ctx): A {
  return pick(c.opts.names).chain((e) => {
    const h = bindValues(c, [e]);
    const handler = choose([
      [3, () => fc.constant(`(error-message ${e})`)],
      [3, () => fc.constant(`(list (error-tag ${e}) (error-message ${e}))`)],
      [2, () => fc.constant(e)],
      [2, () => fc.constant(`(if (error? ${e}) (error-tag ${e}) ${e})`)],
      [3, () => body(h, 1, 2)],
      [1, () => fc.constant(`(throw ${e})`)],
    ]);
    return fc.tuple(body(c, 1, 3), handler).map(([b, hd]) => `(try ${b} (catch (${e}) ${hd}))`);
  });
}

function throwish(c: Ctx): A {
  const tag = choose([
    [3, () => keyword(c)],
    [1, () => symbolName(c).map((n) => `'${n}`)],
    [1, () => stringLit()],
  ]);
  return choose([
    [3, () => form("throw", expr(c))],
    [3, () => fc.tuple(tag, stringLit()).map(([t, m]) => `(throw (error ${t} ${m}))`)],
    [2, () => fc.tuple(tag, stringLit()).map(([t, m]) => `(error ${t} ${m})`)],
    [1, () => fc.tuple(tag, stringLit(), keyword(c), expr(c)).map(([t, m, k, v]) => `(error ${t} ${m} (list ${k} ${v}))`)],
    [1, () => fc.tuple(stringLit()).map(([m]) => `(throw (ex-info ${m} ()))`)],
  ]);
}

function runtimeError(c: Ctx): A {
  return choose([
    [1, () => form("car", pick(["'()", "()", "5"]))],
    [1, () => form("/", numArg(c), pick(["0", "0.0", "-0.0"]))],
    [1, () => form("+", numArg(c), stringLit())],
    [1, () => fc.tuple(pick(["5", "\"s\"", ":k", "#t", "'()"]), many(() => expr(c), 0, 2)).map(([h, a]) => `(${h}${a ? " " + a : ""})`)],
    [1, () => form("modulo", numArg(c), pick(["0", "1.5"]))],
    [1, () => form(symbolName(c).map((n) => `${n}-nope`), many(() => expr(c), 0, 2))],
    [1, () => form("length", stringLit())],
  ]);
}

function quasi(c: Ctx): A {
  const tmpl = (depth: number): A => {
    const item = (): A =>
      choose([
        [3, () => symbolName(c)],
        [2, () => intLit()],
        [1, () => stringLit()],
        [1, () => keyword(c)],
        [4, () => expr(c).map((e) => `,${e}`)],
        [3, () => listExpr(c).map((e) => `,@${e}`)],
        [depth > 0 ? 2 : 0, () => tmpl(depth - 1).map((t) => `(${t})`)],
        [depth > 0 ? 1 : 0, () => tmpl(depth - 1).map((t) => `'(${t})`)],
      ]);
    return many(item, 0, 4);
  };
  return choose([
    [6, () => tmpl(1).map((t) => `\`(${t})`)],
    [1, () => expr(c).map((e) => `\`,${e}`)],
    [1, () => symbolName(c).map((s) => `\`${s}`)],
  ]);
}

function output(c: Ctx): A {
  return choose([
    [3, () => form("display", expr(c))],
    [3, () => form("println", many(() => expr(c), 0, 3))],
    [1, () => form("print", expr(c))],
    [1, () => fc.constant("(newline)")],
    [2, () => expr(c).map((e) => `(begin (display ${e}) (newline) ${e})`)],
  ]);
}

function stringArg(c: Ctx): A {
  return choose([
    [4, () => stringLit()],
    [c.vars.length > 0 ? 1 : 0, () => varRef(c)],
    [2, () => expr(c)],
  ]);
}

function stringOp(c: Ctx): A {
  return choose([
    [3, () => form("string-append", many(() => stringArg(c), 0, 3))],
    [2, () => form("string-length", stringArg(c))],
    [2, () => form(pick(["pr-str", "string"]), expr(c))],
    [2, () => form(pick(["string->symbol", "string->keyword"]), stringArg(c))],
    [1, () => symbolName(c).map((n) => `(symbol->string '${n})`)],
    [1, () => keyword(c).map((k) => `(keyword->string ${k})`)],
    [1, () => form("display", form("string->symbol", stringArg(c)))],
  ]);
}

/** `eval` of quoted code (in the current environment, so it sees and defines locals) and promises. */
function dynamic(c: Ctx): A {
  return choose([
    [3, () => expr(c).map((e) => `(eval '${e})`)],
    [1, () => fc.tuple(pick(definable(c)), expr(c)).map(([n, e]) => `(begin (eval '(define ${n} ${e})) ${n})`)],
    [2, () => expr(c).map((e) => `(force (delay ${e}))`)],
    [1, () => expr(c).map((e) => `(let ((p0 (delay (begin (display "forced") ${e})))) (list (force p0) (force p0)))`)],
  ]);
}

function typeOp(c: Ctx): A {
  return form(pick(["type-of", "number?", "string?", "procedure?", "symbol?", "keyword?", "list?", "integer?", "error?"]), expr(c));
}

// ───────────────────────────────────────────────────────────────────────── whole programs

/**
 * A program of top-level forms over a few global values and functions. Global function i may
 * only call functions j < i (so no recursion outside the templates); globals may be used before
 * their definition, redefined, and assigned.
 */
export function randomProgram(opts: GenOptions, depth = 3): A {
  const bodyDepth = depth - 1;
  const spec = fc.record({
    fnNames: distinctNames(fnNamePool(opts.names), 0, 3),
    valueCount: count(0, 3),
    shuffle: count(0, 3).map((r) => r === 0),
  });
  return spec.chain(({ fnNames, valueCount, shuffle }) =>
    fc
      .tuple(
        fc.uniqueArray(pick(opts.names.filter((n) => !fnNames.includes(n))), { minLength: 0, maxLength: valueCount }),
        fc.tuple(...fnNames.map(() => fc.tuple(count(0, 3), count(0, 4).map((r) => r === 0), count(0, 3).map((r) => r === 0)))),
        pick(opts.names),
      )
      .chain(([valueNames, shapes, restName0]) => {
        const fns: Fn[] = fnNames.map((name, i) => ({ name, arity: shapes[i]![0], rest: shapes[i]![1] }));
        const reserved = new Set(fnNames);
        const base: Ctx = { opts, vars: valueNames, fns, reserved, depth };
        const fnDef = (i: number): A => {
          const f = fns[i]!;
          return fc.array(pick(opts.names), { minLength: f.arity, maxLength: f.arity }).chain((ps) => {
            const restName = f.rest ? restName0 : undefined;
            const all = restName === undefined ? ps : [...ps, restName];
            const inner = bindValues({ ...base, fns: fns.slice(0, i), depth: bodyDepth }, all);
            const text = [f.name, ...ps, ...(restName === undefined ? [] : ["&rest", restName])].join(" ");
            return body(inner, 1, 2).map((b) => `(define (${text}) ${b})`);
          });
        };
        // In order, a value's initialiser sees the functions and the values defined before it
        // (shuffled, anything may come first, and then "used before defined" errors are likely).
        const forms: A[] = [
          ...fns.map((_, i) => fnDef(i)),
          ...valueNames.map((v, i) => expr({ ...base, vars: valueNames.slice(0, i) }).map((e) => `(define ${v} ${e})`)),
          // Redefinitions: the second definition wins for every later call (late binding).
          ...fns.map((_, i) => (shapes[i]![2] ? fnDef(i) : fc.constant(""))),
        ];
        const extra = many(
          () =>
            choose([
              [4, () => expr(base)],
              [2, () => output(base)],
              // A top-level try keeps one error from ending the program.
              [2, () => fc.tuple(pick(opts.names), expr(base)).map(([e, x]) => `(try ${x} (catch (${e}) (display (list :caught ${e}))))`)],
              [valueNames.length > 0 ? 2 : 0, () => fc.tuple(pick(valueNames), expr(base)).map(([v, e]) => `(set! ${v} ${e})`)],
            ]),
          0,
          3,
        );
        const ordered: fc.Arbitrary<string[]> = forms.length === 0 ? fc.constant([]) : fc.tuple(...forms);
        return fc
          .tuple(
            ordered.chain((fs) => (shuffle ? fc.shuffledSubarray(fs, { minLength: fs.length, maxLength: fs.length }) : fc.constant(fs))),
            extra,
            expr(base),
          )
          .map(([fs, ex, last]) => [...fs.filter((f) => f !== ""), ex, last].filter((f) => f !== "").join("\n"));
      }),
  );
}

/** Pure arithmetic: ints (small and 64-bit), floats, mixing, division by zero, type errors. */
/**
 * Two-operand + - * and comparisons (the calls the compiler writes an int fast path for) on
 * ints near the int32, 2^53 and i64 edges, as variables and as literals.
 */
export function edgeArithmeticProgram(): A {
  const edges = [0, 1, 2, 31, 32, 53, 62, 63].flatMap((k) => [2n ** BigInt(k), -(2n ** BigInt(k))]);
  const int = fc.oneof(
    fc.tuple(pick(edges), fc.integer({ min: -3, max: 3 })).map(([e, d]) => BigInt.asIntN(64, e + BigInt(d)).toString()),
    fc.integer({ min: -70000, max: 70000 }).map(String),
    pick(["1.5", "-0.0", "1e300"]),
  );
  const ops = ["+", "-", "*", "<", ">", "<=", ">=", "="];
  return fc
    .tuple(int, int, int)
    .map(([a, b, k]) => `(define a ${a})\n(define b ${b})\n(list ${ops.map((o) => `(${o} a b) (${o} a ${k}) (${o} ${k} b)`).join(" ")})`);
}

export function arithmeticProgram(): A {
  const c: Ctx = { ...topCtx(MIXED, 4), vars: ["x", "y"] };
  const e = (): A => choose([[6, () => arith(c)], [2, () => compare(c)], [1, () => numArg(c)]]);
  const init = (vars: string[]): A =>
    choose([[3, () => intLit()], [2, () => floatLit()], [2, () => arith({ ...c, vars, depth: 0 })]]);
  // Results go to stdout one by one; half of them are guarded so one error does not end the run.
  const shown = (): A =>
    choose([
      [1, () => e().map((x) => `(println ${x})`)],
      [1, () => e().map((x) => `(println (try ${x} (catch (err) (list :err (error-message err)))))`)],
    ]);
  return fc
    .tuple(init([]), init(["x"]), many(shown, 0, 3), e())
    .map(([x, y, es, last]) => `(define x ${x})\n(define y ${y})\n${es}\n${last}`);
}

// ───────────────────────────────────────────────────────────────────────── recursion and closures

/** Distinct names from the mixed pool for a template's functions and parameters. */
function templateNames(k: number, opts: GenOptions = MIXED): fc.Arbitrary<string[]> {
  return distinctNames(opts.names, k, k);
}

/** A small expression over the given variables (no calls to user functions), never assigning `frozen`. */
function small(vars: readonly string[], depth = 2, frozen: readonly string[] = vars): A {
  return expr({ opts: MIXED, vars, fns: [], reserved: new Set(frozen), depth });
}

/** A small recursion depth, as source: mostly 0–8, sometimes negative, a float or a string. */
const smallDepth = (): A => choose([[8, () => count(0, 8).map(String)], [1, () => pick(["-1", "2.5", "\"3\""])]]);

function selfRecursion(): A {
  return templateNames(2).chain(([F, n]) =>
    fc
      .tuple(small([n], 1), pick(["+", "*", "list", "cons", "-", "append"]), small([n], 2), smallDepth(), pick(["if", "cond", "when-unless"]))
      .map(([base, op, extra, k, shape]) => {
        const rec = `(${op} (${F} (- ${n} 1)) ${extra})`;
        const bodyText =
          shape === "if"
            ? `(if (<= ${n} 0) ${base} ${rec})`
            : shape === "cond"
              ? `(cond ((<= ${n} 0) ${base}) (else ${rec}))`
              : `(begin (when (<= ${n} 0) ${base}) (unless (<= ${n} 0) ${rec}))`;
        return `(define (${F} ${n}) ${bodyText})\n(${F} ${k})`;
      }),
  );
}

/**
 * Recursive list builders, `(cons x (f …))` in tail position (which the compiler turns into a
 * loop with an accumulator): chains of cons, bases that are nil, lists, atoms, tail calls of
 * other functions or errors; heads with output, errors and closures over the parameter; cons
 * sometimes redefined (then no loop may be made).
 */
export function consBuilder(): A {
  return templateNames(3).chain(([F, n, G]) => {
    const head = pick([n, `(* ${n} ${n})`, `(begin (display ${n}) ${n})`, `(if (= ${n} 2) (car ${n}) ${n})`, `(let ((m ${n})) (lambda () m))`, `:k`]);
    const base = pick(["()", "'()", "(list :end)", "7", '"s"', `(${G} ${n})`, `(car ${n})`, "(list)"]);
    const next = pick([`(- ${n} 1)`, `(begin (display :a) (- ${n} 1))`, `(- ${n} 2)`]);
    const step = choose([
      [3, () => fc.tuple(head, next).map(([h, x]) => `(cons ${h} (${F} ${x}))`)],
      [2, () => fc.tuple(head, head, next).map(([h1, h2, x]) => `(cons ${h1} (cons ${h2} (${F} ${x})))`)],
      [1, () => fc.tuple(head, next).map(([h, x]) => `(let ((m1 ${x})) (cons ${h} (${F} m1)))`)],
      [1, () => next.map((x) => `(${F} ${x})`)],
    ]);
    const bodyText = choose([
      [3, () => fc.tuple(base, step).map(([b, st]) => `(if (<= ${n} 0) ${b} ${st})`)],
      [2, () => fc.tuple(base, step, step).map(([b, s1, s2]) => `(cond ((<= ${n} 0) ${b}) ((odd? ${n}) ${s1}) (else ${s2}))`)],
    ]);
    const redefine = pick(["", "", "", "(define (cons a b) (list :c a b))\n", "(set! cons list)\n"]);
    const call = fc.tuple(smallDepth(), pick(["plain", "try", "realize"])).map(([k, how]) =>
      how === "plain"
        ? `(${F} ${k})`
        : how === "try"
          ? `(try (${F} ${k}) (catch (e) (list :caught e)))`
          : `(let ((r (${F} ${k}))) (if (list? r) (map (lambda (x) (if (procedure? x) (x) x)) r) r))`,
    );
    return fc
      .tuple(bodyText, redefine, fc.boolean(), call)
      .map(([b, r, early, c]) => `${early ? r : ""}(define (${G} k) (list k k))\n(define (${F} ${n}) ${b})\n${early ? "" : r}${c}`);
  });
}

/**
 * `map`, `filter`, `remove`, `for-each` and `foldl` over a lambda written at the call site
 * (compiled to a loop in the caller), and `hash-map-update` with one (its body compiled in
 * place, on maps, non-maps and keys of every kind); folds that build maps from fresh or held
 * maps (the accumulator updated in place when nothing else reads it): bodies with output, errors, `set!` of a parameter,
 * closures over it, internal defines, tail calls to user functions and recursion into the
 * enclosing function; lists that are nil, empty, not lists or fail to evaluate; lambdas of the
 * wrong arity; the native sometimes redefined.
 */
export function loopCall(): A {
  return templateNames(5).chain(([F, x, acc, G, H]) => {
    const list = pick(["(list 1 2 3)", "'(4 5)", "()", "nil", "(list)", "5", '"abc"', "(list 1 :a 2.5)", "(car 7)", "(begin (display :l) (list 0 -1))", `(${G} 3)`]);
    const expr1 = pick([
      x,
      `(* ${x} 2)`,
      `(begin (display ${x}) ${x})`,
      `(if (= ${x} 2) (car ${x}) ${x})`,
      `(lambda () ${x})`,
      `(begin (set! ${x} (list ${x})) ${x})`,
      `(begin (define ${H} (* 3 1)) (list ${H} ${x}))`,
      `(begin (define (${H} q) (list q ${x})) (${H} 1))`,
      `(${G} ${x})`,
      `(> ${x} 1)`,
      `(number? ${x})`,
      `(and ${x} #f)`,
      `(try (+ ${x} "s") (catch (e) :caught))`,
    ]);
    const lam1 = fc.tuple(expr1, fc.boolean()).map(([b, two]) => (two ? `(lambda (${x}) (display :b) ${b})` : `(lambda (${x}) ${b})`));
    const lam2 = pick([
      `(lambda (${acc} ${x}) (+ ${acc} ${x}))`,
      `(lambda (${acc} ${x}) (cons ${x} ${acc}))`,
      `(lambda (${acc} ${x}) (begin (display ${acc}) (list ${acc} ${x})))`,
      `(lambda (${acc} ${x}) (${G} ${x}))`,
      `(lambda (${acc} ${x}) (let ((${H} (lambda () ${acc}))) (${H})))`,
      `(lambda (${acc} ${acc}) ${acc})`,
      // Maps built by updating the accumulator (which may then be updated in place), and one
      // that reads it a second time (which must not be).
      `(lambda (${acc} ${x}) (hash-map-set ${acc} ${x} (list ${x})))`,
      `(lambda (${acc} ${x}) (hash-map-update ${acc} (if (number? ${x}) (modulo ${x} 2) ${x}) (lambda (n) (if (null? n) 1 (+ n 1)))))`,
      `(lambda (${acc} ${x}) (display (hash-map-count ${acc})) (hash-map-set ${acc} ${x} 1))`,
      `(lambda (${acc} ${x}) (set! seen-versions (cons ${acc} seen-versions)) (hash-map-set ${acc} ${x} 1))`,
    ]);
    const updateMap = pick(["(hash-map :a 1 2 :two)", "(hash-map)", "5", "(car 1)", "(begin (display :m) (hash-map 1 (list 1 2)))", `(${G} 1)`]);
    const updateKey = pick([":a", "1", "2", "(list 1)", "(begin (display :k) :a)", "(car 2)", "1.5"]);
    const wrongArity = pick([`(lambda () 1)`, `(lambda (${x} ${acc}) ${x})`, `(lambda (&rest ${x}) ${x})`, `(lambda (${x} &rest ${acc}) ${x})`]);
    const call = choose([
      [6, () => fc.tuple(pick(["map", "filter", "remove", "for-each", "any?", "every?", "find", "find-index", "count-if"]), lam1, list).map(([f, l, xs]) => `(${f} ${l} ${xs})`)],
      [3, () => fc.tuple(lam2, pick(["0", "()", ":init", "(car 1)", "(hash-map)", "(hash-map 1 :one)"]), list).map(([l, i, xs]) => `(foldl ${l} ${i} ${xs})`)],
      // A fold from a map held elsewhere must leave it as it was.
      [2, () => fc.tuple(lam2, list).map(([l, xs]) => `(let ((base (hash-map-set (hash-map :z 0) 1 :one))) (list (foldl ${l} base ${xs}) base (foldl ${l} base ${xs})))`)],
      [1, () => fc.tuple(pick(["map", "filter", "foldl"]), wrongArity, list).map(([f, l, xs]) => (f === "foldl" ? `(foldl ${l} 0 ${xs})` : `(${f} ${l} ${xs})`))],
      [3, () => fc.tuple(fc.oneof(lam1, wrongArity), updateMap, updateKey).map(([l, m, k]) => `(hash-map-update ${m} ${k} ${l})`)],
      // A named function in the lambda's place (natives, stdlib, the program's own, wrong arities).
      [3, () => fc.tuple(pick(["map", "filter", "remove", "for-each", "any?", "count-if", "find"]), pick([G, "car", "string", "even?", "number?", "list", "cons", "first", "null?", H]), list).map(([f, n, xs]) => `(${f} ${n} ${xs})`)],
      [2, () => fc.tuple(pick(["+", "max", "cons", "list", "-", G, "hash-map-get"]), pick(["0", "()", "(hash-map 1 :one)"]), list).map(([n, i, xs]) => `(foldl ${n} ${i} ${xs})`)],
    ]);
    const use = fc.tuple(call, pick(["plain", "try", "realize", "inner"])).map(([c, how]) =>
      how === "plain"
        ? c
        : how === "try"
          ? `(try ${c} (catch (e) (list :caught e)))`
          : how === "inner"
            ? `(define (${F} n) (if (> n 0) (list n ${c} (${F} (- n 1))) :done))\n(${F} 2)`
            : `(let ((r ${c})) (if (list? r) (map (lambda (y) (if (procedure? y) (y) y)) r) r))`,
    );
    const redefine = pick(["", "", "", "", "(define (map f xs) (list :mine f xs))\n", "(define (foldl f i xs) :folded)\n", "(set! filter list)\n", "(define (hash-map-update m k f) (list :mine k))\n"]);
    return fc
      .tuple(redefine, fc.array(use, { minLength: 1, maxLength: 3 }))
      .map(([r, us]) => `${r}(define (${G} k) (if (> k 2) (list k k) k))\n(define seen-versions ())\n${us.join("\n")}\nseen-versions`);
  });
}

function tailRecursion(): A {
  // Deep loops (up to 5000 iterations: only proper tail calls survive that) accumulate numbers;
  // shallow ones may build lists. A list step can hold the accumulator several times (`extra`
  // may mention it), so the printed result grows exponentially with the count: list loops stay
  // at 7 steps (12 had once run a test worker out of memory printing one).
  const shape = choose([
    [4, () => fc.tuple(count(0, 12), pick(["+", "max", "-"]))],
    [2, () => fc.tuple(count(0, 7), pick(["list", "cons"]))],
    [2, () => fc.tuple(pick([100, 1000, 5000]), pick(["+", "max", "-"]))],
  ].map(([w, f]) => [w as number, () => (f as () => fc.Arbitrary<[number, string]>)().map(([k, op]) => `${k} ${op}`)] as const));
  return templateNames(3).chain(([F, n, acc]) =>
    fc.tuple(shape, count(0, 5)).chain(([kop, form]) => {
      const [k, op] = kop.split(" ") as [string, string];
      const deep = Number(k) > 12;
      const extra = deep ? choose([[4, () => intLit()], [1, () => floatLit()], [2, () => fc.constant(n)]]) : small([n, acc], 2);
      const init = deep ? intLit() : small([], 1);
      return fc.tuple(extra, init).map(([x, i]) => {
        const step = `(${F} (- ${n} 1) (${op} ${acc} ${x}))`;
        const bodies = [
          `(if (<= ${n} 0) ${acc} ${step})`,
          `(cond ((<= ${n} 0) ${acc}) (else ${step}))`,
          `(let ((m1 (- ${n} 1))) (if (< m1 0) ${acc} (${F} m1 (${op} ${acc} ${x}))))`,
          `(if (> ${n} 0) (begin (define t0 ${x}) ${step}) ${acc})`,
          `(or (and (<= ${n} 0) (list ${acc})) ${step})`,
          `(if (<= ${n} 0) ${acc} (let* ((a1 ${x}) (a2 a1)) (when #t (${F} (- ${n} 1) (${op} ${acc} a2)))))`,
        ];
        return `(define (${F} ${n} ${acc}) ${bodies[form]})\n(${F} ${k} ${i})`;
      });
    }),
  );
}

function mutualRecursion(): A {
  return templateNames(3).chain(([E, O, n]) =>
    fc
      .tuple(small([n], 1), small([n], 1), smallDepth(), smallDepth(), fc.boolean(), fc.boolean(), fc.boolean())
      .map(([a, b, k1, k2, callEarly, nonTail, letrec]) => {
        const recO = nonTail ? `(cons ${n} (${O} (- ${n} 1)))` : `(${O} (- ${n} 1))`;
        const defE = `(define (${E} ${n}) (if (<= ${n} 0) ${a} ${recO}))`;
        const defO = `(define (${O} ${n}) (if (<= ${n} 0) ${b} (${E} (- ${n} 1))))`;
        if (letrec)
          return `(letrec ((${E} (lambda (${n}) (if (<= ${n} 0) ${a} ${recO}))) (${O} (lambda (${n}) (if (<= ${n} 0) ${b} (${E} (- ${n} 1)))))) (list (${E} ${k1}) (${O} ${k2})))`;
        const early = callEarly ? `\n(try (${E} ${k1}) (catch (e) (error-message e)))` : "";
        return `${defE}${early}\n${defO}\n(list (${E} ${k1}) (${O} ${k2}))`;
      }),
  );
}

/** Closures created in a self-tail-recursive loop, capturing (and mutating) loop variables. */
function closuresInLoop(): A {
  return templateNames(5).chain(([L, k, x, acc, c]) =>
    fc
      // The update runs inside the loop, so it must not assign the counter either: `(set! k 2.0)`
      // there made a loop that never ended, on both engines, and ran a test worker out of memory.
      .tuple(small([k, x], 2, []), small([x], 1, [x, k]), count(0, 6), small([], 1), count(0, 4), pick(["+", "*", "list", "-"]))
      .map(([captured, update, n, init, shape, op]) => {
        const next = `(${L} (- ${k} 1) ${x} (cons ${c} ${acc}))`;
        const bodies = [
          `(begin (define ${c} (lambda () (list ${k} ${x} ${captured}))) (set! ${x} (${op} ${x} 1)) ${next})`,
          `(let ((${c} (lambda () ${captured}))) (set! ${x} ${update}) ${next})`,
          `(let ((y0 ${x})) (define ${c} (lambda () (list y0 ${x}))) (set! ${x} (${op} ${x} ${k})) (set! y0 :changed) ${next})`,
          `(let* ((nk (- ${k} 1)) (${c} (lambda () (list ${k} nk ${captured})))) (set! ${k} (* ${k} 100)) (${L} nk ${x} (cons ${c} ${acc})))`,
          `(begin (define ${c} (lambda (&rest more) (set! ${x} (cons ${k} more)) ${x})) ${next})`,
        ];
        return `(define (${L} ${k} ${x} ${acc}) (if (<= ${k} 0) ${acc} ${bodies[shape]}))\n(map (lambda (th) (th)) (${L} ${n} ${init} (list)))`;
      }),
  );
}

/** Counters: `set!` of a local captured by closures shared between calls. */
function counters(): A {
  return templateNames(5).chain(([mk, c, a, b, d]) =>
    fc
      .tuple(intLit(), intLit(), fc.array(pick([`(${a})`, `(${b})`, `(${a} 5)`, `(${b} -1)`, `(${a} 1 2)`, `${a}`]), { minLength: 1, maxLength: 5 }))
      .map(
        ([s1, s2, calls]) =>
          `(define (${mk} ${c}) (lambda (&rest ${d}) (set! ${c} (+ ${c} (if (null? ${d}) 1 (car ${d})))) ${c}))\n(define ${a} (${mk} ${s1}))\n(define ${b} (${mk} ${s2}))\n(list ${calls.join(" ")})`,
      ),
  );
}

/** Late binding and redefinition of globals, forward references from function bodies. */
function lateBinding(): A {
  return templateNames(4).chain(([g, h, a, p]) =>
    fc.tuple(small([], 1), small([], 1), small([], 1), fc.boolean()).map(
      ([v1, v2, v3, early]) =>
        `(define (${h} ${p}) (list ${p} (${g})))\n${early ? `(try (${h} 0) (catch (e) (display (error-message e))))\n` : ""}(define (${g}) ${v1})\n(define ${a} (${h} 1))\n(define (${g}) ${v2})\n(define (${g}) (list ${v3}))\n(list ${a} (${h} 2))`,
    ),
  );
}

/** Higher-order user functions: closures passed to, and returned from, Lisp functions. */
function higherOrder(): A {
  return templateNames(5).chain(([tw, f, x, comp, g]) =>
    fc.tuple(lambdaWithArity({ ...topCtx(MIXED, 2) }, 1), lambdaWithArity({ ...topCtx(MIXED, 2) }, 1), small([], 1)).map(
      ([l1, l2, v]) =>
        `(define (${tw} ${f} ${x}) (${f} (${f} ${x})))\n(define (${comp} ${f} ${g}) (lambda (${x}) (${f} (${g} ${x}))))\n(list (${tw} ${l1} ${v}) ((${comp} ${l1} ${l2}) ${v}) (map (${comp} ${l2} ${l1}) (list ${v} ${v})))`,
    ),
  );
}

/** try/catch of thrown values and of runtime errors, nested and rethrown, with output. */
function tryCatch(): A {
  return templateNames(3).chain(([safe, th, e]) => {
    const c = topCtx(MIXED, 2);
    return fc
      .tuple(fc.array(expr(c), { minLength: 1, maxLength: 4 }), throwish(c), runtimeError(c), fc.boolean())
      .map(([es, t, r, rethrow]) => {
        const handler = rethrow
          ? `(try (throw ${e}) (catch (e2) (if (error? e2) (list :again (error-tag e2) (error-message e2)) (list :again e2))))`
          : `(if (error? ${e}) (list (error-tag ${e}) (error-message ${e})) (list :thrown ${e}))`;
        const thunks = [...es, t, r].map((x) => `(${safe} (lambda () (display "<") ${x}))`);
        return `(define (${safe} ${th}) (try (${th}) (catch (${e}) ${handler})))\n(list ${thunks.join(" ")})`;
      });
  });
}

/**
 * Frames are dynamic: a `define` inside a body binds in the innermost frame only when it runs,
 * so the same name can be global before it and local after it, or local in one call only.
 */
function conditionalDefines(): A {
  return templateNames(4).chain(([g, f, c, h]) =>
    fc.tuple(small([], 1), small([g], 1), small([g], 1), small([g], 1), count(0, 5)).map(([v1, v2, v3, v4, shape]) => {
      const bodies = [
        `(list ${g} (begin (when ${c} (define ${g} ${v2})) ${g}) ${g})`,
        `(when ${c} (define ${g} ${v2}) ${v3}) ${g}`,
        `(list (if ${c} (begin (define ${g} ${v2}) ${g}) ${g}) ${g})`,
        `(define ${h} (lambda () ${g})) (if ${c} (define ${g} ${v2}) (set! ${g} ${v3})) (list (${h}) ${g})`,
        `(let ((r0 (try ${g} (catch (e) :unbound)))) (unless ${c} (define ${g} ${v2})) (list r0 ${g} ${v4}))`,
        `(list (let ((${g} ${v2})) (define ${g} ${v3}) ${g}) ${g} (begin (set! ${g} ${v4}) ${g}))`,
      ];
      return `(define ${g} ${v1})\n(define (${f} ${c}) ${bodies[shape]})\n(list (${f} #t) (${f} #f) ${g} (${f} '()) ${g})`;
    }),
  );
}

/** Globals named like natives are late-bound everywhere, including inside the stdlib. */
function redefinedBuiltins(): A {
  // [native, a stdlib function that calls it once (no recursion), a call of that function]
  const pairs: ReadonlyArray<readonly [string, string]> = [
    ["car", "(first '(1 2))"], ["cdr", "(rest '(1 2))"], ["+", "(inc 41)"], ["-", "(dec 43)"],
    ["=", "(zero? 0)"], ["equal?", "(not= 1 2)"], ["null?", "(empty? '())"], [">", "(positive? 5)"],
    ["list", "(list 1 2)"], ["display", "(println 1)"], ["cons", "(cons 1 '())"],
  ];
  // The replacements' bodies are literals: an expression could call the native it replaces.
  const lit = (): A => choose([[3, () => intLit()], [1, () => stringLit()], [1, () => keyword(topCtx(MIXED, 0))], [1, () => floatLit()]]);
  return fc.tuple(pick(pairs), templateNames(2), lit(), lit(), count(0, 3)).map(([[b, use], [p, q], v1, v2, shape]) => {
    const uses = `(list ${use} (${b} 1 2) (${b} 1))`;
    switch (shape) {
      case 0:
        return `(define before ${uses})\n(define (${b} &rest ${p}) \`(:mine ,${p} ${v1}))\n(list before ${uses})`;
      case 1:
        return `(define before ${use})\n(set! ${b} (lambda (${p} &rest ${q}) ${v1}))\n(list before ${uses})`;
      case 2:
        return `(define (f0 ${b}) (list (${b} 1) ${use}))\n(list (f0 (lambda (${p}) ${v1})) (f0 ${v2}) (let ((${b} list)) (${b} 1 2)))`;
      default:
        return `(define ${b} ${v1})\n(list ${b} ${use})`;
    }
  });
}

/** `eval` runs in the current frame: it reads, assigns and defines the caller's locals. */
function evalInBodies(): A {
  return templateNames(3).chain(([f, x, y]) =>
    fc.tuple(small([x], 1), small([x], 1), small([], 1), count(0, 2)).map(([v1, v2, v3, shape]) => {
      const bodies = [
        `(list ${x} (eval '${x}) (eval '(begin (define ${x} ${v1}) ${x})) ${x} (eval '(set! ${x} ${v2})) ${x})`,
        `(define (g0) ${x}) (eval '(define ${x} ${v1})) (list (g0) ${x} (eval '(define ${y} ${v2})) ${y})`,
        `(let ((${y} ${x})) (eval '(set! ${y} ${v1})) (list ${x} ${y} (eval (list 'quote ${y}))))`,
      ];
      return `(define (${f} ${x}) ${bodies[shape]})\n(list (${f} ${v3}) (${f} 1) (try ${y} (catch (e) :unbound)))`;
    }),
  );
}

/** User macros (expanded before the code is compiled), used in bodies and at the top level. */
function macros(): A {
  return templateNames(4).chain(([m, a, b, f]) =>
    fc.tuple(small([], 1), small([], 1), fc.boolean()).map(([v1, v2, late]) => {
      const def = `(defmacro ${m} (${a} ${b}) \`(list ,${b} ,${a} (quote ,${a})))`;
      const use = `(define (${f} ${a}) (${m} ${a} ${v1}))`;
      return late ? `${use}\n${def}\n(list (${m} ${v2} 3) (try (${f} 1) (catch (e) (error-message e))))` : `${def}\n${use}\n(list (${m} ${v2} 3) (${f} ${v1}))`;
    }),
  );
}

/** One of the recursion / closure / scope / error templates. */
export function featureProgram(): A {
  return choose([
    [2, () => conditionalDefines()],
    [2, () => redefinedBuiltins()],
    [2, () => evalInBodies()],
    [1, () => macros()],
    [3, () => selfRecursion()],
    [3, () => tailRecursion()],
    [3, () => mutualRecursion()],
    [4, () => closuresInLoop()],
    [2, () => counters()],
    [2, () => lateBinding()],
    [2, () => higherOrder()],
    [3, () => tryCatch()],
  ]);
}

/**
 * Evaluation order around statement-like forms in argument positions: arguments that read a
 * variable next to arguments that assign it through `begin`/`let`/`if`/`and`/`or`/`try`/`define`
 * (a compiler that hoists statements out of an argument list must keep earlier reads first).
 */
export function evalOrderProgram(opts: GenOptions = MIXED): A {
  return templateNames(3, opts).chain(([x, y, f]) => {
    const c: Ctx = { ...topCtx(opts, 1), vars: [x, y], reserved: new Set([f]) };
    const v = (): A => choose([[3, () => intLit()], [1, () => keyword(c)], [1, () => stringLit()], [1, () => floatLit()]]);
    const e = (): A => choose([[3, () => v()], [2, () => expr(c)]]);
    const pieces = (): A =>
      choose([
        [3, () => e().map((e) => `(begin (set! ${x} ${e}) ${x})`)],
        [3, () => fc.constant(x)],
        [2, () => fc.constant(y)],
        [2, () => e().map((e) => `(let ((t1 ${x})) (set! ${x} ${e}) t1)`)],
        [2, () => e().map((e) => `(if (begin (set! ${y} ${e}) ${y}) ${x} (begin (set! ${x} :else) ${y}))`)],
        [1, () => e().map((e) => `(and (set! ${x} ${e}) ${x})`)],
        [1, () => e().map((e) => `(or (begin (display ${x}) #f) (set! ${y} ${e}) ${y})`)],
        [1, () => e().map((e) => `(try (begin (set! ${x} ${e}) (car ${x})) (catch (e) ${x}))`)],
        [1, () => e().map((e) => `(begin (define ${y} ${e}) ${y})`)],
        [1, () => e().map((e) => `(cond ((begin (set! ${x} ${e}) #f) 1) (else ${x}))`)],
        [1, () => e().map((e) => `(when #t (set! ${y} ${x}) (set! ${x} ${e}) ${y})`)],
        [1, () => e().map((e) => `((lambda () (set! ${x} ${e}) ${x}))`)],
        [1, () => e()],
      ]);
    const call = choose([
      [3, () => fc.tuple(pick(["list", "list", "cons", "equal?", "vector-nope"]), many(pieces, 1, 4)).map(([h, a]) => `(${h} ${a})`)],
      [2, () => many(pieces, 1, 3).map((a) => `((begin (set! ${f} list) ${f}) ${a} (begin (set! ${f} 0) ${f}))`)],
      [3, () => many(pieces, 2, 4).map((a) => `(${f} ${a})`)],
    ]);
    const guarded = choose([
      [1, () => call],
      [1, () => call.map((k) => `(try ${k} (catch (e) (list :caught e)))`)],
    ]);
    return fc
      .tuple(v(), v(), fc.array(guarded, { minLength: 1, maxLength: 3 }))
      .map(([vx, vy, calls]) => `(define ${x} ${vx})\n(define ${y} ${vy})\n(define (${f} &rest r) r)\n(list ${calls.join(" ")} ${x} ${y})`);
  });
}

// ───────────────────────────────────────────────────────────────────────── lists sharing storage

/** A list value as the reference has it (a vector: every operation copies), or nil. */
type ModelList = ModelElem[] | null;
type ModelElem = number | string | ModelList;

/** Display text (spec §2.7) of a model value; strings are keywords' text. */
const modelText = (v: ModelElem): string => (v === null ? "()" : typeof v === "number" ? String(v) : typeof v === "string" ? v : `(${v.map(modelText).join(" ")})`);

/** One step of a list program: a new variable from earlier ones. */
type ListOp =
  | { op: "cons" | "cons-list" | "append" | "walk"; a: number; b: number; n: number }
  | { op: "cdr" | "drop" | "take" | "reverse" | "build" | "my-map" | "flatten" | "butlast" | "intersperse" | "splice" | "apply-list" | "last"; a: number; b: number; n: number };

const LIST_OPS = ["cons", "cons-list", "append", "walk", "cdr", "drop", "take", "reverse", "build", "my-map", "flatten", "butlast", "intersperse", "splice", "apply-list", "cdr", "cons", "build"] as const;

/** The functions every list program defines: a tail-loop builder, a reversing walk and a recursive map. */
const LIST_PRELUDE = [
  "(define (build n acc) (if (= n 0) acc (build (- n 1) (cons n acc))))",
  "(define (walk xs acc) (if (null? xs) acc (walk (cdr xs) (cons (car xs) acc))))",
  "(define (my-map xs) (if (null? xs) '() (cons (list (car xs)) (my-map (cdr xs)))))",
].join("\n");

const flat = (xs: ModelElem[]): ModelElem[] => xs.flatMap((x) => (x === null ? [] : Array.isArray(x) ? flat(x) : [x]));
const orNil = (xs: ModelElem[]): ModelList => (xs.length === 0 ? null : xs);

/** The source of op `o` on variables `vs` and its model value, or null when the reference would raise. */
function listStep(o: ListOp, vs: readonly ModelList[]): { src: string; value: ModelList } | null {
  const k = vs.length;
  const [ia, ib] = [o.a % k, o.b % k];
  const [a, b] = [vs[ia]!, vs[ib]!];
  const [A, B] = [`v${ia}`, `v${ib}`];
  const m = (x: ModelList): ModelElem[] => x ?? [];
  switch (o.op) {
    case "cons":
      return { src: `(cons ${o.n} ${A})`, value: [o.n, ...m(a)] };
    case "cons-list":
      return { src: `(cons ${A} ${B})`, value: [a, ...m(b)] };
    case "append":
      return { src: `(append ${A} ${B})`, value: orNil([...m(a), ...m(b)]) };
    case "walk":
      return { src: `(walk ${A} ${B})`, value: m(a).length === 0 ? b : [...[...m(a)].reverse(), ...m(b)] };
    case "cdr":
      return m(a).length === 0 ? null : { src: `(cdr ${A})`, value: orNil(m(a).slice(1)) };
    case "drop":
      return { src: `(drop ${o.n % 4} ${A})`, value: m(a).slice(o.n % 4) };
    case "take":
      return { src: `(take ${o.n % 4} ${A})`, value: m(a).slice(0, o.n % 4) };
    case "reverse":
      return { src: `(reverse ${A})`, value: a === null ? null : [...a].reverse() };
    case "build":
      return { src: `(build ${o.n % 5} ${A})`, value: o.n % 5 === 0 ? a : [...Array.from({ length: o.n % 5 }, (_, i) => i + 1), ...m(a)] };
    case "my-map":
      return { src: `(my-map ${A})`, value: m(a).map((x) => [x]) };
    case "flatten":
      return { src: `(flatten (list ${A} ${o.n} ${B}))`, value: orNil(flat([a, o.n, b])) };
    case "butlast":
      return m(a).length === 0 ? null : { src: `(butlast ${A})`, value: orNil(m(a).slice(0, -1)) };
    case "intersperse":
      return { src: `(intersperse :s ${A})`, value: orNil(m(a).flatMap((x, i) => (i === 0 ? [x] : [":s", x]))) };
    case "splice":
      return { src: `\`(${o.n} ,@${A} :end)`, value: [o.n, ...m(a), ":end"] };
    case "apply-list":
      return { src: `(apply list ${A})`, value: [...m(a)] };
    case "last":
      return m(a).length === 0 ? null : { src: `(list (last ${A}))`, value: [m(a)[m(a).length - 1]!] };
  }
}

/**
 * Programs that build lists sharing storage every way the runtime shares it (cons onto the
 * newest list and onto older ones, cdr, drop, append onto built lists, a tail-loop builder, a
 * recursive map, flatten, quasiquote splicing), then show every list they made and its type.
 * With each program comes the display the reference gives, computed from a model in which every
 * operation copies, so a list that changed after it was made shows up on either engine.
 */
export function listProgram(): fc.Arbitrary<{ readonly src: string; readonly expected: string }> {
  const op = fc.record({ op: fc.constantFrom(...LIST_OPS), a: fc.nat(40), b: fc.nat(40), n: fc.nat(9) }) as fc.Arbitrary<ListOp>;
  return fc.array(op, { minLength: 1, maxLength: 14 }).map((ops) => {
    const vs: ModelList[] = [[], null, [1, 2, 3]];
    const lines = [LIST_PRELUDE, "(define v0 '())", "(define v1 ())", "(define v2 (list 1 2 3))"];
    for (const o of ops) {
      const s = listStep(o, vs);
      if (s === null) continue;
      lines.push(`(define v${vs.length} ${s.src})`);
      vs.push(s.value);
    }
    const names = vs.map((_, i) => `v${i}`).join(" ");
    lines.push(`(list (list ${names}) (map type-of (list ${names})))`);
    const types = vs.map((v) => (v === null ? ":nil" : ":list")).join(" ");
    return { src: lines.join("\n"), expected: `(${modelText(vs)} (${types}))` };
  });
}
