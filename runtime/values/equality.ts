/** `eq?` and `equal?` (spec §2.5). */
import { Closure, Kw, LFloat, Native, Sexp, Sym, type Value } from "./types.js";
import type { Form } from "./form.js";

/** Shallow equality: atoms by value, lists and closures by identity, natives by name. */
export function eq(a: Value, b: Value): boolean {
  // Floats compare by value even when they are the same object (a shared constant; NaN ≠ NaN).
  if (a instanceof LFloat) return b instanceof LFloat && a.v === b.v;
  if (a === b) {
    // Identity is equality for everything except the kinds that never compare equal.
    return typeof a !== "object" || a === null || Array.isArray(a) || a instanceof Sym || a instanceof Kw || a instanceof Closure || a instanceof Native;
  }
  if (a instanceof Native) return b instanceof Native && a.name === b.name;
  return false;
}

/** Deep equality: like eq? but lists element-wise and sexp forms structurally. */
export function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Sexp) return b instanceof Sexp && formEqual(a.form, b.form);
  return eq(a, b);
}

export function formEqual(a: Form, b: Form): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case "list": {
      const bi = (b as typeof a).items;
      return a.items.length === bi.length && a.items.every((x, i) => formEqual(x, bi[i]!));
    }
    case "sym":
    case "kw":
      return a.name === (b as typeof a).name;
    case "int":
    case "float":
    case "str":
    case "bool":
      return a.v === (b as typeof a).v;
    default:
      return formEqual(a.form, (b as typeof a).form);
  }
}

export const truthy = (v: Value): boolean => v !== null && v !== false;
