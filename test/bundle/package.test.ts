/**
 * The package installs from its packed tarball: `npm pack`, then `npm install <tarball>` in a
 * fresh app in a temporary folder (from npm's cache where it can, without install scripts:
 * better-sqlite3's native build is the runner's concern, and loads only when a store opens).
 * The app imports every export in package.json, compiles a vigy with the installed compiler,
 * ticks it, runs the installed vigyc, and type-checks against the installed declarations.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support.js";

const npm = (args: string[], cwd: string): string => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const APP = `
import { readFileSync, writeFileSync } from "node:fs";
const pkg = JSON.parse(readFileSync("node_modules/vigy-js/package.json", "utf8"));
const loaded = {};
for (const sub of Object.keys(pkg.exports)) {
  if (sub === "./package.json") continue;
  const spec = "vigy-js" + sub.slice(1);
  loaded[spec] = Object.keys(await import(spec)).length;
}
const { compile } = await import("vigy-js");
const { code, diagnostics } = compile('(vigy-set "n" (+ 1 (vigy-get "n" 0))) (vigy-log "info" (string-append "hi " (string (first (list 1 2)))))', { filename: "hi.lisp" });
writeFileSync("hi.js", code);
const program = (await import("./hi.js")).default;
const { runTick, MemoryKv, recordText } = await import("vigy-js/runtime");
const store = new MemoryKv();
runTick(program, store, { now: 1000 });
console.log(JSON.stringify({ loaded, diagnostics, record: recordText(runTick(program, store, { now: 2000 })) }));
`;

const TYPES = `
import { compile, type CompileResult } from "vigy-js";
import { tick, VigyHost, runTick, MemoryKv, recordText, type TickRecord } from "vigy-js/runtime";
import { program, type CompiledProgram } from "vigy-js/runtime/compiled";
import vigy, { type VigyPluginOptions } from "vigy-js/esbuild";
import vitePlugin from "vigy-js/vite";
const r: CompileResult = compile("(+ 1 2)");
const host: VigyHost = tick({ file: "x", run: () => null }, new VigyHost());
const rec: TickRecord = runTick({ file: "x", run: () => null }, new MemoryKv());
const text: string = recordText(rec);
const opts: VigyPluginOptions = { lateBound: ["car"] };
const name: string = vigy(opts).name + vitePlugin().name;
const p: typeof program = program;
const c: CompiledProgram | null = null;
export { r, host, text, name, p, c };
`;

describe("the packed package", () => {
  it("installs from its tarball into a fresh app, which imports every export, ticks a vigy, runs vigyc and type-checks", () => {
    const packs = mkdtempSync(join(tmpdir(), "vigy-pack-"));
    const [{ filename }] = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", packs], ROOT)) as { filename: string }[];
    const app = mkdtempSync(join(tmpdir(), "vigy-installed-"));
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "fresh-app", version: "1.0.0", private: true, type: "module" }));
    npm(["install", join(packs, filename), "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], app);

    writeFileSync(join(app, "main.mjs"), APP);
    const run = spawnSync(process.execPath, ["main.mjs"], { cwd: app, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as { loaded: Record<string, number>; diagnostics: unknown[]; record: string };
    const exported = Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).exports).filter((s) => s !== "./package.json");
    expect(Object.keys(out.loaded).sort()).toEqual(exported.map((s) => "vigy-js" + s.slice(1)).sort());
    for (const [spec, n] of Object.entries(out.loaded)) expect(n, spec).toBeGreaterThan(0);
    expect(out.diagnostics).toEqual([]);
    expect(JSON.parse(out.record)).toMatchObject({ tick: 2, result: "ok", kv: { n: 2 }, log: [{ level: "info", message: "hi 1" }] });

    const vigyc = spawnSync(join(app, "node_modules/.bin/vigyc"), ["eval", "-e", "(map (lambda (x) (* x x)) (list 1 2 3))"], { cwd: app, encoding: "utf8" });
    expect(vigyc.stdout).toBe("(1 4 9)\n");

    writeFileSync(join(app, "types.ts"), TYPES);
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--skipLibCheck", "types.ts"], { cwd: app, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
  });
});
