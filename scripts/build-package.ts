/**
 * The package's entry points as bundled ES modules (dist/pkg/), which `exports` in package.json
 * points at; run by `npm run build` after tsc (whose dist/ tree the CLI runs and whose .d.ts
 * files the exports name as types).
 *
 * One esbuild build with code splitting, so the entries share one copy of each module (one
 * LispError class, one symbol table) in chunks. Node then loads a compiled vigy and the runtime
 * from a handful of files instead of a hundred small modules, which is most of a cold start;
 * bundlers still tree-shake them (module-level statements stay separate, pure calls annotated,
 * and package.json says `"sideEffects": false`). Dependencies are bundled in too; Node's own
 * modules (used by the esbuild plugin only) stay imports.
 */
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Source file (without .ts) of each entry; each is written to dist/pkg/<same path>.js. */
export const PACKAGE_ENTRIES = [
  "compiler/index",
  "compiler/frontend/reflect",
  "compiler/plugins/esbuild",
  "compiler/plugins/vite",
  "runtime/index",
  "runtime/compiled/index",
  "runtime/compiled/natives",
  "runtime/compiled/stdlib",
  "runtime/compiled/stdlib-late",
  "runtime/compiled/interpreted",
];

rmSync(`${root}dist/pkg`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(PACKAGE_ENTRIES.map((e) => [e, `${e}.ts`])),
  outdir: "dist/pkg",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2022",
  external: ["node:*"],
  logLevel: "warning",
});
console.log(`wrote dist/pkg (${PACKAGE_ENTRIES.length} entries)`);
