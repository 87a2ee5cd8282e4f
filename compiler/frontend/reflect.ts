/**
 * The front end as the runtime's interpreter calls it for eval, macroexpand and macro bodies
 * (runtime/reflect/frontend-hook.ts). A reflective program's compiled module imports it
 * (`vigy-js/runtime/compiled/reflect`) and hands it to the interpreter, so such a program runs
 * in any bundle without setup; the compiler installs it when it is loaded.
 */
import type { FrontEndHook } from "../../runtime/reflect/frontend-hook.js";
import { analyzeEval, analyzeMacroBody } from "../analyze/analyze.js";
import { expandAll, expandOnce } from "../expand/expand.js";

export const frontEnd: FrontEndHook = {
  expandAll,
  expandOnce: (form, host) => expandOnce(form, host) ?? form,
  analyzeEval,
  compileMacro: (def, host) => analyzeMacroBody(def.params, def.rest, expandAll(def.body, host), []),
};
