/** What the emitter knows about the Lisp stdlib: the names it defines and the globals it reads. */
import { PRELUDE } from "../../runtime/stdlib/prelude-ir.generated.js";
import { programFacts } from "./facts.js";

let cached: { defines: ReadonlySet<string>; reads: ReadonlySet<string> } | undefined;

export function stdlibNames(): { defines: ReadonlySet<string>; reads: ReadonlySet<string> } {
  if (cached === undefined) {
    const f = programFacts(PRELUDE, true);
    cached = { defines: f.globalsWritten, reads: f.globalsRead };
  }
  return cached;
}
