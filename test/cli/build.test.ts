/** `vigyc build` as a user runs it: files and directories, output layout, maps, failures. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../compiler/cli/main.js";
import type { CompiledProgram } from "../../runtime/compiled/program.js";

function run(args: string[]) {
  let out = "";
  let err = "";
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const runtime = pathToFileURL(resolve("dist/runtime/compiled/index.js")).href;
// The built modules import the built runtime, so the results are printed by that copy: values
// such as lists are instances of its classes (as in an app, which has one runtime).
const { display, evaluate, VigyHost } = (await import(pathToFileURL(resolve("dist/runtime/index.js")).href)) as typeof import("../../runtime/index.js");

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "vigyc-build-"));
  mkdirSync(join(dir, "src", "nested"), { recursive: true });
  writeFileSync(join(dir, "src", "a.lisp"), "(define (sq x) (* x x)) (map sq (list 1 2 3))");
  writeFileSync(join(dir, "src", "nested", "b.lisp"), '(string-append "b" "!")');
  writeFileSync(join(dir, "src", "notes.txt"), "not lisp");
  return dir;
}

const load = async (file: string): Promise<CompiledProgram> => (await import(pathToFileURL(file).href + `?t=${Date.now()}`)).default;

describe("vigyc build", () => {
  it("compiles a directory into -o keeping its layout, with external maps", async () => {
    const dir = project();
    const r = run(["build", join(dir, "src"), "-o", join(dir, "out"), "--runtime", runtime]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    for (const f of ["a.js", "a.js.map", "nested/b.js", "nested/b.js.map"]) expect(existsSync(join(dir, "out", f)), f).toBe(true);
    expect(existsSync(join(dir, "out", "notes.js"))).toBe(false);
    expect(display(evaluate(await load(join(dir, "out", "a.js")), new VigyHost()))).toBe("(1 4 9)");
    expect(display(evaluate(await load(join(dir, "out", "nested", "b.js")), new VigyHost()))).toBe('"b!"');
    expect(JSON.parse(readFileSync(join(dir, "out", "nested", "b.js.map"), "utf8")).sources).toEqual(["../../src/nested/b.lisp"]);
  });

  it("writes beside the source without -o; --sourcemap inline and none", () => {
    const dir = project();
    expect(run(["build", join(dir, "src", "a.lisp"), "--sourcemap", "inline", "--runtime", runtime]).code).toBe(0);
    expect(readFileSync(join(dir, "src", "a.js"), "utf8")).toContain("sourceMappingURL=data:application/json");
    expect(existsSync(join(dir, "src", "a.js.map"))).toBe(false);
    expect(run(["build", join(dir, "src", "nested", "b.lisp"), "--sourcemap", "none"]).code).toBe(0);
    const b = readFileSync(join(dir, "src", "nested", "b.js"), "utf8");
    expect(b).not.toContain("sourceMappingURL");
    expect(b).toContain('from "vigy-js/runtime/compiled"');
  });

  it("reports a file that does not compile, exits 1, and still writes a module that fails per tick", async () => {
    const dir = project();
    writeFileSync(join(dir, "src", "bad.lisp"), "(define ok 1)\n(define (f x)\n  (+ x 1)\n");
    const r = run(["build", join(dir, "src", "bad.lisp"), "-o", join(dir, "out"), "--runtime", runtime]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.lisp:2:1: error: .*unmatched|bad\.lisp:2:1: error/);
    const prog = await load(join(dir, "out", "bad.js"));
    expect(() => evaluate(prog, new VigyHost())).toThrow(/bad\.lisp:2:1/);
  });

  it("rejects bad options", () => {
    expect(run(["build"]).code).toBe(2);
    expect(run(["build", "x.lisp", "--sourcemap", "sideways"]).code).toBe(2);
    expect(run(["build", "/no/such/dir"]).code).toBe(2);
  });
});
