/**
 * The front end: source text → validated IR (reader → expander → analyzer), one top-level form
 * at a time (spec §3.1).
 *
 * Macro bodies run on the interpreter at expansion time and may call functions the program
 * defined earlier (corpus u067). So before a macro defined by this program is expanded, the
 * program's preceding top-level forms are evaluated in the compile-time session, with output
 * discarded and errors ignored (the run-time evaluation is the one that counts). Errors while
 * expanding a form become a `fail` node at that form, so earlier forms still run first.
 */
import type { Expr, Program, TopForm } from "../../runtime/ir/nodes.js";
import { encodeForm, toPos } from "../../runtime/ir/codec.js";
import { withOutput } from "../../runtime/io/output.js";
import { LispError } from "../../runtime/errors/lisp-error.js";
import { Session } from "../../runtime/interp/session.js";
import type { MacroDef, MacroHost } from "../../runtime/reflect/macros.js";
import type { Form } from "../../runtime/values/form.js";
import type { Value } from "../../runtime/values/types.js";
import { analyzeTop, startContext } from "../analyze/analyze.js";
import { checkNames } from "../analyze/check-names.js";
import { report } from "../analyze/context.js";
import type { Diagnostic, RawDiagnostic } from "../diagnostics/diagnostic.js";
import { finishDiagnostics } from "../diagnostics/finish.js";
import { readerDiagnostic } from "./reader-diagnostic.js";
import { expandAll } from "../expand/expand.js";
import { readAll } from "../../runtime/reader/read.js";
import { ReaderError } from "../../runtime/reader/reader-error.js";
import { isMacroDefinition, parseMacroDefinition } from "./defmacro.js";
import { failFromError } from "./fail-from-error.js";
import { analyzeModuleForm, isModuleForm } from "./module-forms.js";
import { installHook } from "./hook.js";
import { validateProgram } from "../ir/validate.js";

export interface CompileIROptions {
  /** The compile-time session (default: a fresh one with the stdlib). */
  readonly session?: Session;
  /** Evaluate every form in the session as it is compiled (used to build the stdlib itself). */
  readonly evalEachForm?: boolean;
  /** Check the names the program reads and the arities of its calls (default true). */
  readonly checkNames?: boolean;
  /** Globals the host provides besides the standard intrinsics (host extensions). */
  readonly globals?: Iterable<string>;
}

export interface IRResult {
  readonly program: Program;
  readonly diagnostics: Diagnostic[];
  /** Set when the source could not be read; the program then only raises this error. */
  readonly readerError?: ReaderError;
}

export function compileToIR(source: string, file: string, opts: CompileIROptions = {}): IRResult {
  installHook();
  const diagnostics: RawDiagnostic[] = [];
  let forms: Form[];
  try {
    forms = readAll(source, file);
  } catch (e) {
    if (!(e instanceof ReaderError)) throw e;
    const fail: TopForm = { t: "fail", error: { kind: "reader", message: e.text }, s: toPos(e.span) };
    return { program: { ir: "vigy-ir/1", file, forms: [fail], unreadable: true }, diagnostics: finishDiagnostics([readerDiagnostic(e, file)], source, file), readerError: e };
  }

  const session = opts.session ?? new Session();
  const out: TopForm[] = [];
  const ownMacros = new Set<MacroDef>();
  let evaluated = 0;
  const catchUp = (): void => {
    for (; evaluated < out.length; evaluated++) {
      try {
        withOutput(() => {}, () => session.runForm(out[evaluated]!, file));
      } catch {
        // The run-time evaluation reports this error; here it only means fewer definitions.
      }
    }
  };
  const host: MacroHost = {
    macros: session.macros,
    invokeMacro(def: MacroDef, args: Value[], call: Form): Value {
      if (ownMacros.has(def)) catchUp();
      return session.invokeMacro(def, args, call);
    },
  };

  for (const form of forms) {
    let printed = "";
    const ir = withOutput((t) => (printed += t), () => compileTopForm(form, file, host, ownMacros, diagnostics));
    const s = toPos(form.span);
    out.push(printed === "" ? ir : { t: "seq", body: [{ t: "emit", text: printed, s }, ir as Expr], s });
    if (opts.evalEachForm) catchUp();
  }
  const program: Program = { ir: "vigy-ir/1", file, forms: out };
  validateProgram(program);
  if (opts.checkNames !== false) checkNames(program, diagnostics, { globals: opts.globals });
  return { program, diagnostics: finishDiagnostics(diagnostics, source, file) };
}

function compileTopForm(form: Form, file: string, host: MacroHost, ownMacros: Set<MacroDef>, diags: RawDiagnostic[]): TopForm {
  const s = toPos(form.span);
  try {
    if (isMacroDefinition(form)) {
      const def = parseMacroDefinition(form);
      if (typeof def === "string") {
        report(diags, file, form, "V201", `malformed \`defmacro\`: ${def.replace(/^compile error in [^:]*: /, "")}`, "expected (defmacro name (param… [&rest rest]) body)");
        return { t: "fail", error: { kind: "reader", message: def }, s };
      }
      host.macros.define(def);
      ownMacros.add(def);
      return { t: "defmacro", name: def.name, params: def.params, rest: def.rest, body: encodeForm(def.body), s };
    }
    if (isModuleForm(form)) {
      return analyzeModuleForm(form, startContext(file, diags));
    }
    return analyzeTop(expandAll(form, host), file, diags);
  } catch (e) {
    const error = failFromError(e);
    // Expansion errors carry the macro call's position (the reference reports them there).
    const span = e instanceof LispError && e.span !== undefined && e.span.file === file ? e.span : form.span;
    const message = e instanceof LispError ? e.displayText : JSON.stringify(error);
    const macro = e instanceof LispError && e.detail.kind === "native-fn" && e.detail.fn.startsWith("macro ") ? e.detail.fn.slice(6) : undefined;
    diags.push({ code: "V210", file, line: span.line, col: span.col, offset: span.offset, end: span.end, message: `${macro === undefined ? "expanding this form" : `expanding \`${macro}\``} raised: ${message}` });
    return { t: "fail", error, s: toPos(span) };
  }
}
