/**
 * The runtime never imports the compiler. The forms that need the front end at run time (eval,
 * macroexpand, macro bodies) reach it through this hook, which the compiler installs when it
 * is loaded, and which a reflective program's module hands to the interpreter it runs on
 * (runtime/compiled/interpreted.ts). read-string and read-all only read data: they use the
 * runtime's reader.
 */
import { nativeErr } from "../errors/lisp-error.js";
import type { Expr, Lambda, Scope } from "../ir/nodes.js";
import type { Form } from "../values/form.js";
import type { MacroDef, MacroHost } from "./macros.js";

/** A run-time frame as eval's analysis sees it: its layout and the names eval added to it. */
export interface FrameShape {
  readonly scope: Scope;
  readonly extra: ReadonlySet<string>;
}

export interface FrontEndHook {
  expandAll(form: Form, host: MacroHost): Form;
  /** Expand the head macro call once; the form itself when it is not a macro call. */
  expandOnce(form: Form, host: MacroHost): Form;
  /** Analyze an (already expanded) form for evaluation inside the given frames, innermost first. */
  analyzeEval(form: Form, frames: readonly FrameShape[], file: string): Expr;
  /** A macro's body as a closure over the global environment. */
  compileMacro(def: MacroDef, host: MacroHost): Lambda;
}

let hook: FrontEndHook | undefined;

export function installFrontEnd(h: FrontEndHook): void {
  hook = h;
}

export function frontEnd(fn: string): FrontEndHook {
  if (hook === undefined) throw nativeErr(fn, "the vigy-js front end is not loaded in this bundle");
  return hook;
}
