/**
 * Emitted code reaches nothing a Lisp binding can shadow. A compiled module's locals are munged
 * Lisp names, so a free identifier of the module (one it reads without declaring: a JS global)
 * that some Lisp name munges to would change meaning under `(define (Array n) …)` or
 * `(let ((Math 1)) …)`. Every module the tables, examples, benchmark programs, the compiled
 * stdlib and random programs produce is parsed with acorn and its free identifiers checked.
 */
import * as acorn from "acorn";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/emit/compile.js";
import { demangle, mangle } from "../../compiler/emit/munge.js";
import { freeIdentifiers } from "../support/free-identifiers.js";
import { HOSTILE, MIXED, featureProgram, loopCall, randomProgram } from "../support/program-gen.js";
import { observe } from "../support/expect-outcome.js";
import { samplePrograms } from "../support/sample-programs.js";

/** Whether some Lisp name munges to `id` (the one rule: munging, reversed by demangle). */
const bindable = (id: string): boolean => mangle(demangle(id)) === id;

function shadowable(src: string): string[] {
  const out = new Set<string>();
  const mod = compile(src, { filename: "t.lisp", sourcemap: "none" }).code;
  for (const id of freeIdentifiers(acorn.parse(mod, { ecmaVersion: "latest", sourceType: "module" }))) if (bindable(id)) out.add(id);
  // The function shape runs under `new Function("$r", code)`: `$r` is its parameter.
  const fn = compile(src, { filename: "t.lisp", sourcemap: "none", shape: "function" }).code;
  const wrapped = acorn.parse(`(function ($r) {\n${fn}\n})`, { ecmaVersion: "latest", sourceType: "script" });
  for (const id of freeIdentifiers(wrapped)) if (bindable(id)) out.add(id);
  return [...out].sort();
}

const files = (dir: string): { name: string; src: string }[] =>
  readdirSync(new URL(`../../${dir}/`, import.meta.url))
    .filter((f) => f.endsWith(".lisp"))
    .map((f) => ({ name: `${dir}/${f}`, src: readFileSync(new URL(`../../${dir}/${f}`, import.meta.url), "utf8") }));

describe("emitted code names no JS global a Lisp binding could shadow", () => {
  it("the checker sees a shadowable global", () => {
    expect([...freeIdentifiers(acorn.parse("function f(x) { return Array.isArray(x) && y; }", { ecmaVersion: "latest" }))].sort()).toEqual(["Array", "y"]);
    expect(bindable("Array")).toBe(true);
    expect(bindable("undefined")).toBe(false); // a Lisp `undefined` munges to `undefined$R`
    expect(bindable("$r_isArray")).toBe(false);
  });

  it("in every table program, example and benchmark program (both shapes)", () => {
    const programs = [...samplePrograms(), ...files("examples"), ...files("bench/programs")];
    const found: string[] = [];
    for (const p of programs) for (const id of shadowable(p.src)) found.push(`${p.name}: ${id}`);
    expect(found).toEqual([]);
  });

  it("in the compiled stdlib", () => {
    for (const f of ["prelude-js.generated.ts", "prelude-js-bound.generated.ts"]) {
      const text = readFileSync(new URL(`../../runtime/stdlib/${f}`, import.meta.url), "utf8");
      const ids = [...freeIdentifiers(acorn.parse(text, { ecmaVersion: "latest", sourceType: "module" }))].filter(bindable);
      expect(ids, f).toEqual([]);
    }
  });

  it("in random programs, including ones that bind JS global names", () => {
    const arb = fc.oneof(randomProgram(MIXED), randomProgram(HOSTILE), featureProgram(), loopCall());
    fc.assert(fc.property(arb, (src) => {
      expect(shadowable(src), src).toEqual([]);
    }), { numRuns: 300 });
  });
});

// Programs that bind JS globals and then use what the emitter inlines (car, nth, map loops).
const SHADOWING: readonly [string, string][] = [
  ["(define (Array n) (list \"hijacked\" n 99 98 97)) (map (lambda (x) (+ x 1)) (list 1 2 3))", "(2 3 4)"],
  ["(let ((Array 5)) (car (list 7 8)))", "7"],
  ["(define Array 5) (list (nth 1 (list 7 8)) (map (lambda (x) x) (list 1)) Array)", "(8 (1) 5)"],
  ["(define (f Math Object undefined) (list (car (list Math)) (filter number? (list Object undefined)))) (f 1 2 :u)", "(1 (2))"],
  ["(let ((isArray 1) (newArray 2)) (list (car (list isArray)) (map (lambda (x) newArray) (list 0))))", "(1 (2))"],
];

describe("programs binding JS global names behave as on the interpreter", () => {
  for (const [src, display] of SHADOWING) {
    it(src, () => {
      const interp = observe(src, "interp");
      expect(interp).toMatchObject({ status: "OK", display });
      expect(observe(src, "compiled")).toEqual(interp);
    });
  }
});
