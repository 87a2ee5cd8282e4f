/**
 * The package's entry points as bundled ES modules for Node (dist/pkg/), which `exports` in
 * package.json names under the "node" condition; run by `npm run build` after tsc.
 *
 * Node loads each small module of tsc's dist/ tree separately, and loading a hundred of them is
 * most of a compiled vigy's cold start; from dist/pkg it loads a handful of files. One esbuild
 * build with code splitting, so the entries share one copy of each module (one LispError class,
 * one symbol table) in chunks. Bundlers get tsc's tree (the "default" condition): one module
 * per file, each free of side effects, so a bundle keeps only the modules it uses. The chunks
 * mix modules, and some of those run code when loaded (classes with static fields), so
 * dist/pkg/package.json marks them as having side effects (a bundle made for Node keeps them).
 * Dependencies are bundled in; Node's own modules (the esbuild plugin's) stay imports.
 */
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Source file (without .ts) of each entry; each is written to dist/pkg/<same path>.js. */
export const PACKAGE_ENTRIES = [
  "compiler/index",
  "compiler/frontend/reflect",
  "compiler/plugins/esbuild",
  "compiler/plugins/vite",
  "runtime/index",
  "runtime/interp/index",
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
writeFileSync(
  `${root}dist/pkg/package.json`,
  JSON.stringify({ description: "vigy-js entries bundled for Node (see scripts/build-package.ts)", type: "module", sideEffects: true }, null, 2) + "\n",
);
console.log(`wrote dist/pkg (${PACKAGE_ENTRIES.length} entries)`);
