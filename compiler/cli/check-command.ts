/**
 * `vigyc check <file.lisp|dir>… [--strict] [--json] [--global NAME]…`: the diagnostics of each
 * file (read, expanded, analysed; nothing emitted or written), with a code frame, or as JSON
 * lines ending with a summary line. Exit 1 on errors, and on warnings too with --strict.
 */
import { readFileSync } from "node:fs";
import { compileToIR } from "../frontend/compile-ir.js";
import { countText } from "../diagnostics/format.js";
import type { Parsed } from "./args.js";
import { lispInputs } from "./inputs.js";
import type { Io } from "./io.js";
import { newTally, reportDiagnostics } from "./report-diagnostics.js";

export function run(p: Parsed, io: Io): number {
  const v = p.values as { strict?: boolean; json?: boolean; global?: string[] };
  if (p.positionals.length === 0) {
    io.err("vigyc check: give one or more .lisp files or directories\n");
    return 2;
  }
  const files = lispInputs(p.positionals);
  const json = v.json === true;
  const tally = newTally();
  for (const { file } of files) {
    const source = readFileSync(file, "utf8");
    const { diagnostics } = compileToIR(source, file, { globals: v.global });
    reportDiagnostics(diagnostics, source, json, io.color?.out === true, io.out, tally);
  }
  if (json) io.out(JSON.stringify({ files: files.length, errors: tally.errors, warnings: tally.warnings }) + "\n");
  else {
    const counts = countText(tally.errors, tally.warnings);
    io.err(`checked ${files.length} file${files.length === 1 ? "" : "s"}: ${counts === "" ? "no problems" : counts}\n`);
  }
  return tally.errors > 0 || (v.strict === true && tally.warnings > 0) ? 1 : 0;
}
