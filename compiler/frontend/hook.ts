/** Gives the runtime its view of the front end (see runtime/reflect/frontend-hook.ts). */
import { readerErr } from "../../runtime/errors/lisp-error.js";
import { installFrontEnd } from "../../runtime/reflect/frontend-hook.js";
import { analyzeEval, analyzeMacroBody } from "../analyze/analyze.js";
import { expandAll, expandOnce } from "../expand/expand.js";
import { flatData } from "../../runtime/reader/flat-data.js";
import { readAll } from "../../runtime/reader/read.js";
import { formToData } from "../../runtime/values/convert.js";
import { ReaderError } from "../../runtime/reader/reader-error.js";

let installed = false;

export function installHook(): void {
  if (installed) return;
  installed = true;
  installFrontEnd({
    readData(source) {
      try {
        // Data carries no positions, and reader errors show only their text: no spans needed.
        return flatData(source) ?? readAll(source, "<read-string>", false).map(formToData);
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
