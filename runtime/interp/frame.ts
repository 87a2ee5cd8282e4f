/** Run-time frames of the interpreter (spec §3.3): shared, mutable, captured by reference. */
import type { Scope } from "../ir/nodes.js";
import type { Value } from "../values/types.js";

/** The content of a define-introduced slot before its define has run. */
export const UNBOUND: unique symbol = Symbol("unbound");
export type Slot = Value | typeof UNBOUND;

export class Frame {
  /** Names that `eval` defined in this frame without a slot (rare; see IR `defx`). */
  extra: Map<string, Value> | undefined;
  constructor(
    readonly slots: Slot[],
    readonly parent: Frame | null,
    readonly scope: Scope,
  ) {}

  up(n: number): Frame {
    let f: Frame = this;
    while (n-- > 0) f = f.parent!;
    return f;
  }
}

/** A fresh frame for `scope`: slots before firstDefine start as nil, the rest unbound. */
export function newFrame(scope: Scope, parent: Frame | null): Frame {
  const n = scope.names.length;
  const slots = new Array<Slot>(n);
  for (let i = 0; i < n; i++) slots[i] = i < scope.firstDefine ? null : UNBOUND;
  return new Frame(slots, parent, scope);
}
