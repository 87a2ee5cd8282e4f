/**
 * Top-level macro definitions (spec §3.1, §3.10): `(defmacro NAME (P… [&rest R]) BODY…)`, also
 * spelled defpoint-template and defcheck. Only the first body form is used. A malformed
 * definition is a reader error, `compile error in defmacro: …`, as in the reference.
 */
import type { MacroDef } from "../../runtime/reflect/macros.js";
import type { Form } from "../../runtime/values/form.js";
import { displayForm } from "../../runtime/values/printer.js";

export const MACRO_HEADS = new Set(["defmacro", "defpoint-template", "defcheck"]);

export function isMacroDefinition(f: Form): boolean {
  return f.k === "list" && f.items[0]?.k === "sym" && MACRO_HEADS.has(f.items[0].name);
}

/** The definition, or the reader-error message for a malformed one. */
export function parseMacroDefinition(f: Form): MacroDef | string {
  const head = f.k === "list" && f.items[0]?.k === "sym" ? f.items[0].name : "defmacro";
  if (f.k !== "list" || f.items.length < 4) {
    const n = f.k === "list" ? f.items.length : 0;
    return `compile error in ${head}: (defmacro name (params) body) required (got ${n} elements, need 4)`;
  }
  const [, name, params, body] = f.items as [Form, Form, Form, Form];
  if (name.k !== "sym") return `compile error in ${head}: expected name symbol, got ${displayForm(name)}`;
  if (params.k !== "list") return `compile error in ${head}: expected param list, got ${displayForm(params)}`;
  const bad = (reason: string) => `compile error in defmacro params: ${reason}`;
  const names: string[] = [];
  let rest: string | null = null;
  for (let i = 0; i < params.items.length; i++) {
    const p = params.items[i]!;
    if (p.k !== "sym") return bad(`expected symbol at position ${i}, got ${displayForm(p)}`);
    if (p.name === "&rest") {
      const r = params.items[i + 1];
      if (r === undefined) return bad(`&rest needs a name (rest marker at position ${i}, none provided)`);
      if (r.k !== "sym") return bad(`&rest needs a name (rest marker at position ${i}, got ${displayForm(r)})`);
      const trailing = params.items.length - i - 2;
      if (trailing > 0) {
        return bad(`&rest name must be last (rest marker at position ${i}, ${trailing} trailing after name, first: ${displayForm(params.items[i + 2]!)})`);
      }
      rest = r.name;
      break;
    }
    names.push(p.name);
  }
  return { name: name.name, params: names, rest, body };
}
