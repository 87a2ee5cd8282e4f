/**
 * The package's entry points bundled for Node (dist/pkg/), which `exports` in package.json names
 * under the "node" condition; run by `npm run build` after tsc, whose dist/ tree it reads for
 * export names.
 *
 * Node loads each module file separately, and loading many was most of a compiled vigy's cold
 * start. So what every app ticking compiled vigies loads, `vigy-js/runtime` and
 * `vigy-js/runtime/compiled`, is one file, dist/pkg/runtime/core.js (the two entries re-export
 * from it). The other entries (natives, stdlib, interpreter, compiler, plugins) are a second
 * build with code splitting, in which every module core.js holds is replaced by a re-export of
 * it from core.js, so a process has one copy of each module (one LispError class, one symbol
 * table). Bundlers get tsc's tree instead (the "default" condition: one module per file, each
 * free of side effects, so a bundle keeps only what it uses); the bundled files mix modules,
 * some of which run code when loaded (classes with static fields), so dist/pkg/package.json
 * marks them as having side effects. Dependencies are bundled in; Node's own modules stay
 * imports.
 */
import { build, type BuildOptions, type Plugin } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "dist/pkg");

/** The entries core.js serves (source paths without .ts; written to dist/pkg/<same path>.js). */
const CORE_ENTRIES = ["runtime/index", "runtime/compiled/index"];
/** The other entries. */
const ENTRIES = [
  "compiler/index",
  "compiler/frontend/reflect",
  "compiler/plugins/esbuild",
  "compiler/plugins/vite",
  "runtime/interp/index",
  "runtime/compiled/natives",
  "runtime/compiled/stdlib",
  "runtime/compiled/stdlib-late",
  "runtime/compiled/interpreted",
];
export const PACKAGE_ENTRIES = [...CORE_ENTRIES, ...ENTRIES];
const CORE = "runtime/core";

const COMMON: BuildOptions = { bundle: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], target: "es2022", external: ["node:*"], logLevel: "warning" };

/** The names a module exports at run time, from tsc's build of it. */
async function exportNames(source: string): Promise<string[]> {
  const built = join(root, "dist", source.replace(/\.ts$/, ".js"));
  return Object.keys(await import(pathToFileURL(built).href));
}

const isSource = (p: string): boolean => p.endsWith(".ts") && !p.includes("node_modules");
/** How a file written under dist/pkg imports core.js (a relative specifier). */
const coreFrom = (file: string): string => relative(dirname(file), join(out, `${CORE}.js`)).replace(/^(?!\.)/, "./");
/** A module's exports in core.js carry its index, so names of different modules cannot meet. */
const coreName = (index: number, name: string): string => `$m${index}$${name}`;

rmSync(out, { recursive: true, force: true });

// 1. Which modules core.js holds: everything the core entries reach.
const probe = await build({ ...COMMON, absWorkingDir: root, entryPoints: CORE_ENTRIES.map((e) => `${e}.ts`), outdir: join(out, "probe"), write: false, metafile: true });
const coreModules = Object.keys(probe.metafile!.inputs).filter(isSource).sort();
const moduleIndex = new Map(coreModules.map((m, i) => [m, i]));
const moduleExports = new Map<string, string[]>();
for (const m of coreModules) moduleExports.set(m, await exportNames(m));

// 2. core.js: the core entries' exports by name, and every core module's exports by coreName.
const coreSource = [
  ...CORE_ENTRIES.map((e) => `export * from "./${e}.ts";`),
  ...coreModules.map((m) => `export { ${moduleExports.get(m)!.map((n) => `${n} as ${coreName(moduleIndex.get(m)!, n)}`).join(", ")} } from "./${m}";`),
].join("\n");
await build({ ...COMMON, absWorkingDir: root, stdin: { contents: coreSource, resolveDir: root, sourcefile: "core-entry.ts", loader: "ts" }, outfile: join(out, `${CORE}.js`) });
for (const e of CORE_ENTRIES) {
  const file = join(out, `${e}.js`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `export { ${(await exportNames(`${e}.ts`)).join(", ")} } from "${coreFrom(file)}";\n`);
}

// 3. The other entries, with each core module replaced by its exports from core.js.
const CORE_REF = "vigy-core:";
const fromCore: Plugin = {
  name: "from-core",
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.namespace === "core-module") return undefined;
      const file = relative(root, join(args.resolveDir, args.path)).replace(/\.js$/, ".ts");
      return moduleIndex.has(file) ? { path: file, namespace: "core-module" } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: "core-module" }, (args) => {
      const i = moduleIndex.get(args.path)!;
      const names = moduleExports.get(args.path)!;
      return { contents: `export { ${names.map((n) => `${coreName(i, n)} as ${n}`).join(", ")} } from "${CORE_REF}";`, loader: "js" };
    });
    b.onResolve({ filter: new RegExp(`^${CORE_REF}$`) }, () => ({ path: CORE_REF, external: true }));
  },
};
/** Write a build's files, each importing core.js by its path from there. */
function writeWithCore(files: readonly { path: string; text: string }[]): void {
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.text.replaceAll(`"${CORE_REF}"`, JSON.stringify(coreFrom(f.path))));
  }
}
const rest = await build({
  ...COMMON,
  absWorkingDir: root,
  entryPoints: Object.fromEntries(ENTRIES.map((e) => [e, `${e}.ts`])),
  outdir: out,
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  write: false,
  plugins: [fromCore],
});
writeWithCore(rest.outputFiles);

// 4. What the CLI's launcher (compiler/cli/launch.ts) loads to run a command: its worker threads'
//    code and the in-thread runner, a few files besides core.js, as loading tsc's tree of small
//    modules was most of a command's start-up. The runner's commands and the bench are not
//    among them (the launcher runs those from tsc's tree).
const CLI_ENTRIES = ["compiler/cli/worker", "compiler/cli/in-thread", "compiler/repl/engine-worker"];
const runnerOutside: Plugin = {
  name: "runner-outside",
  setup(b) {
    b.onResolve({ filter: /(runner\/cli\/index|bench-command)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
const cli = await build({
  ...COMMON,
  absWorkingDir: root,
  entryPoints: Object.fromEntries(CLI_ENTRIES.map((e) => [e, `${e}.ts`])),
  outdir: out,
  chunkNames: "chunks/cli-[name]-[hash]",
  splitting: true,
  write: false,
  plugins: [runnerOutside, fromCore],
});
writeWithCore(cli.outputFiles);

writeFileSync(
  join(out, "package.json"),
  JSON.stringify({ description: "vigy-js entries bundled for Node (see scripts/build-package.ts)", type: "module", sideEffects: true }, null, 2) + "\n",
);
console.log(`wrote dist/pkg (${PACKAGE_ENTRIES.length} entries; ${coreModules.length} modules in ${CORE}.js)`);
