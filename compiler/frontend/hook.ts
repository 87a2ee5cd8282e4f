/** Gives the runtime its view of the front end (see runtime/reflect/frontend-hook.ts). */
import { readerErr } from "../../runtime/errors/lisp-error.js";
import { installFrontEnd } from "../../runtime/reflect/frontend-hook.js";
import { analyzeEval, analyzeMacroBody } from "../analyze/analyze.js";
import { expandAll, expandOnce } from "../expand/expand.js";
import { readAll } from "../reader/read.js";
import { ReaderError } from "../reader/reader-error.js";

let installed = false;

export function installHook(): void {
  if (installed) return;
  installed = true;
  installFrontEnd({
    readForms(source, file) {
      try {
        return readAll(source, file);
      } catch (e) {
        if (e instanceof ReaderError) throw readerErr(e.text);
        throw e;
      }
    },
    expandAll,
    expandOnce: (form, host) => expandOnce(form, host) ?? form,
    analyzeEval,
    compileMacro: (def, host) => analyzeMacroBody(def.params, def.rest, expandAll(def.body, host), []),
  });
}
