/**
 * How host extensions bind on each engine: new intrinsics, overrides of standard intrinsics,
 * of stdlib functions (which other stdlib functions then see) and of natives (which compiled
 * code calls directly unless built with `lateBound`).
 */
import { describe, expect, it } from "vitest";
import { instantiate } from "../../compiler/engine.js";
import { emitProgram } from "../../compiler/emit/compile.js";
import { loadCompiled } from "../../compiler/engine.js";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import { display } from "../../runtime/values/printer.js";
import { evaluate, tick } from "../../runtime/vigy/evaluate.js";
import { extension, type Extension } from "../../runtime/vigy/extension.js";
import { VigyHost } from "../../runtime/vigy/host.js";
import { STANDARD_EXTENSIONS } from "../../runtime/vigy/intrinsics/index.js";
import { MemoryKv } from "../../runtime/vigy/kv-store.js";
import { runTick } from "../../runtime/vigy/runner.js";
import { ENGINES } from "../support/engines.js";
import { loadProgram } from "../support/vigy-run.js";

const withExt = (...exts: Extension[]): Extension[] => [...STANDARD_EXTENSIONS, ...exts];
const value = (src: string, engine: (typeof ENGINES)[number], exts: Extension[]) => display(evaluate(loadProgram(src, engine), new VigyHost(), { extensions: exts }));

const fixedTick = extension("clock", [{ name: "vigy-tick", min: 0, max: 0, fn: () => 42 }]);
const sessions = extension("mado", [
  { name: "mado-tear-list-sessions", min: 0, max: 0, fn: (_, host) => (host.actions.push({ kind: "custom", payload: "listed" }), 3) },
]);
const twice = extension("twice", [{ name: "inc", min: 1, max: 1, fn: ([n]) => (n as number) * 2 }]);
const alwaysEmpty = extension("empty", [{ name: "empty?", min: 1, max: 1, fn: () => true }]);
const carOverride = extension("car", [{ name: "car", min: 1, max: 1, fn: () => "host car" }]);
const boom = extension("boom", [
  {
    name: "host-boom",
    min: 0,
    max: 0,
    fn: () => {
      throw new Error("disk on fire");
    },
  },
]);

for (const engine of ENGINES) {
  describe(`extensions on ${engine}`, () => {
    it("a new intrinsic is called like a builtin, arity checked, and writes the host", () => {
      const host = tick(loadProgram('(vigy-set "n" (mado-tear-list-sessions))', engine), new VigyHost(), { extensions: withExt(sessions) });
      expect(host.kv.get("n")).toBe(3);
      expect(host.actions).toEqual([{ kind: "custom", payload: "listed" }]);
      expect(() => evaluate(loadProgram("(mado-tear-list-sessions 1)", engine), new VigyHost(), { extensions: withExt(sessions) })).toThrow(
        "arity mismatch in mado-tear-list-sessions: expected Exact(0), got 1 at vigy.lisp:1:1",
      );
    });

    it("overrides a standard intrinsic (later registrations win), also when passed as a value", () => {
      expect(value("(list (vigy-tick) (map (lambda (f) (f)) (list vigy-tick)))", engine, withExt(fixedTick))).toBe("(42 (42))");
    });

    it("without the standard extensions, intrinsics are unbound", () => {
      expect(() => value("(vigy-noop)", engine, [])).toThrow("unbound symbol: vigy-noop at vigy.lisp:1:2");
    });

    it("overrides a stdlib function, and other stdlib functions see the override", () => {
      expect(value("(list (inc 5) (map inc (list 1 2)))", engine, withExt(twice))).toBe("(10 (2 4))");
      // The stdlib's `not-empty?` calls `empty?` late-bound, so it sees the host's version.
      expect(value("(not-empty? (list 1))", engine, withExt(alwaysEmpty))).toBe("#f");
      expect(value("(not-empty? (list 1))", engine, STANDARD_EXTENSIONS as Extension[])).toBe("#t");
    });

    it("a native overridden by the host is what stdlib functions call", () => {
      expect(value("(first (list 1 2))", engine, withExt(carOverride))).toBe('"host car"');
    });

    it("a program's own definition shadows an intrinsic from then on", () => {
      expect(value("(define a (vigy-tick)) (define (vigy-tick) 5) (list a (vigy-tick))", engine, withExt(fixedTick))).toBe("(42 5)");
    });

    it("a host function's JS error becomes the intrinsic's positioned, catchable error", () => {
      expect(() => value("\n(host-boom)", engine, withExt(boom))).toThrow("in native fn host-boom: disk on fire at vigy.lisp:2:1");
      expect(value('(try (host-boom) (catch (e) (error-message e)))', engine, withExt(boom))).toBe('"in native `host-boom`: disk on fire"');
    });
  });
}

describe("overriding a native", () => {
  const src = "(car (list 1 2))";
  it("works on the interpreter", () => {
    expect(value(src, "interp", withExt(carOverride))).toBe('"host car"');
  });

  it("is refused, naming the remedy, by compiled code built to call the native directly; the runner records it as a failed tick", () => {
    const prog = loadProgram(src, "compiled");
    expect(() => evaluate(prog, new VigyHost(), { extensions: withExt(carOverride) })).toThrow(/overrides the builtin `car`.*lateBound/);
    const r = runTick(prog, new MemoryKv(), { now: 1, extensions: withExt(carOverride) });
    expect(r.result).toBe("failed");
    expect(r.error).toMatch(/lateBound: \["car"\]/);
  });

  it("works on compiled code built with lateBound", () => {
    const { program } = compileToIR(src, "vigy.lisp");
    const prog = loadCompiled(emitProgram(program, src, { shape: "function", sourcemap: "none", lateBound: ["car"] }).code);
    expect(display(evaluate(prog, new VigyHost(), { extensions: withExt(carOverride) }))).toBe('"host car"');
    expect(display(evaluate(prog, new VigyHost()))).toBe("1");
    expect(display(evaluate(instantiate(program, src, "compiled"), new VigyHost()))).toBe("1");
  });
});
