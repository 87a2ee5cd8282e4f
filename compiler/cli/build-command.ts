/**
 * `vigyc build <file.lisp|dir>… [-o DIR] [--sourcemap external|inline|none] [--runtime SPEC]
 * [--late-bound NAME]… [--ext .js|.mjs] [--global NAME]… [--json]`: each .lisp file (directories
 * are searched recursively) becomes an ES module, written beside its source or under DIR keeping
 * the directory layout, with `<name>.js.map` when maps are external. Diagnostics go to stderr
 * with a code frame (or stdout as JSON lines); a file with errors is still written (its tick
 * raises the positioned error) and the exit status is 1.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { compile, jsNameFor } from "../emit/compile.js";
import { countText } from "../diagnostics/format.js";
import type { Parsed } from "./args.js";
import { fileProblem, lispInputs } from "./inputs.js";
import { makeDirs } from "./make-dirs.js";
import type { Io } from "./io.js";
import { newTally, reportDiagnostics } from "./report-diagnostics.js";

export function run(p: Parsed, io: Io): number {
  const v = p.values as { out?: string; sourcemap: "external" | "inline" | "none"; runtime?: string; "late-bound"?: string[]; ext: ".js" | ".mjs"; global?: string[]; json?: boolean };
  if (p.positionals.length === 0) {
    io.err("vigyc build: give one or more .lisp files or directories\n");
    return 2;
  }
  const files = lispInputs(p.positionals);
  const json = v.json === true;
  const tally = newTally();
  for (const { file, root } of files) {
    const source = readFileSync(file, "utf8");
    const target = join(v.out ?? dirname(file), v.out === undefined ? "" : relative(root, dirname(file)), jsNameFor(file, v.ext));
    // The map names the Lisp source relative to where the map is written.
    const sourceName = relative(dirname(resolve(target)), resolve(file));
    const { code, map, diagnostics } = compile(source, { filename: file, sourcemap: v.sourcemap, runtime: v.runtime, sourceName, lateBound: v["late-bound"], ext: v.ext, globals: v.global });
    reportDiagnostics(diagnostics, source, json, io.color?.err === true, json ? io.out : io.err, tally);
    let writing = dirname(target);
    try {
      makeDirs(writing);
      writeFileSync((writing = target), code);
      if (v.sourcemap === "external" && map !== null) writeFileSync((writing = target + ".map"), JSON.stringify(map));
    } catch (e) {
      // An output that cannot be written is a bad command line (-o names a file, a read-only place).
      io.err(`vigyc build: cannot write ${writing}: ${fileProblem(e)}\n`);
      return 2;
    }
    io.out(json ? JSON.stringify({ source: file, wrote: target }) + "\n" : `${file} → ${target}\n`);
  }
  if (json) io.out(JSON.stringify({ files: files.length, errors: tally.errors, warnings: tally.warnings }) + "\n");
  else if (tally.errors + tally.warnings > 0) io.err(`vigyc build: ${countText(tally.errors, tally.warnings)}${tally.errors > 0 ? " (modules with errors raise them when they run)" : ""}\n`);
  return tally.errors > 0 ? 1 : 0;
}
