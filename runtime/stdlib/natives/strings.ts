/** String, symbol and keyword natives (spec §2.4, §2.7, §4.5). */
import { typeErr } from "../../errors/lisp-error.js";
import { display, toStringValue } from "../../values/printer.js";
import { typeName } from "../../values/type-name.js";
import { Kw, Sym, type Native, type Value } from "../../values/types.js";
import { ANY, native, variadic } from "./define.js";

/** Length in Unicode scalar values: UTF-16 length minus the low halves of surrogate pairs. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

function expectString(v: Value): string {
  if (typeof v === "string") return v;
  throw typeErr("string", typeName(v));
}

export const NATIVES: Native[] = [
  native("string-length", 1, 1, (s) => codePointLength(expectString(s))),

  variadic("string-append", 0, (args) => {
    let out = "";
    for (const a of args) out += expectString(a);
    return out;
  }),

  // A string is returned unchanged; anything else becomes its Display text.
  native("string", 1, 1, (v) => toStringValue(v)),
  // Always the Display text, so a string comes back quoted.
  native("pr-str", 1, 1, (v) => display(v)),

  native("symbol->string", 1, 1, (v) => {
    if (v instanceof Sym) return v.name;
    throw typeErr("symbol", typeName(v));
  }),
  native("keyword->string", 1, 1, (v) => {
    if (v instanceof Kw) return v.name;
    throw typeErr("keyword", typeName(v));
  }),
  native("string->symbol", 1, 1, (v) => Sym.of(expectString(v))),
  native("string->keyword", 1, 1, (v) => Kw.of(expectString(v))),
];
