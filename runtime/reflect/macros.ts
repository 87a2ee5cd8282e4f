/**
 * Macro definitions and the per-run macro table (spec §3.10). A table lives as long as one
 * program run (or one compilation); later definitions of a name replace earlier ones.
 */
import type { Form } from "../values/form.js";
import type { Value } from "../values/types.js";

export interface MacroDef {
  readonly name: string;
  readonly params: readonly string[];
  readonly rest: string | null;
  /** Only the first body form is used (extra forms are silently ignored, as in the reference). */
  readonly body: Form;
}

export class MacroTable {
  private readonly defs = new Map<string, MacroDef>();
  /** Bumped on every definition, so cached expansions of macro bodies can be invalidated. */
  version = 0;

  get(name: string): MacroDef | undefined {
    return this.defs.get(name);
  }
  define(def: MacroDef): void {
    this.defs.set(def.name, def);
    this.version++;
  }
  names(): string[] {
    return [...this.defs.keys()];
  }
}

/** Runs macro bodies at expansion time; implemented by an interpreter session. */
export interface MacroHost {
  readonly macros: MacroTable;
  invokeMacro(def: MacroDef, args: Value[], call: Form): Value;
}
