/**
 * Runtime errors as a person is shown them (compiler/diagnostics/error-report.ts): the function
 * the error happened in with its parameters, a code frame, the Lisp call stack with function
 * names and positions, suggestions; the same text on both engines, for a table of programs and
 * for random programs (only a stack overflow's depth may differ). What a `catch` sees stays the
 * reference's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runOnce, runProgram } from "../../compiler/engine.js";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import { errorReport } from "../../compiler/diagnostics/error-report.js";
import { ENGINES } from "../support/engines.js";
import { MIXED, consBuilder, evalOrderProgram, featureProgram, loopCall, randomProgram } from "../support/program-gen.js";
import type { EngineName } from "../../compiler/engine.js";
import { instantiate } from "../../compiler/engine.js";
import type { LispError } from "../../runtime/errors/lisp-error.js";
import { extension, STANDARD_EXTENSIONS, tick, VigyHost } from "../../runtime/vigy/index.js";

/** The report of running `source` on `engine`, or its value when it did not fail. */
function report(source: string, engine: EngineName): string {
  const { program } = compileToIR(source, "app.lisp", { checkNames: false });
  const o = runProgram(program, source, engine, false);
  if (!("error" in o)) return `value (${o.status})`;
  return errorReport(o.error, { programs: [{ program, source }] });
}

const CASES: { name: string; source: string; report: string; caught?: string }[] = [
  {
    name: "a type error deep in a call chain names each function on the way out",
    source: '(define (inner x) (+ x 1))\n(define (middle y) (list (inner y)))\n(define (outer z) (let ((r (middle z))) r))\n(outer "a")\n',
    report: [
      "error: type mismatch: expected number, got string",
      "  at (inner x) app.lisp:1:19",
      "     1 | (define (inner x) (+ x 1))",
      "       |                   ^^^^^^^",
      "  called from (middle y) app.lisp:2:26",
      "  called from (outer z) app.lisp:3:28",
      "  called from the top level app.lisp:4:1",
      "",
    ].join("\n"),
    caught: "type mismatch: expected number, got string",
  },
  {
    name: "a tail call leaves no frame, as in the reference",
    source: '(define (inner x) (+ x 1))\n(define (outer z) (inner z))\n(outer "a")\n',
    report: ["error: type mismatch: expected number, got string", "  at (inner x) app.lisp:1:19", "     1 | (define (inner x) (+ x 1))", "       |                   ^^^^^^^", "  called from the top level app.lisp:3:1", ""].join("\n"),
  },
  {
    name: "an error inside a lambda that map calls is a frame at the map",
    source: "(define (firsts xss) (map (lambda (xs) (car xs)) xss))\n(define (go) (list (firsts (list (list 1) 2))))\n(go)\n",
    report: [
      "error: type mismatch: expected pair, got int",
      "  at (lambda (xs)) app.lisp:1:40",
      "     1 | (define (firsts xss) (map (lambda (xs) (car xs)) xss))",
      "       |                                        ^^^^^^^^",
      "  called from (firsts xss) app.lisp:1:22",
      "  called from (go) app.lisp:2:20",
      "  called from the top level app.lisp:3:1",
      "",
    ].join("\n"),
  },
  {
    name: "an error out of the call a cons in tail position conses onto is a frame at that call",
    source: "(define (h xs) (car xs))\n(define (firsts xss) (cons 0 (apply h xss)))\n(define (go) (list (firsts (list 2))))\n(go)\n",
    report: [
      "error: type mismatch: expected pair, got int",
      "  at (h xs) app.lisp:1:16",
      "     1 | (define (h xs) (car xs))",
      "       |                ^^^^^^^^",
      "  called from (firsts xss) app.lisp:2:30",
      "  called from (go) app.lisp:3:20",
      "  called from the top level app.lisp:4:1",
      "",
    ].join("\n"),
  },
  {
    name: "a recursion is shown as its function, once",
    source: "(define (count-down n) (if (= n 0) (car n) (+ 1 (count-down (- n 1)))))\n(define (start) (list (count-down 4)))\n(start)\n",
    report: [
      "error: type mismatch: expected pair, got int",
      "  at (count-down n) app.lisp:1:36",
      "     1 | (define (count-down n) (if (= n 0) (car n) (+ 1 (count-down (- n 1)))))",
      "       |                                    ^^^^^^^",
      "  called from (start) app.lisp:2:23",
      "  called from the top level app.lisp:3:1",
      "",
    ].join("\n"),
  },
  {
    name: "an arity error names the function called and its parameters",
    source: "(define (area w h) (* w h))\n(define (report) (list (area 3)))\n(report)\n",
    report: ["error: (area w h) takes 2 arguments, called with 1", "  at (report) app.lisp:2:24", "     2 | (define (report) (list (area 3)))", "       |                        ^^^^^^^^", "  called from the top level app.lisp:3:1", ""].join("\n"),
    caught: "`<closure>` expected Exact(2), got 1",
  },
  {
    name: "an arity error of a builtin names it and its parameters",
    source: '(define (save) (vigy-set "k"))\n(save)\n',
    report: ["error: (vigy-set key value) takes 2 arguments, called with 1", "  at (save) app.lisp:1:16", "     1 | (define (save) (vigy-set \"k\"))", "       |                ^^^^^^^^^^^^^^", "  called from the top level app.lisp:2:1", ""].join("\n"),
  },
  {
    name: "an unbound name comes with the closest known names",
    source: '(define (read-it) (list (vigy-gett "k")))\n(read-it)\n',
    report: [
      "error: unbound symbol `vigy-gett`",
      "  at (read-it) app.lisp:1:26",
      '     1 | (define (read-it) (list (vigy-gett "k")))',
      "       |                          ^^^^^^^^^",
      "  called from the top level app.lisp:2:1",
      "  help: did you mean `vigy-get`?",
      "",
    ].join("\n"),
    caught: "unbound symbol `vigy-gett`",
  },
  {
    name: "an arity error of a lambda map calls names the lambda, its parameters and map",
    source: "(define (go items) (list (map (lambda (a b) a) items)))\n(go (list 1 2))\n",
    report: [
      "error: (lambda (a b)) takes 2 arguments, called with 1 by `map`",
      "  at (go items) app.lisp:1:26",
      "     1 | (define (go items) (list (map (lambda (a b) a) items)))",
      "       |                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
      "  called from the top level app.lisp:2:1",
      "",
    ].join("\n"),
    caught: "`<closure>` expected Exact(2), got 1",
  },
  {
    name: "an arity error of a function the program passes to apply names it",
    source: "(define (two a b) a)\n(define (run xs) (list (apply two xs)))\n(run (list 1 2 3))\n",
    report: [
      "error: (two a b) takes 2 arguments, called with 3 by `apply`",
      "  at (run xs) app.lisp:2:24",
      "     2 | (define (run xs) (list (apply two xs)))",
      "       |                        ^^^^^^^^^^^^^^",
      "  called from the top level app.lisp:3:1",
      "",
    ].join("\n"),
  },
  {
    name: "an error in the stdlib shows the stdlib function and the program's call",
    source: "(define (lookup m) (list (get m :a)))\n(lookup 5)\n",
    report: ["error: type mismatch: expected map, got int", "  at (get m k) in the stdlib", "  called from (lookup m) app.lisp:1:26", "  called from the top level app.lisp:2:1", ""].join("\n"),
  },
];

