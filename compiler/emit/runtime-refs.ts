/**
 * Emitted code calls the runtime through namespaces of its parts (runtime-parts.ts): helpers,
 * natives, stdlib functions. Reading a property of a namespace at every operation costs little
 * on a native ES module, but a lot when a CommonJS or test loader turns the namespace's
 * properties into getters; so every member the code reads is a module constant read once
 * (`const $r_add2 = $r.add2`), and a bundler sees plain property reads of an import namespace,
 * which it resolves (and tree-shakes) statically. Lisp names cannot collide: munging escapes
 * every `$` in them.
 *
 * The emitter asks for each member here as it writes the code that reads it, so the module
 * declares (and imports the parts of) exactly what it asked for, with no pass over the
 * finished JS. The declarations are sorted by part and name: their order does not depend on
 * the order the emitter happens to write code in.
 */
import type * as ES from "estree";
import * as B from "./estree.js";
import { PART_NAMES, type Part } from "./runtime-parts.js";

export class RuntimeRefs {
  /** `part.prop` → the constant bound to it. */
  private readonly locals = new Map<string, { readonly part: Part; readonly prop: string; readonly js: string }>();
  private readonly used = new Set<Part>();

  /** `alloc` reserves a module-level name (ModuleCtx.alloc). */
  constructor(private readonly alloc: (base: string) => string) {}

  /** The constant bound to `part.prop` (declared once, on first use). */
  ref(part: Part, prop: string): ES.Identifier {
    const key = part + "." + prop;
    let entry = this.locals.get(key);
    if (entry === undefined) this.locals.set(key, (entry = { part, prop, js: this.alloc(part + "_" + prop) }));
    this.used.add(part);
    return B.id(entry.js);
  }

  /**
   * `part.prop` read directly, for a module constant that is nothing else
   * (`const car$n = $b.car`: binding it again would add nothing); its part is imported.
   */
  member(part: Part, prop: string): ES.MemberExpression {
    this.used.add(part);
    return B.member(B.id(part), prop);
  }

  /** The parts the code reads from, in import order. */
  parts(): Part[] {
    return PART_NAMES.filter((p) => this.used.has(p));
  }

  /** `const $r_X = $r.X` for every member asked for, by part (import order) then name. */
  decls(): ES.Statement[] {
    const order = (p: Part): number => PART_NAMES.indexOf(p);
    return [...this.locals.values()]
      .sort((a, b) => order(a.part) - order(b.part) || (a.prop < b.prop ? -1 : a.prop > b.prop ? 1 : 0))
      .map(({ part, prop, js }) => B.decl("const", js, B.member(B.id(part), prop)));
  }
}
