/**
 * Names a compiled program does not define itself: natives (resolved once per module) and the
 * Lisp stdlib, whose closures live in an environment object keyed by Lisp name. A program that
 * redefines a name the stdlib uses gets a fresh, late-bound stdlib instance whose references go
 * through that object, so it sees the redefinition (late binding, as in the reference); every
 * other program shares one bound instance, which holds no mutable state. Host
 * intrinsics (and any name nobody defined) are looked up per tick in the tick's environment.
 */
import { unbound as unboundErr } from "../errors/lisp-error.js";
import { UNBOUND } from "../interp/frame.js";
import { BUILTINS } from "../stdlib/natives/index.js";
import { instantiatePreludeBound } from "../stdlib/prelude-js-bound.generated.js";
import { instantiatePrelude } from "../stdlib/prelude-js.generated.js";
import type { Native, SpanLike, Value } from "../values/types.js";
import type { IntrinsicTable } from "../vigy/extension.js";
import * as rt from "./index.js";

/** A global environment: Lisp name → value. */
export type Env = Record<string, Value>;

/** The value of a define-introduced binding before its define has run. */
export const U = UNBOUND;

export function native(name: string): Native {
  const n = BUILTINS.get(name);
  if (n === undefined) throw new Error(`vigy-js runtime: no native named ${name}`);
  return n;
}

/** Raise the positioned unbound-symbol error (used as an expression, so it "returns" never). */
export function unbound(name: string, span: SpanLike): never {
  throw unboundErr(name, span);
}

/** Read a global from an environment, late-bound. */
export function g(env: Env, name: string, span: SpanLike): Value {
  const v = env[name];
  if (v === undefined) throw unboundErr(name, span);
  return v;
}

/** set! on a global in an environment: only an existing binding may be assigned. */
export function gset(env: Env, name: string, v: Value, span: SpanLike): null {
  if (env[name] === undefined) throw unboundErr(name, span);
  env[name] = v;
  return null;
}

/** A new environment: the natives, a new instance of the Lisp stdlib, then the host's intrinsics. */
function nativesEnv(): Env {
  const env: Env = Object.create(null);
  for (const [name, n] of BUILTINS) env[name] = n;
  return env;
}

export function freshEnv(t?: IntrinsicTable): Env {
  const env = nativesEnv();
  instantiatePrelude(rt, env);
  if (t !== undefined) for (const [name, n] of t.natives) env[name] = n;
  return env;
}

let shared: Env | undefined;

/**
 * The stdlib instance shared by programs that redefine nothing the stdlib refers to. Since
 * nothing can change its bindings, it is the bound stdlib: stdlib functions call each other
 * and the natives directly instead of looking them up on every call.
 */
export function sharedEnv(): Env {
  if (shared === undefined) {
    shared = nativesEnv();
    instantiatePreludeBound(rt, shared);
  }
  return shared;
}

/**
 * The environment a program reads stdlib functions and host intrinsics from, one per intrinsic
 * table: the shared stdlib with the intrinsics layered on top, or, when an intrinsic replaces a
 * builtin or stdlib name (which the stdlib's own late-bound references must then see), a stdlib
 * instance of its own. Neither holds mutable state, so each is built once per table.
 */
export function env(t: IntrinsicTable): Env {
  let e = t.cache.get("compiled-env") as Env | undefined;
  if (e === undefined) {
    const base = sharedEnv();
    const overrides = [...t.natives.keys()].some((name) => base[name] !== undefined);
    if (overrides) e = freshEnv(t);
    else {
      e = Object.create(base) as Env;
      for (const [name, n] of t.natives) e[name] = n;
    }
    t.cache.set("compiled-env", e);
  }
  return e;
}
