/** Type predicates, all of arity 1 (spec §2.3, §4.3). hash-map?, chan? and go? live with their types. */
import { Closure, Foreign, Kw, LErrorValue, LFloat, LPromise, Native, Sym, type Value } from "../../values/types.js";
import { predicate } from "./define.js";

const pred = (name: string, test: (v: Value) => boolean): Native => predicate(name, 1, 1, (v) => test(v));

export const NATIVES: Native[] = [
  // nil and the empty list are both null?; only a non-empty list is a pair.
  pred("null?", (v) => v === null || (Array.isArray(v) && v.length === 0)),
  pred("pair?", (v) => Array.isArray(v) && v.length > 0),
  pred("list?", (v) => v === null || Array.isArray(v)),
  pred("symbol?", (v) => v instanceof Sym),
  pred("string?", (v) => typeof v === "string"),
  pred("integer?", (v) => typeof v === "number" || typeof v === "bigint"),
  pred("number?", (v) => typeof v === "number" || typeof v === "bigint" || v instanceof LFloat),
  pred("boolean?", (v) => typeof v === "boolean"),
  pred("keyword?", (v) => v instanceof Kw),
  pred("procedure?", (v) => v instanceof Closure || v instanceof Native),
  pred("foreign?", (v) => v instanceof Foreign),
  // Everything except lists, nil and procedures (maps and errors count as atoms).
  pred("atom?", (v) => !(v === null || Array.isArray(v) || v instanceof Closure || v instanceof Native)),
  pred("error?", (v) => v instanceof LErrorValue),
  pred("promise?", (v) => v instanceof LPromise),
];
