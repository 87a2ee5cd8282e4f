/**
 * The runtime never imports the compiler. The few builtins that need the front end at run
 * time (read-string, read-all, eval, macroexpand) reach it through this hook, which the
 * compiler installs when it is loaded. A bundle that never loads the compiler simply reports
 * these as unavailable.
 */
import { nativeErr } from "../errors/lisp-error.js";
import type { Form } from "../values/form.js";

export interface FrontEndHook {
  /** Read every form of `source`; reader errors are thrown as LispError of kind "reader". */
  readForms(source: string, file: string): Form[];
}

let hook: FrontEndHook | undefined;

export function installFrontEnd(h: FrontEndHook): void {
  hook = h;
}

export function frontEnd(fn: string): FrontEndHook {
  if (hook === undefined) throw nativeErr(fn, "the vigy-js front end is not loaded in this bundle");
  return hook;
}
