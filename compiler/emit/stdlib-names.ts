/** What the emitter knows about the Lisp stdlib: the names it defines, the globals it reads, its functions. */
import type { Lambda } from "../../runtime/ir/nodes.js";
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
import { prelude } from "../../runtime/stdlib/prelude-ir.generated.js";
import { programFacts, type Facts } from "./facts.js";
import { globalKey } from "./binding-key.js";

let cached: Facts | undefined;
const stdlib = (): Facts => (cached ??= programFacts(prelude(), true));

export function stdlibNames(): { defines: ReadonlySet<string>; reads: ReadonlySet<string> } {
  const f = stdlib();
  return { defines: f.globalsWritten, reads: f.globalsRead };
}

/** The lambda a stdlib function is, when the stdlib defines it once, with a lambda. */
export function stdlibLambda(name: string): Lambda | undefined {
  return stdlib().soleLambda(globalKey(name));
}

/** Each stdlib definition in stdlib order: its name and the globals its code reads. */
let definitions: ReadonlyMap<string, { readonly index: number; readonly reads: ReadonlySet<string> }> | undefined;
function stdlibDefinitions(): NonNullable<typeof definitions> {
  if (definitions === undefined) {
    const m = new Map<string, { index: number; reads: ReadonlySet<string> }>();
    const p = prelude();
    p.forms.forEach((form, index) => {
      if (form.t === "defg") m.set(form.name, { index, reads: programFacts({ ...p, forms: [form] }, true).globalsRead });
    });
    definitions = m;
  }
  return definitions;
}

/** What a module links from the stdlib for the stdlib functions it reads (runtime/compiled/globals.ts `Linked`). */
export interface StdlibLink {
  /** The stdlib functions reached from those, in stdlib order (each defined once, so one installer each). */
  readonly closure: readonly string[];
  /** The globals the reached functions read. */
  readonly reads: ReadonlySet<string>;
  /** The natives and stdlib names among them: what the bound code calls directly. */
  readonly deps: readonly string[];
  /** The natives the late-bound instance of the reached functions reads (those the stdlib does not redefine). */
  readonly lateNatives: readonly string[];
}

export function stdlibLink(direct: Iterable<string>): StdlibLink {
  const defs = stdlibDefinitions();
  const reached = new Set<string>();
  const reads = new Set<string>();
  const visit = (name: string): void => {
    const d = defs.get(name);
    if (d === undefined || reached.has(name)) return;
    reached.add(name);
    for (const r of d.reads) {
      reads.add(r);
      visit(r);
    }
  };
  for (const name of direct) visit(name);
  const closure = [...reached].sort((a, b) => defs.get(a)!.index - defs.get(b)!.index);
  const deps = [...reads].filter((n) => BUILTINS.has(n) || defs.has(n)).sort();
  const lateNatives = [...reads].filter((n) => BUILTINS.has(n) && !defs.has(n)).sort();
  return { closure, reads, deps, lateNatives };
}
