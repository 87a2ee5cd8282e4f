/**
 * `vigyc repl` driven through a pipe, as a script would: a function defined over two lines,
 * called, the engine switched (the definition is kept and the result identical), `:tick` and
 * `:kv` on the scratch host, `:doc`, an error, and input that ends inside a form.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "bin", "vigyc.js");

function repl(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [BIN, "repl", ...args], { input, encoding: "utf8", timeout: 60_000, env: { ...process.env, VIGYC_HISTORY: "" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("vigyc repl through a pipe", () => {
  it("reads a definition over two lines, calls it, switches engine, and ticks", () => {
    const r = repl(
      [
        "(define (area w h)",
        "  (* w h))",
        "(area 6 7)",
        ":engine interp",
        "(area 6 7)",
        '(display "hi") (list (area 2 3) :k 1.5)',
        '(vigy-set "area" (area 6 7))',
        ":tick 1700000000000",
        ":kv",
        ":engine compiled",
        ":tick 1700000001000",
        ":doc vigy-get",
        ":doc area",
        "(car '())",
        "(area 1 2",
      ].join("\n") + "\n",
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        "42",
        "engine: interp",
        "42",
        '"hi"',
        "(6 :k 1.5)",
        "()",
        "tick 1 at 1700000000000 ms: ok",
        '  kv:         {"__sys::prev_tick_ms":1700000000000,"__sys::tick_count":1,"area":42}',
        '  dirty:      ["__sys::prev_tick_ms","__sys::tick_count","area"]',
        '  stdout:     "\\"hi\\""',
        '{"__sys::prev_tick_ms":1700000000000,"__sys::tick_count":1,"area":42}',
        "engine: compiled",
        "tick 2 at 1700000001000 ms: ok",
        '  kv:         {"__sys::prev_tick_ms":1700000001000,"__sys::tick_count":2,"area":42}',
        '  dirty:      ["__sys::prev_tick_ms","__sys::tick_count","area"]',
        '  stdout:     "\\"hi\\""',
        "(vigy-get key [default])",
        "  intrinsic, takes at least 1 argument",
        "  The kv value at key, or default (with exactly two arguments) or nil.",
        "area: #<closure (w h)>",
        "  defined in this session",
        "",
      ].join("\n"),
    );
    expect(r.err).toContain("car of empty list");
    expect(r.err).toContain("unmatched opening paren");
  });

  it("gives the same values on both engines", () => {
    const program = ["(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))", "(fact 20)", "(map (lambda (x) (* x x)) (list 1 2 3))", "(hash-map :a 1)", "(/ 7 2)"].join("\n") + "\n";
    const compiled = repl(program, ["--engine", "compiled"]);
    const interp = repl(program, ["--engine", "interp"]);
    expect(compiled).toEqual(interp);
    expect(compiled.out).toBe("2432902008176640000\n(1 4 9)\n{:a 1}\n3.5\n");
  });

  it("names a :load-ed file in positions, and a function of an earlier input with its parameters", () => {
    const dir = mkdtempSync(join(tmpdir(), "vigyc-repl-"));
    const lib = join(dir, "lib.lisp");
    writeFileSync(lib, '(define (total items) (foldl (lambda (acc x) (+ acc x)) 0 items))\n(define (pair a b) (list a b))\n');
    for (const engine of ["compiled", "interp"]) {
      const r = repl([":engine", `:load ${lib}`, "(total (list 1 2))", '(total (list 1 "two"))', "(pair 1)", `:load ${join(dir, "missing.lisp")}`].join("\n") + "\n", ["--engine", engine]);
      expect(r.out).toBe(`engine: ${engine} (switch with :engine compiled or :engine interp)\n3\n`);
      expect(r.err).toContain(`error: type mismatch: expected number, got string\n  at (lambda (acc x)) ${lib}:1:46\n`);
      expect(r.err).toContain("error: (pair a b) takes 2 arguments, called with 1\n  at the top level <repl:4>:1:1\n");
      expect(r.err).toContain(`:load: cannot read ${join(dir, "missing.lisp")}: no such file or directory\n`);
    }
  });

  it("shows the function whose map or foldl lambda failed, the same on both engines", () => {
    // The call of `map` is in the tail position of f: a native called there runs with f still
    // on the stack, so f is a frame of the trace on both engines.
    const input = ["(define (f xs) (map (lambda (x) (car x)) xs))", "(f (list 1))", "(define (g xs) (foldl (lambda (a x) (+ a x)) 0 xs))", '(g (list 1 "b"))'].join("\n") + "\n";
    const compiled = repl(input, ["--engine", "compiled"]);
    const interp = repl(input, ["--engine", "interp"]);
    expect(compiled).toEqual(interp);
    expect(compiled.err).toBe(
      [
        "error: type mismatch: expected pair, got int",
        "  at (lambda (x)) <repl:1>:1:33",
        "     1 | (define (f xs) (map (lambda (x) (car x)) xs))",
        "       |                                 ^^^^^^^",
        "  called from (f xs) <repl:1>:1:16",
        "  called from the top level <repl:2>:1:1",
        "error: type mismatch: expected number, got string",
        "  at (lambda (a x)) <repl:3>:1:37",
        "     1 | (define (g xs) (foldl (lambda (a x) (+ a x)) 0 xs))",
        "       |                                     ^^^^^^^",
        "  called from (g xs) <repl:3>:1:16",
        "  called from the top level <repl:4>:1:1",
        "",
      ].join("\n"),
    );
  });

  it(":tick shows a failed tick's report, the same on both engines", () => {
    const input = ["(define (half n) (/ n 2))", '(if (= (vigy-tick-count) 1) (half "x") 0)', ":tick 1000"].join("\n") + "\n";
    const compiled = repl(input, ["--engine", "compiled"]);
    expect(repl(input, ["--engine", "interp"])).toEqual(compiled);
    expect(compiled.out).toBe(
      [
        "0",
        "tick 1 at 1000 ms: failed (eval: type mismatch: expected number, got string at <repl>:1:18)",
        "  error: type mismatch: expected number, got string",
        "    at (half n) <repl>:1:18",
        "       1 | (define (half n) (/ n 2))",
        "         |                  ^^^^^^^",
        "    called from the top level <repl>:2:29",
        "",
      ].join("\n"),
    );
  });

  it("answers unknown commands and :help", () => {
    const r = repl(":frob\n:help\n");
    expect(r.err).toContain("unknown command :frob");
    expect(r.out).toContain(":tick [MS]");
  });
});
