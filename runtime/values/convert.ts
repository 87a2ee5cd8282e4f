/**
 * Form ⇄ data conversion (spec §3.9), used by quote, macro calls, eval and macroexpand.
 *
 * form → data: atoms to the same-kind value, a list form to a list (an empty list form gives
 * the empty list, not nil), prefix forms to `(quote x)`, `(quasiquote x)`, `(unquote x)`,
 * `(unquote-splice x)`.
 * data → form: the reverse; a 2-element list headed by one of those four symbols becomes the
 * prefix node; nil becomes the empty list form; sexp values are reinserted verbatim; maps,
 * procedures, promises, errors and foreign values cannot be converted.
 */
import { nativeErr } from "../errors/lisp-error.js";
import { PREFIX_SYMBOL, type Form, type PrefixKind, type Span } from "./form.js";
import { typeName } from "./type-name.js";
import { listOf } from "./list-storage.js";
import { Kw, LFloat, LList, Sexp, Sym, type Value } from "./types.js";

export function formToData(f: Form): Value {
  switch (f.k) {
    case "int":
    case "str":
    case "bool":
      return f.v;
    case "float":
      return new LFloat(f.v);
    case "sym":
      return Sym.of(f.name);
    case "kw":
      return Kw.of(f.name);
    case "list":
      return listOf(f.items.map(formToData));
    default:
      return listOf([Sym.of(PREFIX_SYMBOL[f.k]), formToData(f.form)]);
  }
}

const PREFIX_BY_SYMBOL = new Map<string, PrefixKind>(
  (Object.entries(PREFIX_SYMBOL) as [PrefixKind, string][]).map(([k, s]) => [s, k]),
);

/** Why a value cannot become source; thrown as `in native fn CONTEXT: REASON`. */
function unconvertible(v: Value): string {
  // The reference says "macro body" whichever of macro expansion, eval or macroexpand converts.
  switch (typeName(v)) {
    case "map":
      return "macro body returned a hash map — maps cannot be converted to source forms (emit a `(hash-map ...)` call instead)";
    case "promise":
      return "macro body returned a promise — promises are runtime values with no source-form representation (force it first)";
    case "error":
      return "macro body returned an Error value — errors cannot be converted to source forms (use `throw` to raise instead)";
    case "closure":
      return "macro body returned a closure — closures cannot be converted to source forms (did you mean to call the closure?)";
    case "native-fn":
      return "macro body returned a native function — native fns cannot be converted to source forms";
    default:
      return "macro body returned a foreign Value — foreign values cannot be converted to source forms";
  }
}

/**
 * How many more form nodes a conversion may make before `exhausted` is called (and throws):
 * macro expansion bounds what one form expands to, since a value that shares structure can
 * stand for a tree far larger than memory.
 */
export interface NodeBudget {
  left: number;
  exhausted(): never;
}

export function dataToForm(v: Value, span: Span, context = "eval", budget?: NodeBudget): Form {
  if (budget !== undefined && --budget.left < 0) budget.exhausted();
  switch (typeof v) {
    case "number":
    case "bigint":
      return { k: "int", v, span };
    case "string":
      return { k: "str", v, span };
    case "boolean":
      return { k: "bool", v, span };
  }
  if (v === null) return { k: "list", items: [], span };
  if (v instanceof LList) {
    const { a, i } = v;
    const head = a[i];
    if (v.length === 2 && head instanceof Sym) {
      const prefix = PREFIX_BY_SYMBOL.get(head.name);
      if (prefix !== undefined) return { k: prefix, form: dataToForm(a[i + 1]!, span, context, budget), span };
    }
    const items: Form[] = [];
    for (let k = i; k < a.length; k++) items.push(dataToForm(a[k]!, span, context, budget));
    return { k: "list", items, span };
  }
  if (v instanceof LFloat) return { k: "float", v: v.v, span };
  if (v instanceof Sym) return { k: "sym", name: v.name, span };
  if (v instanceof Kw) return { k: "kw", name: v.name, span };
  if (v instanceof Sexp) return v.form;
  throw nativeErr(context, unconvertible(v));
}
