/**
 * `vigyc eval [--engine compiled|interp] [--json] (<file.lisp>… | -e EXPR)`: each file is one
 * program run once in a fresh environment; prints the last value as tatara-lisp displays it,
 * or with --json one line per file in the conformance corpus's shape. Program failures are
 * reported, not fatal: the exit status is 0 unless the command line itself is wrong or a file
 * cannot be read.
 */
import { readFileSync } from "node:fs";
import { display } from "../../runtime/values/printer.js";
import { typeName } from "../../runtime/values/type-name.js";
import { runProgram, type EngineName, type Outcome } from "../engine.js";
import { compileToIR } from "../frontend/compile-ir.js";
import { errorReport } from "../diagnostics/error-report.js";
import { formatDiagnostic } from "../diagnostics/format.js";
import type { Parsed } from "./args.js";
import { checkLispFile, fileProblem } from "./inputs.js";
import type { Io } from "./io.js";

export interface EvalOptions {
  engine: EngineName;
  json: boolean;
  exprs: string[];
  files: string[];
}

export function outcomeJSON(file: string, o: Outcome): Record<string, string> {
  const rec: Record<string, string> = { file, status: o.status };
  if ("value" in o) {
    rec.display = display(o.value);
    rec.type = typeName(o.value);
  } else {
    rec.tag = ":" + o.error.tag;
    rec.message = o.error.detail.kind === "reader" ? o.error.detail.message : o.error.shortMessage;
    rec.display = o.error.message;
  }
  if (o.stdout !== "") rec.stdout = o.stdout;
  return rec;
}

/** A value as tatara-lisp displays it, or the error as a person reads it (with its Lisp stack). */
function outcomeText(o: Outcome, report: () => string): string {
  switch (o.status) {
    case "OK":
      return display(o.value) + "\n";
    case "THROW":
      return `error: uncaught throw: ${display(o.value)}\n`;
    default:
      return report();
  }
}

export function run(p: Parsed, io: Io): number {
  const v = p.values as { engine: EngineName; json?: boolean; expr?: string[] };
  const exprs = v.expr ?? [];
  if (exprs.length === 0 && p.positionals.length === 0) {
    io.err("vigyc eval: give one or more .lisp files or -e EXPR\n");
    return 2;
  }
  for (const f of p.positionals) checkLispFile(f);
  return evalCommand({ engine: v.engine, json: v.json === true, exprs, files: p.positionals }, io);
}

export function evalCommand(opts: EvalOptions, io: Io): number {
  const inputs: { file: string; source: string }[] = opts.exprs.map((e, i) => ({ file: opts.exprs.length > 1 ? `<expr ${i + 1}>` : "<expr>", source: e }));
  for (const f of opts.files) {
    let source: string;
    try {
      source = readFileSync(f, "utf8");
    } catch (e) {
      io.err(`vigyc eval: cannot read ${f}: ${fileProblem(e)}\n`);
      return 2;
    }
    inputs.push({ file: f, source });
  }
  for (const { file, source } of inputs) {
    const { program, readerError, diagnostics } = compileToIR(source, file, { checkNames: false });
    const o = runProgram(program, source, opts.engine, readerError !== undefined);
    if (opts.json) io.out(JSON.stringify(outcomeJSON(file, o)) + "\n");
    else {
      io.out(o.stdout);
      if (o.stdout !== "" && !o.stdout.endsWith("\n")) io.out("\n");
      // Unreadable source: what the reader diagnostic says (the reference's text is not always true).
      const report = (): string =>
        readerError !== undefined && diagnostics[0] !== undefined
          ? formatDiagnostic(diagnostics[0], source, { color: io.color?.out })
          : "error" in o
            ? errorReport(o.error, { programs: [{ program, source }], color: io.color?.out })
            : "";
      io.out(outcomeText(o, report));
    }
  }
  return 0;
}
