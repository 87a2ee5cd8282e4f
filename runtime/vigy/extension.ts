/**
 * Host extensions (spec/vigy.md §7): packs of intrinsics installed after the stdlib, in order,
 * later names overriding earlier ones. An intrinsic is a name, an arity and a function of the
 * call's arguments and the tick's host; both engines see it as an ordinary native function
 * (arity checked by the caller, errors positioned at the call), bound to the host of the tick
 * that is running.
 */
import { isStackOverflow, LispError, nativeErr } from "../errors/lisp-error.js";
import { listOf } from "../values/list-storage.js";
import { Native, type Value } from "../values/types.js";
import type { VigyHost } from "./host.js";

export interface Intrinsic {
  readonly name: string;
  /** Fewest arguments; the interpreter rejects fewer before the body runs. */
  readonly min: number;
  /** Most arguments (Infinity for no bound; an intrinsic may check its own upper bound). */
  readonly max: number;
  /** List arguments arrive as LLists (docs/lists.md); a JS array returned is taken as a list of its elements. */
  readonly fn: (args: Value[], host: VigyHost) => HostValue;
}

/** What an intrinsic may return: a value, or a JS array of such, which becomes a list. */
export type HostValue = Value | readonly HostValue[];

const fromHost = (v: HostValue): Value => (Array.isArray(v) ? listOf(v.map(fromHost)) : (v as Value));

export interface Extension {
  readonly name: string;
  readonly intrinsics: readonly Intrinsic[];
}

/** An extension from a list of intrinsics (the original's `closure_extension`). */
export const extension = (name: string, intrinsics: readonly Intrinsic[]): Extension => ({ name, intrinsics });

// The host of the tick being evaluated. Evaluation is synchronous, so a tick binds it around the
// program run and restores the previous one after (a nested tick from inside an intrinsic works).
let current: VigyHost | null = null;

export function withHost<T>(host: VigyHost, body: () => T): T {
  const saved = current;
  current = host;
  try {
    return body();
  } finally {
    current = saved;
  }
}

/** The host of the tick being evaluated (for programs written directly in JS); throws outside a tick. */
export function currentHost(): VigyHost {
  if (current === null) throw new Error("vigy-js: no tick is running");
  return current;
}

function hostFor(name: string): VigyHost {
  if (current === null) throw nativeErr(name, "no vigy host: intrinsics run only inside a tick");
  return current;
}

function asNative(i: Intrinsic, extension: string): Native {
  return new Native(i.name, i.min, i.max, (...args) => {
    const host = hostFor(i.name);
    try {
      return fromHost(i.fn(args, host));
    } catch (e) {
      // A host function's plain JS error becomes the intrinsic's error: positioned, catchable.
      if (e instanceof Error && !(e instanceof LispError) && !isStackOverflow(e)) {
        // Shown to a person as a bug in the host, with its JS stack (what a catch sees is unchanged).
        const err = nativeErr(i.name, e.message);
        err.hostCause = { extension, intrinsic: i.name, error: e };
        throw err;
      }
      throw e;
    }
  });
}

/**
 * What a list of extensions installs: name → native, in installation order. Built once per
 * list (tables are cached by the list's identity), so a runner ticking thousands of vigies
 * with one extension list resolves it once.
 */
export class IntrinsicTable {
  readonly natives: ReadonlyMap<string, Native>;
  /** Per-table state the engines cache (the compiled engine's global environment). */
  readonly cache = new Map<string, unknown>();
  constructor(extensions: readonly Extension[]) {
    const m = new Map<string, Native>();
    for (const ext of extensions) for (const i of ext.intrinsics) m.set(i.name, asNative(i, ext.name));
    this.natives = m;
  }
}

const tables = new WeakMap<readonly Extension[], IntrinsicTable>();

export function intrinsicTable(extensions: readonly Extension[]): IntrinsicTable {
  let t = tables.get(extensions);
  if (t === undefined) tables.set(extensions, (t = new IntrinsicTable(extensions)));
  return t;
}