describe("runtime errors as a person reads them", () => {
  for (const c of CASES) {
    for (const engine of ENGINES) {
      it(`${c.name} (${engine})`, () => {
        expect(report(c.source, engine)).toBe(c.report);
        if (c.caught !== undefined) {
          // What a catch sees is the reference's short message: the last form, caught.
          const lines = c.source.trimEnd().split("\n");
          const last = lines.pop()!;
          const src = `${lines.join("\n")}\n(try ${last} (catch (e) (error-message e)))\n`;
          const o = runOnce(src, "app.lisp", engine);
          expect(o.status).toBe("OK");
          if ("value" in o) expect(o.value).toBe(c.caught);
        }
      });
    }
  }
});

describe("a host extension's JS exception", () => {
  const mado = extension("mado", [
    {
      name: "mado-sessions",
      min: 0,
      max: 0,
      fn: () => {
        throw new TypeError("sessions is not iterable");
      },
    },
  ]);
  const source = "(define (count-sessions) (list (mado-sessions)))\n(count-sessions)\n";
  for (const engine of ENGINES) {
    it(`is shown as a bug in the host with its JS stack, distinct from a Lisp error (${engine})`, () => {
      const { program } = compileToIR(source, "app.lisp", { globals: ["mado-sessions"] });
      let err: LispError | undefined;
      try {
        tick(instantiate(program, source, engine), new VigyHost(), { extensions: [...STANDARD_EXTENSIONS, mado] });
      } catch (e) {
        err = e as LispError;
      }
      // A program sees the catchable native error it always did.
      expect(err?.message).toBe("in native fn mado-sessions: sessions is not iterable at app.lisp:1:32");
      const text = errorReport(err!, { programs: [{ program, source }] }).split("\n");
      expect(text.slice(0, 5)).toEqual([
        "error: host bug in `mado-sessions` (extension mado): TypeError: sessions is not iterable",
        "  at (count-sessions) app.lisp:1:32",
        "     1 | (define (count-sessions) (list (mado-sessions)))",
        "       |                                ^^^^^^^^^^^^^^^",
        "  called from the top level app.lisp:2:1",
      ]);
      expect(text[5]).toBe("  JS stack of the host function:");
      expect(text[6]).toBe("    TypeError: sessions is not iterable");
      // The host's own frame (this file), not vigy-js's.
      expect(text[7]).toContain("stack-traces.test.ts");
      expect(text.at(-2)).toBe("  This is a bug in the host's extension `mado`, not in the Lisp program (which sees the catchable error `in native fn mado-sessions: sessions is not iterable`).");
    });
  }
});

describe("both engines show the same stack", () => {
  const agree = (src: string): void => {
    const interp = report(src, "interp");
    const compiled = report(src, "compiled");
    if (interp.includes("stack overflow") && compiled.includes("stack overflow")) return;
    expect(compiled, src).toBe(interp);
  };
  it("on random programs", () => fc.assert(fc.property(randomProgram(MIXED), agree), { numRuns: 400 }));
  it("on programs using many features", () => fc.assert(fc.property(featureProgram(), agree), { numRuns: 200 }));
  it("on list builders the compiler turns into loops", () => fc.assert(fc.property(consBuilder(), agree), { numRuns: 200 }));
  it("on map, filter, foldl… over a lambda compiled in place", () => fc.assert(fc.property(loopCall(), agree), { numRuns: 300 }));
  it("on evaluation order around statement-like forms", () => fc.assert(fc.property(evalOrderProgram(), agree), { numRuns: 200 }));
});
