/**
 * `type-of`, `is?` and `the` (spec §4.6). Type specs are values: keywords for the atomic types
 * and lists headed by :list-of, :map-of, :fn or :union for the parametric ones.
 */
import { nativeErr, userErr, type LispError } from "../../errors/lisp-error.js";
import { SYNTHETIC } from "../../values/form.js";
import { elements } from "../../values/list-storage.js";
import { LMap } from "../../values/lmap.js";
import { display } from "../../values/printer.js";
import { typeOfName } from "../../values/type-name.js";
import { Closure, Foreign, Kw, LErrorValue, LFloat, LList, LPromise, Native, Sym, type Value } from "../../values/types.js";
import { native } from "./define.js";

/** A malformed spec: `in native fn type-check: REASON`, carrying a synthetic span (as the reference). */
function specErr(reason: string): LispError {
  const e = nativeErr("type-check", reason);
  e.span = SYNTHETIC;
  return e;
}

function matchAtomic(v: Value, name: string): boolean {
  switch (name) {
    case "any":
      return true;
    case "nil":
      return v === null;
    case "bool":
      return typeof v === "boolean";
    case "int":
      return typeof v === "number" || typeof v === "bigint";
    case "float":
      return v instanceof LFloat;
    case "number":
      return typeof v === "number" || typeof v === "bigint" || v instanceof LFloat;
    case "string":
      return typeof v === "string";
    case "symbol":
      return v instanceof Sym;
    case "keyword":
      return v instanceof Kw;
    case "list":
      return v === null || v instanceof LList;
    case "map":
      return v instanceof LMap;
    case "error":
      return v instanceof LErrorValue;
    case "promise":
      return v instanceof LPromise;
    case "procedure":
      return v instanceof Closure || v instanceof Native;
    case "foreign":
      return v instanceof Foreign;
    default:
      return false; // an unknown keyword simply does not match
  }
}

/** Does `v` conform to the spec `ty`? Throws (a native-fn error) on a malformed spec. */
export function matchesType(v: Value, ty: Value): boolean {
  if (ty instanceof Kw) return matchAtomic(v, ty.name);
  if (ty instanceof LList && ty.length > 0) {
    const spec = elements(ty); // read only: no copy of the spec on every check
    const head = spec[0];
    if (!(head instanceof Kw)) throw specErr("type spec list must start with a keyword");
    switch (head.name) {
      case "list-of": {
        if (spec.length !== 2) throw specErr("(:list-of T) takes exactly one type argument");
        if (v === null) return true;
        if (!(v instanceof LList)) return false;
        for (let k = v.i; k < v.a.length; k++) if (!matchesType(v.a[k]!, spec[1]!)) return false;
        return true;
      }
      case "map-of": {
        if (spec.length !== 3) throw specErr("(:map-of K V) takes exactly two type arguments");
        if (!(v instanceof LMap)) return false;
        for (const [k, x] of v.entries()) {
          if (!matchesType(k, spec[1]!)) return false;
          if (!matchesType(x, spec[2]!)) return false;
        }
        return true;
      }
      case "fn":
        return v instanceof Closure || v instanceof Native;
      case "union":
        for (let i = 1; i < spec.length; i++) if (matchesType(v, spec[i]!)) return true;
        return false;
      default:
        throw specErr(`unknown parametric type: ${head.name}`);
    }
  }
  throw specErr(`type spec must be a keyword or list, got ${display(ty)}`);
}

/** A spec written back in surface syntax, for mismatch messages. */
export function renderType(ty: Value): string {
  if (ty instanceof Kw) return ":" + ty.name;
  if (ty instanceof LList) return "(" + ty.toArray().map(renderType).join(" ") + ")";
  return display(ty);
}

/** `(the ty v)`: v when it conforms, else a user error carrying a :type-mismatch error object. */
export function checkType(v: Value, ty: Value): Value {
  if (matchesType(v, ty)) return v;
  const kind = typeOfName(v);
  throw userErr(
    new LErrorValue("type-mismatch", `expected ${renderType(ty)}, got :${kind}`, [
      Kw.of("expected"),
      ty,
      Kw.of("got"),
      Kw.of(kind),
    ]),
  );
}

export const typeOf = /* @__PURE__ */ native("type-of", 1, 1, (v) => Kw.of(typeOfName(v)));

export const isOfType = /* @__PURE__ */ native("is?", 2, 2, (v, ty) => matchesType(v, ty));

export const the = /* @__PURE__ */ native("the", 2, 2, (ty, v) => checkType(v, ty));

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [typeOf, isOfType, the];
