/**
 * What the JS back end writes, checked on the code itself: every module the tables produce
 * parses (acorn), contains no immediately-invoked function, and keeps source text out of the
 * code; names are munged reversibly; self tail calls, and conses onto them, are loops.
 */
import * as acorn from "acorn";
import * as walk from "acorn-walk";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/emit/compile.js";
import { demangle, mangle } from "../../compiler/emit/munge.js";
import { observe } from "../support/expect-outcome.js";
import { samplePrograms } from "../support/sample-programs.js";

const parseModule = (code: string) => acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" });

/** Calls whose callee is a function expression: the wrappers the emitter must not produce. */
function iifes(ast: acorn.Node): number {
  let n = 0;
  walk.simple(ast, {
    CallExpression(node) {
      const callee = (node as acorn.CallExpression).callee;
      if (callee.type === "FunctionExpression" || callee.type === "ArrowFunctionExpression") n++;
    },
  });
  return n;
}

describe("emitted modules", () => {
  const programs = samplePrograms();

  it(`parse with acorn and contain no IIFE (${programs.length} table programs, both shapes)`, () => {
    for (const p of programs) {
      const mod = compile(p.src, { filename: "t.lisp", sourcemap: "none" }).code;
      const ast = parseModule(mod);
      if (!mod.includes("$r.interpreted(")) expect(iifes(ast), p.name).toBe(0);
      const fnShape = compile(p.src, { filename: "t.lisp", sourcemap: "none", shape: "function" }).code;
      acorn.parse(fnShape, { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: true });
    }
  });

  it("the compiled stdlib parses and has no IIFE", () => {
    const text = readFileSync(new URL("../../runtime/stdlib/prelude-js.generated.ts", import.meta.url), "utf8");
    expect(iifes(parseModule(text))).toBe(0);
  });

  it("let, begin, if and cond in argument position compile to statements, not wrappers", () => {
    const src = `(define x 1)
      (list (let ((y 2)) (set! x y) y)
            (begin (set! x 3) x)
            (if (> x 2) (let ((z 4)) z) (begin 5))
            (cond ((= x 1) 'one) ((= x 3) (let ((w 'three)) w)) (else 'other))
            x)`;
    const { code } = compile(src, { filename: "t.lisp", sourcemap: "none" });
    expect(iifes(parseModule(code))).toBe(0);
    expect(observe(src, "compiled")).toEqual(observe(src, "interp"));
    expect(observe(src, "compiled").display).toBe("(2 3 4 three 3)");
  });
});

describe("tail calls", () => {
  const loop = "(define (count n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))) (count 1000000 0)";

  it("a self tail call becomes a loop and runs 1 000 000 deep", () => {
    const { code } = compile(loop, { filename: "t.lisp", sourcemap: "none" });
    expect(code).toMatch(/for \(; ; \)/);
    expect(code).toMatch(/continue;/);
    expect(observe(loop, "compiled")).toMatchObject({ status: "OK", display: "1000000" });
  });

  it("closures made in a loop keep their own iteration's bindings", () => {
    const src = "(define (mk n acc) (if (= n 0) acc (mk (- n 1) (cons (lambda () n) acc)))) (map (lambda (f) (f)) (mk 3 '()))";
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "(1 2 3)" });
  });

  it("mutual tail recursion 100 000 deep does not grow the stack", () => {
    const src = `(define (ev? n) (if (= n 0) #t (od? (- n 1))))
                 (define (od? n) (if (= n 0) #f (ev? (- n 1))))
                 (list (ev? 100000) (od? 100001))`;
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "(#t #t)" });
  });

  it("a cons onto a self call becomes a loop with an accumulator, so range and user builders run 300 000 deep", () => {
    const src = "(define (upto n) (if (= n 0) (list :end) (cons n (upto (- n 1))))) (list (length (upto 300000)) (last (upto 3)) (length (range 300000)))";
    const { code } = compile(src, { filename: "t.lisp", sourcemap: "none" });
    expect(code).toMatch(/\$acc\.push\(/);
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "(300001 :end 300000)" });
  });

  it("no accumulator loop when cons is redefined (the reference would call the new cons)", () => {
    const src = "(define (upto n) (if (= n 0) () (cons n (upto (- n 1))))) (define (cons a b) (list a b)) (upto 2)";
    expect(compile(src, { filename: "t.lisp", sourcemap: "none" }).code).not.toMatch(/\$acc/);
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "(2 (1 ()))" });
  });
});

