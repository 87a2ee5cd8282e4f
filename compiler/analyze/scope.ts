/**
 * Compile-time frames and name resolution (spec §3.3). A CScope mirrors one runtime frame:
 * the names bound at entry (params, let names) followed by the names its body `define`s,
 * which start unbound so a read before the define falls back to the enclosing binding, as in
 * the reference's shared mutable frames.
 */
import type { Fallback, GlobalRef, LocalRef, Pos, Scope } from "../../runtime/ir/nodes.js";

export class CScope {
  readonly names: string[] = [];
  /** Shape of an existing run-time frame, for eval (see analyze.ts analyzeEval). */
  static mirror(parent: CScope | null, names: readonly string[], firstDefine: number): CScope {
    const sc = new CScope(parent, names, [], true, false, true);
    sc.firstDefine = firstDefine;
    return sc;
  }

  private readonly index = new Map<string, number>();
  firstDefine: number;

  constructor(
    readonly parent: CScope | null,
    entryNames: readonly string[],
    defines: readonly string[],
    /** The frame's body contains `eval`: it may gain bindings that have no slot. */
    readonly dyn: boolean,
    /** All slots start unbound (let*: an init may read a later binding's outer value). */
    allUnbound = false,
    /** Mirrors an existing run-time frame (eval): new defines cannot get slots. */
    readonly fixed = false,
  ) {
    for (const n of entryNames) this.add(n);
    this.firstDefine = allUnbound ? 0 : this.names.length;
    for (const n of defines) this.add(n);
  }

  /** Slot for `name`, allocating one if needed (duplicates share a slot: the last bind wins). */
  add(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }

  slotOf(name: string): number | undefined {
    return this.index.get(name);
  }

  toIR(): Scope {
    return { names: [...this.names], firstDefine: this.firstDefine, dyn: this.dyn };
  }
}

/** Resolve `name` as seen from `scope` (null = top level). */
export function resolve(scope: CScope | null, name: string, s: Pos): Fallback {
  return resolveFrom(scope, name, s, 0);
}

function resolveFrom(scope: CScope | null, name: string, s: Pos, up: number): Fallback {
  let dynDepth = 0;
  for (let sc = scope; sc !== null; sc = sc.parent, up++) {
    const slot = sc.slotOf(name);
    if (slot !== undefined) {
      const base: LocalRef =
        slot >= sc.firstDefine
          ? { t: "local", up, slot, name, fb: resolveFrom(sc.parent, name, s, up + 1), s }
          : { t: "local", up, slot, name, s };
      return dynDepth > 0 ? { t: "dyn", name, depth: dynDepth, fb: base, s } : base;
    }
    if (sc.dyn) dynDepth = up + 1;
  }
  const g: GlobalRef = { t: "global", name, s };
  return dynDepth > 0 ? { t: "dyn", name, depth: dynDepth, fb: g, s } : g;
}
