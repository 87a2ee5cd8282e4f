/**
 * What the REPL evaluates with: one interpreter session whose global environment holds every
 * definition entered so far, used by both engines. `interp` runs an input's IR in the session;
 * `compiled` emits it as JS whose globals live in that same environment (emit-module.ts
 * replProgramAst), so switching engines keeps the definitions and gives the same results.
 * It also keeps what was entered (for `:tick`) and a scratch kv that `:tick` commits to.
 */
import { readFileSync } from "node:fs";
import * as rt from "../../runtime/compiled/index.js";
import * as $b from "../../runtime/compiled/natives.js";
import * as $f from "../../runtime/compiled/stdlib.js";
import * as $l from "../../runtime/compiled/stdlib-late.js";
import * as $i from "../../runtime/compiled/interpreted.js";
import { asLispError } from "../../runtime/errors/lisp-error.js";
import { withOutput } from "../../runtime/io/output.js";
import { Session } from "../../runtime/interp/session.js";
import type { Program } from "../../runtime/ir/nodes.js";
import { display } from "../../runtime/values/printer.js";
import type { Value } from "../../runtime/values/types.js";
import { MemoryKv } from "../../runtime/vigy/kv-store.js";
import { jsonText } from "../../runtime/vigy/json.js";
import { runTick } from "../../runtime/vigy/runner.js";
import { intrinsicTable, withHost } from "../../runtime/vigy/extension.js";
import { STANDARD_EXTENSIONS } from "../../runtime/vigy/intrinsics/index.js";
import { VigyHost } from "../../runtime/vigy/host.js";
import { instantiate, type EngineName } from "../engine.js";
import { generateCode } from "../emit/generate.js";
import { replProgramAst } from "../emit/emit-module.js";
import { programFacts } from "../emit/facts.js";
import { compileToIR } from "../frontend/compile-ir.js";
import { docOf, docs, docText } from "../docs/table.js";
import { tickSummary } from "../cli/tick-command.js";
import { fileProblem } from "../cli/inputs.js";
import { errorReport, tickReporter, type ProgramText } from "../diagnostics/error-report.js";
import type { Reply } from "./protocol.js";

/** Each input is a file of its own, so positions in a stack trace name the input they are in. */
const inputFile = (n: number): string => `<repl:${n}>`;

export class ReplEngine {
  private session!: Session;
  private env!: Record<string, Value>;
  private host!: VigyHost;
  /** The inputs that ran without error, in order: the program `:tick` runs. */
  private transcript: string[] = [];
  private defined = new Set<string>();
  /** Every input's IR and text, for function names and code frames in stack traces. */
  private inputs: ProgramText[] = [];
  private kv = new MemoryKv();

  constructor(public engine: EngineName = "compiled") {
    this.reset();
  }

  reset(): void {
    const table = intrinsicTable(STANDARD_EXTENSIONS);
    this.session = new Session({ intrinsics: table });
    const globals = this.session.globals;
    // The compiled engine's environment is the session's (a view over its globals).
    this.env = new Proxy(Object.create(null) as Record<string, Value>, {
      get: (_t, k) => (typeof k === "string" ? globals.get(k) : undefined),
      set: (_t, k, v: Value) => (typeof k === "string" && globals.define(k, v), true),
      has: (_t, k) => typeof k === "string" && globals.has(k),
    });
    this.host = new VigyHost();
    this.transcript = [];
    this.inputs = [];
    this.defined.clear();
    this.kv = new MemoryKv();
  }

  /** Evaluate an input (one or more forms; `file` names a :load-ed file); the value of the last one. */
  eval(source: string, file = inputFile(this.inputs.length + 1)): Reply {
    let out = "";
    try {
      const { program } = compileToIR(source, file, { session: this.session, checkNames: false });
      this.inputs.push({ program, source });
      const value = withHost(this.host, () => withOutput((t) => (out += t), () => this.run(program, source)));
      this.transcript.push(source);
      for (const f of program.forms) if (f.t === "defg") this.defined.add(f.name);
      const last = program.forms[program.forms.length - 1];
      const isDefinition = last === undefined || last.t === "defg" || last.t === "defmacro";
      if (!isDefinition) out += (out !== "" && !out.endsWith("\n") ? "\n" : "") + display(value) + "\n";
      else if (out !== "" && !out.endsWith("\n")) out += "\n";
      return { out, err: "" };
    } catch (e) {
      const err = asLispError(e);
      if (err === undefined) throw e;
      if (out !== "" && !out.endsWith("\n")) out += "\n";
      return { out, err: errorReport(err, { programs: this.inputs }) };
    }
  }

  private run(program: Program, source: string): Value {
    if (this.engine === "interp" || programFacts(program).reflective) {
      let last: Value = null;
      for (const form of program.forms) last = this.session.runForm(form, program.file);
      return last;
    }
    const { code } = generateCode(replProgramAst(program), { sourceName: program.file, source, jsFile: "repl.js", map: false });
    const run = new Function("$r", "$b", "$f", "$l", "$i", code)(rt, $b, $f, $l, $i) as (env: Record<string, Value>) => Value;
    return rt.done(run(this.env));
  }

  setEngine(name: EngineName): void {
    this.engine = name;
  }

  load(file: string): Reply {
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch (e) {
      return { out: "", err: `:load: cannot read ${file}: ${fileProblem(e)}\n` };
    }
    return this.eval(source, file);
  }

  /** Everything entered so far as one tick against the scratch host and kv; the record. */
  tick(now: number): Reply {
    const source = this.transcript.join("\n");
    const { program } = compileToIR(source, "<repl>", { checkNames: false });
    const prog = instantiate(program, source, this.engine);
    const r = runTick(prog, this.kv, { now, clock: () => now, report: tickReporter({ program, source }) });
    return { out: tickSummary(r), err: "" };
  }

  kvText(): string {
    return jsonText(new Map(this.kv.load())) + "\n";
  }

  doc(name: string): string {
    const d = docOf(name);
    if (d !== undefined) return docText(d);
    const v = this.session.globals.get(name);
    if (v !== undefined && this.defined.has(name)) return `${name}: ${display(v)}\n  defined in this session\n`;
    return `no documentation for ${name}\n`;
  }

  /** Names to complete: the table's, this session's definitions. */
  names(): string[] {
    return [...new Set([...docs().keys(), ...this.defined])].sort();
  }
}
