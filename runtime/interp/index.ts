/**
 * `vigy-js/runtime/interp`: the reference interpreter (a Session runs IR from `compileToIR`).
 * Its own entry, so that an app that only ticks compiled vigies does not load it, nor the
 * stdlib IR and every native it needs.
 */
export { Session, type SessionOptions } from "./session.js";
