/**
 * Helpers for the bundling tests: a scratch app that imports vigy-js as an installed package
 * (node_modules/vigy-js links to this checkout, so imports resolve through package.json's
 * exports: the built dist/ trees, which `npm test` builds first), esbuild with the vigy plugin,
 * and the records the unbundled engines give for the same ticks.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import type { EngineName } from "../../compiler/engine.js";
import { loadProgram } from "../support/vigy-run.js";
import { MemoryKv, recordText, runTick } from "../../runtime/vigy/index.js";

export const ROOT = resolve(import.meta.dirname, "../..");

/** A temporary app folder with `files` written into it and vigy-js installed as a link. */
export function scratchApp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "vigy-app-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules", "vigy-js"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(resolve(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Copy a folder of this checkout into an app (examples, fixtures). */
export const copyInto = (from: string, dir: string, to: string): void => cpSync(join(ROOT, from), join(dir, to), { recursive: true });

/** The vigy esbuild plugin as the package exports it. */
export async function vigyPlugin(): Promise<(opts?: object) => esbuild.Plugin> {
  return ((await import("vigy-js/esbuild")) as { default: (opts?: object) => esbuild.Plugin }).default;
}

/** Bundle `entry` of the app with the vigy plugin. */
export async function bundle(dir: string, entry: string, opts: esbuild.BuildOptions = {}, pluginOpts: object = {}): Promise<esbuild.BuildResult> {
  const vigy = await vigyPlugin();
  return esbuild.build({ absWorkingDir: dir, entryPoints: [entry], bundle: true, format: "esm", logLevel: "silent", plugins: [vigy(pluginOpts)], ...opts });
}

/** The canonical records of ticks at `times` of a .lisp file, run unbundled on an engine. */
export function engineRecords(file: string, times: readonly number[], engine: EngineName, name = file): string[] {
  const program = loadProgram(readFileSync(file, "utf8"), engine, name);
  const store = new MemoryKv();
  return times.map((now) => recordText(runTick(program, store, { now, clock: () => now })));
}
