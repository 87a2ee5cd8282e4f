/**
 * Differential test of the two engines: thousands of random, well-formed tatara-lisp programs
 * (test/support/program-gen.ts) are run on the interpreter and on the compiled JS, and the
 * whole observable outcome must be identical — status, value display and type, error tag,
 * message and positioned display, and stdout. The interpreter is the reference here; any
 * difference is a compiler (or shared-runtime) bug. Seeds are random on every run; a failure
 * prints the seed and the shrunk program, rerun it with `fc.assert(…, { seed, path })`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { observe } from "../support/expect-outcome.js";
import { HOSTILE, MIXED, arithmeticProgram, consBuilder, edgeArithmeticProgram, listProgram, loopCall, evalOrderProgram, featureProgram, randomProgram } from "../support/program-gen.js";

function engineAgree(src: string): void {
  const interp = observe(src, "interp");
  const compiled = observe(src, "compiled");
  // Where the JS stack runs out depends on each engine's frame sizes, so a stack overflow's
  // position is not comparable (its tag and message are).
  if (interp.tag === ":stack-overflow" && compiled.tag === ":stack-overflow") {
    delete interp.display;
    delete compiled.display;
  }
  expect(compiled, src).toEqual(interp);
}

const check = (arb: fc.Arbitrary<string>, numRuns: number): void => {
  fc.assert(fc.property(arb, engineAgree), { numRuns });
};

describe("compiled and interp agree on random programs", () => {
  it("arithmetic: ints, 64-bit ints, floats, mixing, division by zero, type errors", () => {
    check(arithmeticProgram(), 600);
  });

  it("two-operand + - * and comparisons at the int32, 2^53 and i64 edges (compiled inline)", () => {
    check(edgeArithmeticProgram(), 400);
  });

  it("mixed programs: globals, functions, closures, scopes, errors, quasiquote, output", () => {
    check(randomProgram(MIXED), 1000);
  });

  it("JS-hostile names and strings", () => {
    check(randomProgram(HOSTILE), 600);
  });

  it("recursion, loops capturing variables, counters, late binding, dynamic defines, eval, macros, try/catch", () => {
    check(featureProgram(), 800);
  });

  it("recursive list builders (cons onto a self call, which compiles to a loop)", () => {
    check(consBuilder(), 400);
  });

  it("lists sharing storage (cons, cdr, drop, append, builders, flatten, splicing), both engines as the reference gives them", () => {
    fc.assert(
      fc.property(listProgram(), ({ src, expected }) => {
        engineAgree(src);
        expect(observe(src, "interp"), src).toMatchObject({ status: "OK", display: expected });
      }),
      { numRuns: 300 },
    );
  });

  it("map, filter, remove, for-each, foldl and hash-map-update over a lambda at the call site (compiled in place)", () => {
    check(loopCall(), 600);
  });

  it("evaluation order around statement-like forms in argument positions", () => {
    check(evalOrderProgram(), 600);
  });
});
