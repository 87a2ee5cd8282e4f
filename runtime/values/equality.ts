/** `eq?` and `equal?` (spec §2.5). */
import { Closure, Kw, LFloat, LList, Native, Sexp, Sym, type Value } from "./types.js";
import type { Form } from "./form.js";

/** Shallow equality: atoms by value, lists and closures by identity, natives by name. */
export function eq(a: Value, b: Value): boolean {
  // Floats compare by value even when they are the same object (a shared constant; NaN ≠ NaN).
  if (a instanceof LFloat) return b instanceof LFloat && a.v === b.v;
  if (a === b) {
    // Identity is equality for everything except the kinds that never compare equal.
    return typeof a !== "object" || a === null || a instanceof LList || a instanceof Sym || a instanceof Kw || a instanceof Closure || a instanceof Native;
  }
  if (a instanceof Native) return b instanceof Native && a.name === b.name;
  return false;
}

/**
 * Deep equality: like eq? but lists element-wise and sexp forms structurally. Pairs still to
 * compare wait on an explicit stack, so lists of any depth compare in linear time.
 */
export function equal(a: Value, b: Value): boolean {
  if (a instanceof LList) return listEqual(a, b);
  return a instanceof Sexp ? b instanceof Sexp && formEqual(a.form, b.form) : eq(a, b);
}

/** `equal` of a list: out of line, so that `equal` of atoms (the common case) stays small enough to inline. */
function listEqual(a: LList, b: Value): boolean {
  const pending: Value[] = [a, b];
  while (pending.length > 0) {
    const y = pending.pop()!;
    const x = pending.pop()!;
    if (x instanceof LList) {
      if (!(y instanceof LList) || x.length !== y.length) return false;
      for (let i = x.i, j = y.i; i < x.a.length; i++, j++) pending.push(x.a[i]!, y.a[j]!);
    } else if (x instanceof Sexp) {
      if (!(y instanceof Sexp) || !formEqual(x.form, y.form)) return false;
    } else if (!eq(x, y)) return false;
  }
  return true;
}

/** Source forms compared structurally, with an explicit stack like `equal`. */
export function formEqual(a: Form, b: Form): boolean {
  const pending: Form[] = [a, b];
  while (pending.length > 0) {
    const y = pending.pop()!;
    const x = pending.pop()!;
    if (x.k !== y.k) return false;
    switch (x.k) {
      case "list": {
        const ys = (y as typeof x).items;
        if (x.items.length !== ys.length) return false;
        for (let i = 0; i < ys.length; i++) pending.push(x.items[i]!, ys[i]!);
        break;
      }
      case "sym":
      case "kw":
        if (x.name !== (y as typeof x).name) return false;
        break;
      case "int":
      case "float":
      case "str":
      case "bool":
        if (x.v !== (y as typeof x).v) return false;
        break;
      default:
        pending.push(x.form, (y as typeof x).form);
    }
  }
  return true;
}

export const truthy = (v: Value): boolean => v !== null && v !== false;
