/**
 * Source maps of emitted modules: every call form maps back to its Lisp line and column, maps
 * carry Lisp names and the Lisp source, and a runtime error from a built module run under
 * `node --enable-source-maps` names the .lisp file, line and column in its stack trace.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { SourceMapConsumer } from "source-map";
import { describe, expect, it } from "vitest";
import { main } from "../../compiler/cli/main.js";
import { compile } from "../../compiler/emit/compile.js";
import type { Expr, Pos } from "../../runtime/ir/nodes.js";

const PROGRAMS = [
  `(define (vigy-has? k xs)
  (cond ((null? xs) #f)
        ((equal? k (car xs)) #t)
        (else (vigy-has? k (cdr xs)))))
(define (sum xs) (foldl + 0 xs))
(list (vigy-has? 3 (list 1 2 3))
      (sum (map (lambda (x) (* x x)) (range 10)))
      (let ((s "str")) (string-append s "!")))`,
  `(define counter 0)
(define (bump! n) (set! counter (+ counter n)) counter)
(bump! 2)
(if (> (bump! 3) 4)
    (begin (display "big") (newline) counter)
    'small)
(try (car 5) (catch e (error-message e)))`,
];

/** Positions of every call in the IR (the forms whose code must be findable from the map). */
function callPositions(forms: readonly unknown[]): Pos[] {
  const out: Pos[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v === null || typeof v !== "object") return;
    const e = v as Expr;
    if (e.t === "call") out.push(e.s);
    Object.values(v).forEach(visit);
  };
  visit(forms);
  return out;
}

describe("source maps", () => {
  for (const [i, src] of PROGRAMS.entries()) {
    it(`map every call of program ${i + 1} back to its Lisp line and column`, async () => {
      const r = compile(src, { filename: `p${i}.lisp` });
      expect(r.map!.sourcesContent).toEqual([src]);
      expect(r.code).toMatch(new RegExp(`//# sourceMappingURL=p${i}\\.js\\.map\\n$`));
      const consumer = await new SourceMapConsumer(r.map!);
      try {
        const calls = callPositions(r.ir.forms);
        expect(calls.length).toBeGreaterThan(5);
        for (const [line, col] of calls) {
          const gen = consumer.generatedPositionFor({ source: `p${i}.lisp`, line, column: col - 1 });
          expect(gen.line, `call at ${line}:${col} has no mapping`).not.toBeNull();
          const back = consumer.originalPositionFor({ line: gen.line!, column: gen.column! });
          expect([back.source, back.line, back.column! + 1]).toEqual([`p${i}.lisp`, line, col]);
        }
      } finally {
        consumer.destroy();
      }
    });
  }

  it("names in the map are Lisp names", () => {
    const r = compile(PROGRAMS[0]!, { filename: "p.lisp" });
    expect(r.map!.names).toContain("vigy-has?");
    expect(r.map!.names.every((n) => !n.includes("$"))).toBe(true);
  });

  it("inline maps are a data URL; none writes no map", () => {
    const inline = compile("(+ 1 2)", { filename: "a.lisp", sourcemap: "inline" });
    expect(inline.code).toMatch(/\/\/# sourceMappingURL=data:application\/json;charset=utf-8;base64,/);
    const none = compile("(+ 1 2)", { filename: "a.lisp", sourcemap: "none" });
    expect(none.map).toBeNull();
    expect(none.code).not.toContain("sourceMappingURL");
  });
});

describe("stack traces of built modules", () => {
  const runtime = pathToFileURL(resolve("dist/runtime/compiled/index.js")).href;
  const host = pathToFileURL(resolve("dist/runtime/index.js")).href;

  it("show the .lisp file, line and column under node --enable-source-maps", () => {
    const dir = mkdtempSync(join(tmpdir(), "vigy-map-"));
    writeFileSync(join(dir, "boom.lisp"), "(define (inner x)\n  (car x))\n(define (outer n)\n  (+ 1 (inner n)))\n(outer 5)\n");
    const io = { out: () => {}, err: () => {} };
    expect(main(["build", join(dir, "boom.lisp"), "-o", join(dir, "out"), "--runtime", runtime], io)).toBe(0);
    writeFileSync(join(dir, "run.mjs"), `const m = await import(${JSON.stringify(pathToFileURL(join(dir, "out", "boom.js")).href)});\nconst { tick } = await import(${JSON.stringify(host)});\ntry { tick(m.default); } catch (e) { console.log(e.stack); }\n`);
    const stack = execFileSync(process.execPath, ["--enable-source-maps", join(dir, "run.mjs")], { encoding: "utf8" });
    expect(stack).toMatch(/type mismatch: expected pair, got int at .*boom\.lisp:2:3/);
    expect(stack).toMatch(/at inner \(.*boom\.lisp:2:\d+\)/);
    expect(stack).toMatch(/at outer \(.*boom\.lisp:4:\d+\)/);
    expect(JSON.parse(readFileSync(join(dir, "out", "boom.js.map"), "utf8")).sources).toEqual(["../boom.lisp"]);
  });
});