describe("calls", () => {
  const code = (src: string): string => compile(src, { filename: "t.lisp", sourcemap: "none" }).code;

  it("map, filter, remove, for-each and foldl over a lambda at the call site are loops, without a closure", () => {
    for (const [src, display] of [
      ["(map (lambda (x) (* x x)) (list 1 2 3))", "(1 4 9)"],
      ["(filter (lambda (x) (> x 1)) (list 1 2 3))", "(2 3)"],
      ["(remove (lambda (x) (> x 1)) (list 1 2 3))", "(1)"],
      ["(foldl (lambda (acc x) (+ acc x)) 10 (list 1 2 3))", "16"],
      ["(for-each (lambda (x) (display x)) (list 1 2))", "()"],
    ] as const) {
      expect(code(src)).toMatch(/for \(let /);
      expect(code(src)).not.toMatch(/\$r(_|\.)fn\(/);
      expect(observe(src, "compiled")).toMatchObject({ status: "OK", display });
    }
  });

  it("a named function in a loop's place is called per element in the loop, and errors keep their positions", () => {
    const src = "(define (sq x) (* x x))\n(define (f xs) (list (map sq xs) (foldl + 0 xs) (filter odd? xs)))\n(f (list 1 2 3))";
    expect(code(src)).toMatch(/for \(let /);
    expect(code(src)).not.toMatch(/(map|foldl|filter)\$n\.fn\(/);
    // A direct call keeps the call's position in `$p` (an error out of it is a frame there).
    expect(code(src)).toMatch(/= \(\$p = \d+, sq\(arg0/);
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "((1 4 9) 6 (1 3))" });
    for (const bad of ['(foldl + 0 (list 1 "a"))', "(define (f x) (car x))\n(map f (list (list 1) 2))", '(filter even? (list 1 "a"))', "(map cons (list 1))"]) {
      const want = observe(bad, "interp");
      expect(want.status).toBe("ERR");
      expect(observe(bad, "compiled")).toEqual(want);
    }
    // A closure in a variable that may change is still handed to the native.
    expect(code("(define g car) (set! g cdr) (map g (list (list 1 2)))")).toMatch(/map\$n\.fn\(/);
  });

  it("hash-map-update with a lambda at the call site runs its body in place, without a closure", () => {
    const src = "(define m (hash-map :a 1)) (list (hash-map-update m :a (lambda (n) (+ n 10))) (hash-map-update m :b (lambda (n) (null? n))))";
    expect(code(src)).toMatch(/updateCurrent\(/);
    expect(code(src)).not.toMatch(/\$r(_|\.)fn\(/);
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "({:a 11} {:a 1, :b #t})" });
    expect(code("(hash-map-update (hash-map) 1 (lambda (a b) a))")).toMatch(/\$r(_|\.)fn\(/);
  });

  it("nth and car of a list read the element, with the native behind the guard", () => {
    const src = "(define (f xs i) (list (nth i xs) (car xs))) (f (list 7 8) 1)";
    // A list is an LList view: its elements are `a[i…]` (runtime/values/types.ts).
    expect(code(src)).toMatch(/xs instanceof \$r_LList && i >= 0 && i < xs\.a\.length - xs\.i \? xs\.a\[xs\.i \+ i\] : nth\$n\.fn\(i, xs\)/);
    expect(code(src)).toMatch(/xs instanceof \$r_LList && xs\.i < xs\.a\.length \? xs\.a\[xs\.i\] : car\$n\.fn\(xs\)/);
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "(8 7)" });
  });

  it("string-append and string of strings are `+`, with the native behind a typeof guard", () => {
    const src = '(define (tag s n) (string-append "[" s "] " (string n))) (tag "ok" 42)';
    expect(code(src)).toMatch(/typeof s === "string" && typeof \$t\d+ === "string" \? "\[" \+ s \+ "\] " \+ \$t\d+ :/);
    expect(code(src)).toMatch(/string_append\$n\.fn\("\[", s, "\] "/);
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: '"[ok] 42"' });
    // A redefined string-append is an ordinary call.
    expect(code('(define (string-append a b) a) (string-append "x" "y")')).not.toMatch(/typeof/);
  });

  it("reads of a let* binding after its init need no unbound check", () => {
    const src = "(define (f p) (let* ((a (car p)) (b (cdr p))) (list a b))) (f (list 1 2))";
    expect(code(src)).not.toMatch(/\$r(_|\.)unbound\("(a|b)"/);
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "(1 (2))" });
  });

  it("a lambda of another arity, or a redefined map, is called as usual", () => {
    expect(code("(map (lambda (x y) x) (list 1))")).toMatch(/\$r(_|\.)fn\(/);
    expect(code("(define (map f xs) xs) (map (lambda (x) x) (list 1))")).not.toMatch(/for \(let /);
  });

  it("a stdlib function or an intrinsic is resolved once per tick and called positionally", () => {
    const src = '(define m (hash-map "a" 1)) (list (get m "a") (get m "b") (vigy-tick-count))';
    expect(code(src)).toMatch(/const get\$p2 = \$r(_|\.)positional\(get\$p, 2\)/);
    expect(code(src)).toMatch(/get\$p2\(m\$v, "a"\)/);
    // The callee is read first: an unbound one raises before its arguments run.
    const unbound = observe('(define (f) (no-such-intrinsic (display 1))) (try (f) (catch (e) (error-message e)))', "compiled");
    expect(unbound).toMatchObject({ status: "OK", display: '"unbound symbol `no-such-intrinsic`"' });
    expect(unbound.stdout ?? "").toBe("");
  });

  it("apply hands a long list to a variadic native without spreading it onto the stack", () => {
    const src = "(define xs (range 300000)) (list (apply + xs) (length (apply append (map list xs))) (hash-map-count (apply hash-map xs)) (string-length (apply string-append (map string xs))))";
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "(44999850000 300000 150000 1688890)" });
  });

  it("a tail call to a function that makes no tail calls of its own is a plain call", () => {
    const src = "(define (g x) (+ x 1)) (define (f y) (g y)) (define (h y) ((if (> y 0) g f) y)) (list (f 1) (h 1))";
    // `$p = -1`: while the tail call runs, an error leaves no frame in f (runtime/errors/frames.ts).
    expect(code(src)).toMatch(/return \(\$p = -1, g\(y\)\)/);
    expect(code(src)).toMatch(/\$r(_|\.)tail1\(/);
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: "(2 2)" });
  });
});

describe("name munging", () => {
  it("keeps names recognisable", () => {
    expect(mangle("vigy-has?")).toBe("vigy_has$Q");
    expect(mangle("set-state!")).toBe("set_state$B");
    expect(mangle("new")).toBe("new$R");
    expect(mangle("->")).toBe("_$G");
  });

  it("is reversible and yields identifiers that are not reserved words", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12, unit: "binary" }), (name) => {
        const js = mangle(name);
        expect(demangle(js)).toBe(name);
        expect(demangle(js + "$1")).toBe(name);
        expect(() => acorn.parse(`let ${js} = 1; ${js};`, { ecmaVersion: "latest", sourceType: "module" })).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe("source text never becomes code", () => {
  const hostile = ["</script>", "*/", "\u2028", "\u2029", '"', "\\", "\ud800", "${x}", "`"];

  it("strings, symbols and keywords with hostile characters run exactly as written", () => {
    const lispString = (s: string) => '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
    for (const h of hostile) {
      const src = `(define (f s) (string-append s ${lispString(h)})) (list (f ${lispString(h)}) (quote |a${h}|) :k${h})`;
      const a = observe(src, "compiled");
      expect(a).toEqual(observe(src, "interp"));
      const { code } = compile(src, { filename: "t.lisp", sourcemap: "none" });
      expect(code).not.toContain("</script>");
      expect(code).not.toMatch(/[\u2028\u2029]/);
      parseModule(code);
    }
  });

  it("Lisp names that are JS keywords or compiler names stay distinct", () => {
    const names = ["new", "class", "this", "arguments", "$r", "$p", "$t1", "$s", "$U", "$P", "$X", "run", "tick", "undefined", "n$1", "__proto__", "constructor"];
    const src = names.map((n, i) => `(define ${n} ${i})`).join(" ") + ` (list ${names.join(" ")})`;
    expect(observe(src, "compiled")).toMatchObject({ status: "OK", display: `(${names.map((_, i) => i).join(" ")})` });
  });
});
