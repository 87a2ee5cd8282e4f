/**
 * vigy-js/esbuild as a user runs it: an app importing two .lisp files bundles and, run in
 * Node, ticks exactly as the unbundled engines do; compile diagnostics are esbuild errors and
 * warnings positioned in the .lisp file; watch mode rebuilds when a .lisp file changes; the
 * compile() options are plugin options.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { bundle, copyInto, engineRecords, scratchApp, vigyPlugin } from "./support.js";

const TIMES = [1_700_000_000_000, 1_700_000_001_000, 1_700_000_003_500, 1_700_000_004_000, 1_700_000_009_000];

// Ticks both vigies at the times given on the command line and prints one record per line.
const NODE_APP = `
import inventory from "./vigies/inventory.lisp";
import rules from "./vigies/rules.lisp";
import { MemoryKv, recordText, runTick } from "vigy-js/runtime";
const times = process.argv.slice(2).map(Number);
for (const [name, program] of [["inventory", inventory], ["rules", rules]]) {
  const store = new MemoryKv();
  for (const now of times) console.log(name + " " + recordText(runTick(program, store, { now, clock: () => now })));
}
`;

describe("vigy-js/esbuild", () => {
  it("bundles an app importing two .lisp files (one reflective) that ticks in Node as the unbundled engines do", async () => {
    const dir = scratchApp({ "main.js": NODE_APP });
    copyInto("examples/browser/vigies", dir, "vigies");
    const r = await bundle(dir, "main.js", { platform: "node", outfile: "out/app.mjs" });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const run = spawnSync(process.execPath, [join(dir, "out/app.mjs"), ...TIMES.map(String)], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    for (const engine of ENGINES) {
      const expected = ["inventory", "rules"].flatMap((name) => engineRecords(join(dir, `vigies/${name}.lisp`), TIMES, engine, `vigies/${name}.lisp`).map((l) => `${name} ${l}`));
      expect(lines, engine).toEqual(expected);
    }
  });

  it("reports compile errors and warnings as esbuild messages with file, line, column and line text", async () => {
    const dir = scratchApp({
      "main.js": 'import a from "./src/warn.lisp"; import b from "./src/broken.lisp"; console.log(a, b);',
      "src/warn.lisp": '(vigy-log "info" "ok")\n  (vigy-log "ünï" (lisst 1))\n',
      "src/broken.lisp": "(define x 1)\n(vigy-log \"info\"\n",
    });
    const failure = await bundle(dir, "main.js", { platform: "node", outfile: "out/app.mjs" }).catch((e: esbuild.BuildFailure) => e);
    expect(failure).toBeInstanceOf(Error);
    const { errors, warnings } = failure as esbuild.BuildFailure;
    expect(errors).toHaveLength(1);
    // The message ends with the diagnostic's code; its suggestion is a note.
    expect(errors[0]).toMatchObject({
      pluginName: "vigy",
      text: "this `(` is never closed [V101]",
      location: { file: "src/broken.lisp", line: 2, column: 0, length: 1, lineText: '(vigy-log "info"' },
      notes: expect.arrayContaining([expect.objectContaining({ text: "help: add the missing `)`" })]),
    });
    expect(warnings).toHaveLength(1);
    // `lisst` is at code-point column 20; before it, ü and ï take two bytes each, so esbuild's
    // 0-based byte column is 21.
    expect(warnings[0]).toMatchObject({
      pluginName: "vigy",
      text: "unbound symbol `lisst`: nothing defines it [V300]",
      location: { file: "src/warn.lisp", line: 2, column: 21, length: 5, lineText: '  (vigy-log "ünï" (lisst 1))' },
      notes: expect.arrayContaining([expect.objectContaining({ text: "help: did you mean `list`?" })]),
    });
  });

  it("passes compile() options through: lateBound, runtime", async () => {
    const dir = scratchApp({ "main.js": 'import p from "./car.lisp"; export default p;', "car.lisp": "(car (list 1 2))" });
    const r = await bundle(dir, "main.js", { platform: "node", write: false, outfile: "out.mjs", format: "esm", external: ["vigy-js/*", "my-runtime*"] }, { lateBound: ["car"], runtime: "my-runtime" });
    const code = r.outputFiles![0]!.text;
    expect(code).toContain('from "my-runtime"');
    expect(code).toContain('"car": ');
    expect(code).not.toMatch(/natives: \[.*"car"/);
  });

  it("rebuilds in watch mode when a .lisp file changes", async () => {
    const dir = scratchApp({
      "main.js": 'import p from "./v.lisp"; import { tick, VigyHost } from "vigy-js/runtime"; console.log(JSON.stringify(tick(p, new VigyHost()).log));',
      "v.lisp": '(vigy-log "info" "first")',
    });
    const vigy = await vigyPlugin();
    // Each finished build's output, and a way to wait for the next one.
    const builds: string[] = [];
    const waiters: (() => void)[] = [];
    const built = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
    const ctx = await esbuild.context({
      absWorkingDir: dir,
      entryPoints: ["main.js"],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: "out/app.mjs",
      logLevel: "silent",
      plugins: [vigy(), { name: "ends", setup: (b) => b.onEnd(() => (builds.push(readFileSync(join(dir, "out/app.mjs"), "utf8")), waiters.shift()?.())) }],
    });
    try {
      const first = built();
      await ctx.watch();
      await first;
      const second = built();
      writeFileSync(join(dir, "v.lisp"), '(vigy-log "info" "second")');
      await second;
    } finally {
      await ctx.dispose();
    }
    const run = spawnSync(process.execPath, [join(dir, "out/app.mjs")], { encoding: "utf8" });
    expect(run.stdout).toBe('[{"level":"info","message":"second"}]\n');
    expect(builds[0]).toContain('"first"');
  });
});
