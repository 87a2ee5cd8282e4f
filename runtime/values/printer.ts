/** Display text of values and forms (spec §2.7), used by the REPL result, display, pr-str, string. */
import { formatFloat } from "./float-format.js";
import { PREFIX_CHAR, type Form } from "./form.js";
import { LMap } from "./lmap.js";
import { quoteString } from "./string-escape.js";
import { Closure, Foreign, Kw, LErrorValue, LFloat, LPromise, Native, Sexp, Sym, type Value } from "./types.js";

export function display(v: Value): string {
  switch (typeof v) {
    case "number":
    case "bigint":
      return String(v);
    case "string":
      return quoteString(v);
    case "boolean":
      return v ? "#t" : "#f";
  }
  if (v === null) return "()";
  if (Array.isArray(v)) return "(" + v.map(display).join(" ") + ")";
  if (v instanceof LFloat) return formatFloat(v.v);
  if (v instanceof Sym) return v.name;
  if (v instanceof Kw) return ":" + v.name;
  if (v instanceof LMap) return "{" + v.entries().map(([k, x]) => `${display(k)} ${display(x)}`).join(", ") + "}";
  if (v instanceof Closure) {
    if (v.params.length === 0) return "#<closure>";
    return `#<closure (${v.params.join(" ")}${v.rest !== null ? " . " + v.rest : ""})>`;
  }
  if (v instanceof Native) return `#<native ${v.name}>`;
  if (v instanceof LPromise) return v.forced ? `#<promise ${display(v.value)}>` : "#<promise pending>";
  if (v instanceof LErrorValue) {
    const head = `#<error :${v.tag} ${quoteString(v.message)}`;
    return v.data.length === 0 ? head + ">" : `${head} {${v.data.map(display).join(" ")}}>`;
  }
  if (v instanceof Sexp) return "'" + displayForm(v.form);
  if (v instanceof Foreign) return "#<foreign>";
  return String(v);
}

export function displayForm(f: Form): string {
  switch (f.k) {
    case "int":
      return String(f.v);
    case "float":
      return formatFloat(f.v);
    case "str":
      return quoteString(f.v);
    case "bool":
      return f.v ? "#t" : "#f";
    case "sym":
      return f.name;
    case "kw":
      return ":" + f.name;
    case "list":
      return "(" + f.items.map(displayForm).join(" ") + ")";
    default:
      return PREFIX_CHAR[f.k] + displayForm(f.form);
  }
}

/** `(string x)`: a string unchanged, anything else its Display text (a symbol's, what `read-all` makes of most words, is its name). */
export const toStringValue = (v: Value): string => (typeof v === "string" ? v : v instanceof Sym ? v.name : display(v));
