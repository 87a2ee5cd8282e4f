/**
 * One run of the interpreter: a fresh global environment over the shared builtins, this run's
 * macro table, and the Lisp stdlib (prelude) evaluated into it, as the reference does for each
 * new interpreter (spec §3.1, §4.11).
 */
import { nativeErr } from "../errors/lisp-error.js";
import type { Program, TopForm } from "../ir/nodes.js";
import { frontEnd } from "../reflect/frontend-hook.js";
import { MacroTable, type MacroDef, type MacroHost } from "../reflect/macros.js";
import { BUILTINS } from "../stdlib/natives/index.js";
import { prelude } from "../stdlib/prelude-ir.generated.js";
import { callProc } from "../values/call.js";
import type { Form } from "../values/form.js";
import type { Closure, Value } from "../values/types.js";
import { evalTop, makeClosure, type RunCtx } from "./evaluate.js";
import { Globals } from "./globals.js";
import type { IntrinsicTable } from "../vigy/extension.js";

export interface SessionOptions {
  /** Load the Lisp stdlib (default true; false only to compile the stdlib itself). */
  readonly prelude?: boolean;
  /** Host intrinsics, installed after the stdlib (so they may override it), as the original does. */
  readonly intrinsics?: IntrinsicTable;
}

export class Session implements MacroHost {
  readonly globals: Globals;
  readonly macros = new MacroTable();
  private readonly macroClosures = new Map<MacroDef, { version: number; closure: Closure }>();

  constructor(opts: SessionOptions = {}) {
    this.globals = new Globals(BUILTINS);
    if (opts.prelude !== false) this.run(prelude());
    if (opts.intrinsics !== undefined) for (const [name, n] of opts.intrinsics.natives) this.globals.define(name, n);
  }

  /** Evaluate a whole program; the value of its last form (nil when empty). */
  run(program: Program): Value {
    let last: Value = null;
    for (const form of program.forms) last = this.runForm(form, program.file);
    return last;
  }

  runForm(form: TopForm, file: string): Value {
    const rc: RunCtx = { session: this, file };
    return evalTop(form, null, rc);
  }

  invokeMacro(def: MacroDef, args: Value[], _call: Form): Value {
    if (args.length < def.params.length) {
      throw nativeErr(`macro ${def.name}`, `missing required arg: ${def.params[args.length]}`);
    }
    let cached = this.macroClosures.get(def);
    if (cached === undefined || cached.version !== this.macros.version) {
      const lambda = frontEnd("macro").compileMacro(def, this);
      cached = { version: this.macros.version, closure: makeClosure(lambda, null, { session: this, file: def.body.span.file }) };
      this.macroClosures.set(def, cached);
    }
    // Surplus arguments are silently dropped unless the macro takes &rest.
    return callProc(cached.closure, def.rest === null ? args.slice(0, def.params.length) : args);
  }
}
