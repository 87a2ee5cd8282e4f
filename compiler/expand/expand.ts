/**
 * Macro expansion (spec §3.10): rewrite every list whose head symbol names a macro, anywhere in
 * the form, with no notion of scope or binding position. Reader quotes are not entered; inside
 * a quasiquote only `,`/`,@` operands are. A macro call receives its arguments as data, its
 * result is converted back to a form stamped with the call-site span, and expansion recurses
 * on that result.
 */
import type { MacroDef, MacroHost } from "../../runtime/reflect/macros.js";
import { dataToForm, formToData } from "../../runtime/values/convert.js";
import type { Form } from "../../runtime/values/form.js";

export type { MacroHost };

function macroOf(f: Form, host: MacroHost): MacroDef | undefined {
  if (f.k !== "list" || f.items.length === 0) return undefined;
  const head = f.items[0]!;
  return head.k === "sym" ? host.macros.get(head.name) : undefined;
}

/** Expand one macro call at the head of `f`; undefined when `f` is not a macro call. */
export function expandOnce(f: Form, host: MacroHost): Form | undefined {
  const def = macroOf(f, host);
  if (def === undefined || f.k !== "list") return undefined;
  const args = f.items.slice(1).map(formToData);
  const result = host.invokeMacro(def, args, f);
  return dataToForm(result, f.span, `macro ${def.name}`);
}

/** Expand everywhere, to a fixed point. */
export function expandAll(f: Form, host: MacroHost): Form {
  for (;;) {
    const once = expandOnce(f, host);
    if (once === undefined) break;
    f = once;
  }
  switch (f.k) {
    case "list":
      return mapItems(f, (x) => expandAll(x, host));
    case "quasiquote": {
      const t = expandTemplate(f.form, host);
      return t === f.form ? f : { k: "quasiquote", form: t, span: f.span };
    }
    case "unquote":
    case "splice": {
      const x = expandAll(f.form, host);
      return x === f.form ? f : { k: f.k, form: x, span: f.span };
    }
    default:
      return f;
  }
}

function expandTemplate(f: Form, host: MacroHost): Form {
  switch (f.k) {
    case "unquote":
    case "splice": {
      const x = expandAll(f.form, host);
      return x === f.form ? f : { k: f.k, form: x, span: f.span };
    }
    case "list":
      return mapItems(f, (x) => expandTemplate(x, host));
    default:
      return f;
  }
}

/** The list with `fn` applied to each item; the same object when nothing changed. */
function mapItems(f: Extract<Form, { k: "list" }>, fn: (x: Form) => Form): Form {
  let changed = false;
  const items = f.items.map((x) => {
    const y = fn(x);
    if (y !== x) changed = true;
    return y;
  });
  return changed ? { k: "list", items, span: f.span } : f;
}
