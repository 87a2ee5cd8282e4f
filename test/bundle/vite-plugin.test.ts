/**
 * vigy-js/vite (Vite and Rollup share its transform hook), driven as those bundlers drive it:
 * .lisp ids become modules with their source maps, other ids are left alone, and diagnostics
 * go to the context's warn and error. The module it returns runs as the unbundled engines do.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import type { TransformContext, VigyRollupPlugin } from "../../compiler/plugins/vite.js";
import { engineRecords, scratchApp } from "./support.js";

const plugin = async (opts = {}): Promise<VigyRollupPlugin> => ((await import("vigy-js/vite")) as { default: (o: object) => VigyRollupPlugin }).default(opts);

function context() {
  const warnings: Parameters<TransformContext["warn"]>[0][] = [];
  const ctx: TransformContext = {
    warn: (w) => void warnings.push(w),
    error: (e) => {
      throw Object.assign(new Error(e.message), e);
    },
  };
  return { ctx, warnings };
}

describe("vigy-js/vite", () => {
  it("turns a .lisp id into a module and its map, and leaves other ids alone", async () => {
    const dir = scratchApp({ "src/count.lisp": '(vigy-incr "n" 1)\n(vigy-log "info" "counted")\n' });
    const p = await plugin({ root: dir });
    const { ctx } = context();
    expect(p.name).toBe("vigy");
    expect(p.transform.call(ctx, "export default 1", "/app/src/main.js")).toBeNull();
    const id = join(dir, "src/count.lisp");
    const r = p.transform.call(ctx, '(vigy-incr "n" 1)\n(vigy-log "info" "counted")\n', id + "?import")!;
    expect(r.code).not.toContain("sourceMappingURL");
    expect(r.map).toMatchObject({ version: 3, sources: ["count.lisp"], sourcesContent: ['(vigy-incr "n" 1)\n(vigy-log "info" "counted")\n'] });
    // The module runs like the engines' program.
    writeFileSync(id.replace(/\.lisp$/, ".js"), r.code);
    writeFileSync(join(dir, "main.js"), 'import p from "./src/count.js"; import { MemoryKv, recordText, runTick } from "vigy-js/runtime"; const s = new MemoryKv(); for (const now of [5, 9]) console.log(recordText(runTick(p, s, { now, clock: () => now })));');
    await esbuild.build({ absWorkingDir: dir, entryPoints: ["main.js"], bundle: true, platform: "node", format: "esm", outfile: "out.mjs", logLevel: "silent" });
    const out = spawnSync(process.execPath, [join(dir, "out.mjs")], { encoding: "utf8" }).stdout.trimEnd().split("\n");
    expect(out).toEqual(engineRecords(id, [5, 9], "interp", "src/count.lisp"));
  });

  it("reports warnings with their position and stops on errors", async () => {
    const p = await plugin({ root: "/app" });
    const { ctx, warnings } = context();
    p.transform.call(ctx, "(define x 1)\n(lisst x)\n", "/app/src/w.lisp");
    expect(warnings).toEqual([
      {
        message: "unbound symbol `lisst`: nothing defines it [V300] (help: did you mean `list`?)",
        id: "/app/src/w.lisp",
        loc: { file: "src/w.lisp", line: 2, column: 1 },
        frame: "   2 | (lisst x)\n     |  ^^^^^\n     = help: did you mean `list`?\n",
      },
    ]);
    // Malformed syntax is an error.
    expect(() => p.transform.call(ctx, "(define x 1)\n(if)\n", "/app/src/f.lisp")).toThrow(
      expect.objectContaining({ message: "src/f.lisp:2:1: malformed `if`: expected (if c t [e]), got 1 subforms [V200] (help: expected (if test then [else]))" }),
    );
    expect(() => p.transform.call(ctx, "(define x 1)\n(car\n", "/app/src/e.lisp")).toThrow(
      expect.objectContaining({
        message: "src/e.lisp:2:1: this `(` is never closed [V101] (help: add the missing `)`)",
        loc: { file: "src/e.lisp", line: 2, column: 0 },
        frame: "   2 | (car\n     | ^\n     = help: add the missing `)`\n",
      }),
    );
  });
});
