/**
 * Names a compiled program does not define itself. Natives it calls are module constants; a
 * stdlib function, a host intrinsic or any other name is read once per tick from an
 * environment (Lisp name → value) that `env` builds once per intrinsic table and module.
 *
 * A module links only the stdlib it reaches (`linked`): the bound stdlib functions it reads,
 * whose code calls the natives and the other stdlib functions directly, and, for the cases
 * late binding requires, the late-bound installers of everything those reach. When the
 * table's intrinsics replace a name that bound code calls directly, or the program redefines
 * a name the stdlib reads, the environment holds a late-bound instance instead, whose
 * references go through the environment, so they see the replacement (as in the reference).
 * Nothing here imports the stdlib or the natives: a module that uses neither carries neither.
 */
import { unbound as unboundErr } from "../errors/lisp-error.js";
import { UNBOUND } from "../interp/frame.js";
import { raisedHere } from "../errors/frames.js";
import type { SpanLike, Value } from "../values/types.js";
import type { IntrinsicTable } from "../vigy/extension.js";

/** A global environment: Lisp name → value. */
export type Env = Record<string, Value>;

/** The value of a define-introduced binding before its define has run. */
export const U = UNBOUND;

/** Raise the positioned unbound-symbol error (used as an expression, so it "returns" never). */
export function unbound(name: string, span: SpanLike): never {
  throw raisedHere(unboundErr(name, span));
}

/** Read a global from an environment, late-bound. */
export function g(env: Env, name: string, span: SpanLike): Value {
  const v = env[name];
  if (v === undefined) throw raisedHere(unboundErr(name, span));
  return v;
}

/** set! on a global in an environment: only an existing binding may be assigned. */
export function gset(env: Env, name: string, v: Value, span: SpanLike): null {
  if (env[name] === undefined) throw raisedHere(unboundErr(name, span));
  env[name] = v;
  return null;
}

/** A late-bound stdlib function's installer: defines the function into an environment. */
export type Installer = (env: Env) => void;

/** What a compiled module links from the stdlib and the natives (built by `linked`). */
export interface Linked {
  /** The builtins the program reads from its environment: bound stdlib functions, late-bound natives. */
  readonly base: Readonly<Env>;
  /** Every native and stdlib name the linked bound code calls directly. */
  readonly deps: readonly string[];
  /** The natives the late-bound instance reads, then its installers in stdlib order. */
  readonly lateNatives: Readonly<Env>;
  readonly late: readonly Installer[];
  // The environment of the table used last (one module usually ticks under one table).
  lastTable: IntrinsicTable | undefined;
  lastEnv: Env | undefined;
}

/** A module's link (a module constant, made once when the module loads). */
export const linked = (base: Env, deps: readonly string[], lateNatives: Env, late: readonly Installer[]): Linked => ({
  base,
  deps,
  lateNatives,
  late,
  lastTable: undefined,
  lastEnv: undefined,
});

/** A module that links nothing: its environment holds the intrinsics only. */
const NOTHING: Linked = linked({}, [], {}, []);

function withIntrinsics(e: Env, t: IntrinsicTable | undefined): Env {
  if (t !== undefined) for (const [name, n] of t.natives) e[name] = n;
  return e;
}

/** The late-bound instance: natives, the stdlib installed in order, then the intrinsics. */
function lateEnv(t: IntrinsicTable | undefined, l: Linked): Env {
  const e: Env = Object.assign(Object.create(null), l.base, l.lateNatives);
  for (const install of l.late) install(e);
  return withIntrinsics(e, t);
}

/**
 * The environment of a program that redefines a name the stdlib reads: a late-bound instance of
 * its own each tick, into which the program's definitions are mirrored.
 */
export function freshEnv(t: IntrinsicTable | undefined, l: Linked = NOTHING): Env {
  return lateEnv(t, l);
}

/**
 * The environment a program reads stdlib functions and intrinsics from, built once per
 * intrinsic table and kept (it holds no mutable state): the bound functions with the
 * intrinsics on top or, when an intrinsic replaces a name the bound code calls directly, the
 * late-bound instance.
 */
export function env(t: IntrinsicTable, l: Linked = NOTHING): Env {
  if (l.lastTable === t) return l.lastEnv!;
  let envs = t.cache.get("compiled-env") as WeakMap<Linked, Env> | undefined;
  if (envs === undefined) t.cache.set("compiled-env", (envs = new WeakMap()));
  let e = envs.get(l);
  if (e === undefined) {
    const overridden = l.deps.some((name) => t.natives.has(name));
    e = overridden ? lateEnv(t, l) : withIntrinsics(Object.assign(Object.create(null), l.base), t);
    envs.set(l, e);
  }
  l.lastTable = t;
  l.lastEnv = e;
  return e;
}
