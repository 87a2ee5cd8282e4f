/** Helpers for declaring natives: name, arity (spec Appendix A) and implementation. */
import { Native, type Value } from "../../values/types.js";

export type NativeFn = (...args: Value[]) => Value;

export const native = (name: string, min: number, max: number, fn: NativeFn): Native => new Native(name, min, max, fn);

/** A variadic native written over its argument array (see Native.fnv). */
export const variadic = (name: string, min: number, impl: (args: readonly Value[]) => Value): Native =>
  new Native(name, min, Infinity, (...args) => impl(args), false, impl);

/** A native that always returns a boolean (predicates, comparisons). */
export const predicate = (name: string, min: number, max: number, fn: (...args: Value[]) => boolean): Native =>
  new Native(name, min, max, fn, true);

/** Variadic upper bound. */
export const ANY = Infinity;
