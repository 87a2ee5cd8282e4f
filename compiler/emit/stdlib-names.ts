/** What the emitter knows about the Lisp stdlib: the names it defines, the globals it reads, its functions. */
import type { Lambda } from "../../runtime/ir/nodes.js";
import { PRELUDE } from "../../runtime/stdlib/prelude-ir.generated.js";
import { programFacts, type Facts } from "./facts.js";

let cached: Facts | undefined;
const stdlib = (): Facts => (cached ??= programFacts(PRELUDE, true));

export function stdlibNames(): { defines: ReadonlySet<string>; reads: ReadonlySet<string> } {
  const f = stdlib();
  return { defines: f.globalsWritten, reads: f.globalsRead };
}

/** The lambda a stdlib function is, when the stdlib defines it once, with a lambda. */
export function stdlibLambda(name: string): Lambda | undefined {
  return stdlib().soleLambda("g:" + name);
}
