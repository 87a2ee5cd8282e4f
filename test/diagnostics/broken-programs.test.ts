/**
 * The broken-program table (broken-programs.ts) through the library (`compile()`), `vigyc
 * check --json`, `vigyc build --json`, and, where the mistake shows at run time, both engines.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/emit/compile.js";
import { runOnce } from "../../compiler/engine.js";
import { main } from "../../compiler/cli/main.js";
import { display } from "../../runtime/values/printer.js";
import { ENGINES } from "../support/engines.js";
import { BROKEN_PROGRAMS, type BrokenProgram } from "./broken-programs.js";

const root = mkdtempSync(join(tmpdir(), "vigy-broken-"));

/** The case's file on disk: `test.lisp` in a directory of its own. */
function fileOf(c: BrokenProgram, i: number): string {
  const dir = join(root, String(i));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "test.lisp");
  writeFileSync(file, c.source);
  return file;
}

/** The expected diagnostics as JSON objects for `file`. */
const expected = (c: BrokenProgram, file: string) =>
  c.diagnostics.map((d) => ({
    severity: d.code.startsWith("V3") ? "warning" : "error",
    file,
    ...d,
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion.replaceAll("test.lisp", file) } : {}),
  }));

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  if (typeof code !== "number") throw new Error("expected a synchronous command");
  return { code, out, err };
}

const lines = (text: string): Record<string, unknown>[] => text.trim().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));

describe("broken programs", () => {
  BROKEN_PROGRAMS.forEach((c, i) => {
    describe(c.name, () => {
      const globals = c.globals ?? [];
      const hasErrors = c.diagnostics.some((d) => !d.code.startsWith("V3"));

      it("compile() returns the diagnostics", () => {
        const r = compile(c.source, { filename: "test.lisp", globals });
        expect(r.diagnostics).toEqual(expected(c, "test.lisp"));
      });

      it("vigyc check --json prints them, then a summary, with the exit status they call for", () => {
        const file = fileOf(c, i);
        const r = cli(["check", "--json", file, ...globals.flatMap((g) => ["--global", g])]);
        const out = lines(r.out);
        const warnings = c.diagnostics.filter((d) => d.code.startsWith("V3")).length;
        expect(out).toEqual([...expected(c, file), { files: 1, errors: c.diagnostics.length - warnings, warnings }]);
        expect(r.code).toBe(hasErrors ? 1 : 0);
        if (warnings > 0 && !hasErrors) expect(cli(["check", "--strict", file, ...globals.flatMap((g) => ["--global", g])]).code).toBe(1);
      });

      it("vigyc build --json prints them and still writes the module", () => {
        const file = fileOf(c, i);
        const r = cli(["build", "--json", file, "-o", join(root, `${i}-out`), ...globals.flatMap((g) => ["--global", g])]);
        const out = lines(r.out);
        expect(out.filter((o) => "code" in o)).toEqual(expected(c, file));
        expect(out.filter((o) => "wrote" in o)).toEqual([{ source: file, wrote: join(root, `${i}-out`, "test.js") }]);
        expect(r.code).toBe(hasErrors ? 1 : 0);
      });

      const runs = c.runs;
      if (runs !== undefined) {
        for (const engine of ENGINES) {
          it(`runs on ${engine} as the reference does`, () => {
            const o = runOnce(c.source, "test.lisp", engine);
            if ("display" in runs) {
              expect(o.status).toBe("OK");
              if ("value" in o) expect(display(o.value)).toBe(runs.display);
            } else {
              expect("error" in o).toBe(true);
              if (!("error" in o)) return;
              expect(":" + o.error.tag).toBe(runs.tag);
              expect(o.error.detail.kind === "reader" ? o.error.detail.message : o.error.shortMessage).toBe(runs.message);
              expect(o.error.message.endsWith(` at test.lisp:${runs.at}`)).toBe(true);
            }
          });
        }
      }
    });
  });
});
