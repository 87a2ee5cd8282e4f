/**
 * `vigyc build <file.lisp|dir>… [-o DIR] [--sourcemap external|inline|none] [--runtime SPEC] [--late-bound NAME]… [--ext .js|.mjs]`:
 * each .lisp file (directories are searched recursively) becomes an ES module, written beside
 * its source or under DIR keeping the directory layout, with `<name>.js.map` when maps are
 * external. A file that does not compile is still written (its tick raises the positioned
 * error), its diagnostics are printed as file:line:col, and the exit status is 1.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { compile, jsNameFor } from "../emit/compile.js";
import type { Io } from "./io.js";

export interface BuildOptions {
  inputs: string[];
  outDir: string | undefined;
  sourcemap: "external" | "inline" | "none";
  runtime: string | undefined;
  /** Builtins a host extension overrides (looked up per tick instead of called directly). */
  lateBound?: string[];
  /** The modules' extension (`.mjs`: ES modules wherever they are, also in a package without `"type": "module"`). */
  ext?: ".js" | ".mjs";
}

/** Every .lisp file named or under a named directory, with the root its output path is relative to. */
function collect(input: string): { file: string; root: string }[] {
  if (!statSync(input).isDirectory()) return [{ file: input, root: dirname(input) }];
  const out: { file: string; root: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".lisp")) out.push({ file: p, root: input });
    }
  };
  walk(input);
  return out;
}

export function buildCommand(opts: BuildOptions, io: Io): number {
  let files: { file: string; root: string }[];
  try {
    files = opts.inputs.flatMap(collect);
  } catch (e) {
    io.err(`vigyc build: ${(e as Error).message}\n`);
    return 2;
  }
  if (files.length === 0) {
    io.err("vigyc build: no .lisp files found\n");
    return 2;
  }
  let failed = false;
  for (const { file, root } of files) {
    const source = readFileSync(file, "utf8");
    const target = join(opts.outDir ?? dirname(file), opts.outDir === undefined ? "" : relative(root, dirname(file)), jsNameFor(file, opts.ext));
    // The map names the Lisp source relative to where the map is written.
    const sourceName = relative(dirname(resolve(target)), resolve(file));
    const { code, map, diagnostics } = compile(source, { filename: file, sourcemap: opts.sourcemap, runtime: opts.runtime, sourceName, lateBound: opts.lateBound, ext: opts.ext });
    for (const d of diagnostics) {
      io.err(`${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}${d.hint ? ` (${d.hint})` : ""}\n`);
      if (d.severity === "error") failed = true;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
    if (opts.sourcemap === "external" && map !== null) writeFileSync(target + ".map", JSON.stringify(map));
    io.out(`${file} → ${target}\n`);
  }
  return failed ? 1 : 0;
}
