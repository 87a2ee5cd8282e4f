/**
 * Where expansion errors are reported: a macro body's error and a reached expansion limit are
 * positioned at the macro call (the reference reports macro errors at the call too), on both
 * engines and in `vigyc build`'s diagnostics; the build finishes instead of running forever.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/emit/compile.js";
import { observe } from "../support/expect-outcome.js";
import { ENGINES } from "../support/engines.js";

const BQ = "`";
const PROGRAMS: readonly [string, string, string][] = [
  ["self-expanding", `(defmacro forever (x) ${BQ}(forever ,x))\n(list 1\n  (forever 1))`, "test.lisp:3:3"],
  ["doubling", `(defmacro dbl (x) ${BQ}(dbl (,x ,x)))\n(define y\n     (dbl 1))`, "test.lisp:3:6"],
  ["body error", "(defmacro boom () (car 1))\n(list 1\n (boom))", "test.lisp:3:2"],
];

describe("expansion errors are positioned at the macro call", () => {
  for (const [name, src, at] of PROGRAMS) {
    for (const engine of ENGINES) {
      it(`${name} on ${engine}`, () => {
        const got = observe(src, engine);
        expect(got.status).toBe("ERR");
        expect(got.display).toMatch(new RegExp(` at ${at.replace(/\./g, "\\.")}$`));
      });
    }
    it(`${name}: compile() reports it at the call and returns`, () => {
      const { diagnostics } = compile(src, { filename: "test.lisp", sourcemap: "none" });
      const [line, col] = at.split(":").slice(1).map(Number);
      expect(diagnostics).toMatchObject([{ severity: "error", line, col }]);
    });
  }
});
