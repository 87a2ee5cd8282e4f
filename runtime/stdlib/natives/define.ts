/** Helpers for declaring natives: name, arity (spec Appendix A) and implementation. */
import { Native, type Value } from "../../values/types.js";

export type NativeFn = (...args: Value[]) => Value;

export const native = (name: string, min: number, max: number, fn: NativeFn): Native => new Native(name, min, max, fn);

/** A native that always returns a boolean (predicates, comparisons). */
export const predicate = (name: string, min: number, max: number, fn: (...args: Value[]) => boolean): Native =>
  new Native(name, min, max, fn, true);

/** Variadic upper bound. */
export const ANY = Infinity;
