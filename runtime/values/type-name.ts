/** The reference's `type_name` (used in error messages) and `type-of` keyword (§2.1). */
import { Closure, Foreign, Kw, LErrorValue, LFloat, LList, LPromise, Native, Sexp, Sym, type Value } from "./types.js";

export function typeName(v: Value): string {
  switch (typeof v) {
    case "number":
    case "bigint":
      return "int";
    case "string":
      return "string";
    case "boolean":
      return "bool";
  }
  if (v === null) return "nil";
  if (v instanceof LList) return "list";
  if (v instanceof LFloat) return "float";
  if (v instanceof Sym) return "symbol";
  if (v instanceof Kw) return "keyword";
  if (v instanceof Closure) return "closure";
  if (v instanceof Native) return "native-fn";
  if (v instanceof LPromise) return "promise";
  if (v instanceof LErrorValue) return "error";
  if (v instanceof Sexp) return "sexp";
  if (v instanceof Foreign) return "foreign";
  return "map";
}

/** `(type-of v)` keyword name: closures and natives are both `procedure`. */
export function typeOfName(v: Value): string {
  const t = typeName(v);
  return t === "closure" || t === "native-fn" ? "procedure" : t;
}
