/** What the emitter knows about the Lisp stdlib: the names it defines, the globals it reads, its functions. */
import type { Lambda } from "../../runtime/ir/nodes.js";
import { PRELUDE } from "../../runtime/stdlib/prelude-ir.generated.js";
import { programFacts, type Facts } from "./facts.js";

let cached: { defines: ReadonlySet<string>; reads: ReadonlySet<string>; facts: Facts } | undefined;

function stdlib(): { defines: ReadonlySet<string>; reads: ReadonlySet<string>; facts: Facts } {
  if (cached === undefined) {
    const f = programFacts(PRELUDE, true);
    cached = { defines: f.globalsWritten, reads: f.globalsRead, facts: f };
  }
  return cached;
}

export function stdlibNames(): { defines: ReadonlySet<string>; reads: ReadonlySet<string> } {
  return stdlib();
}

/** The lambda a stdlib function is, when the stdlib defines it once, with a lambda. */
export function stdlibLambda(name: string): Lambda | undefined {
  return stdlib().facts.soleLambda("g:" + name);
}
