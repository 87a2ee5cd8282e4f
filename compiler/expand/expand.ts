/**
 * Macro expansion (spec §3.10): rewrite every list whose head symbol names a macro, anywhere in
 * the form, with no notion of scope or binding position. Reader quotes are not entered; inside
 * a quasiquote only `,`/`,@` operands are. A macro call receives its arguments as data, its
 * result is converted back to a form stamped with the call-site span, and expansion recurses
 * on that result.
 *
 * The reference expands without limit, so a macro that expands into a call of itself never
 * finishes and one whose expansion doubles at every step eats all memory. Here one expansion
 * (the forms one `expandAll` call produces, e.g. one top-level form) is bounded: at most
 * EXPANSION_LIMITS.depth expansions nested in each other (a macro call found in what another
 * expansion produced is one level deeper), and at most EXPANSION_LIMITS.nodes form nodes
 * produced in all. Reaching either raises a catchable error naming the macro, at its call.
 */
import { LispError, nativeErr } from "../../runtime/errors/lisp-error.js";
import type { MacroDef, MacroHost } from "../../runtime/reflect/macros.js";
import { dataToForm, formToData, type NodeBudget } from "../../runtime/values/convert.js";
import type { Form } from "../../runtime/values/form.js";

export type { MacroHost };

export const EXPANSION_LIMITS = { depth: 1000, nodes: 1_000_000 };

type ListForm = Extract<Form, { k: "list" }>;

function macroOf(f: Form, host: MacroHost): MacroDef | undefined {
  if (f.k !== "list" || f.items.length === 0) return undefined;
  const head = f.items[0]!;
  return head.k === "sym" ? host.macros.get(head.name) : undefined;
}

/** A limit reached while expanding a call of `def` at `call`. */
function limitError(def: MacroDef, call: Form, reason: string): LispError {
  const e = nativeErr(`macro ${def.name}`, reason);
  e.span = call.span;
  return e;
}

/** Expand the call of `def` that `f` is, once. Errors raised by the macro body are reported at the call. */
function callMacro(def: MacroDef, f: ListForm, host: MacroHost, budget?: NodeBudget): Form {
  const args = f.items.slice(1).map(formToData);
  let result;
  try {
    result = host.invokeMacro(def, args, f);
  } catch (e) {
    if (e instanceof LispError) e.span = f.span;
    throw e;
  }
  return dataToForm(result, f.span, `macro ${def.name}`, budget);
}

/** Expand one macro call at the head of `f`; undefined when `f` is not a macro call. */
export function expandOnce(f: Form, host: MacroHost): Form | undefined {
  const def = macroOf(f, host);
  return def === undefined || f.k !== "list" ? undefined : callMacro(def, f, host);
}

/** Expand everywhere, to a fixed point, within EXPANSION_LIMITS. */
export function expandAll(f: Form, host: MacroHost): Form {
  return new Expansion(host).all(f, 0);
}

class Expansion {
  private readonly budget: NodeBudget;
  private current: { def: MacroDef; call: Form } | undefined;

  constructor(private readonly host: MacroHost) {
    const self = this;
    this.budget = {
      left: EXPANSION_LIMITS.nodes,
      exhausted(): never {
        const { def, call } = self.current!;
        throw limitError(def, call, `the expansion grew past ${EXPANSION_LIMITS.nodes} forms (the limit): does it grow at every step without end?`);
      },
    };
  }

  /** `depth`: how many expansions produced the form `f` is part of. */
  all(f: Form, depth: number): Form {
    for (;;) {
      const def = macroOf(f, this.host);
      if (def === undefined) break;
      if (depth >= EXPANSION_LIMITS.depth) {
        throw limitError(def, f, `expansion nested ${EXPANSION_LIMITS.depth} deep (the limit): does the macro expand into a call of itself without end?`);
      }
      this.current = { def, call: f };
      f = callMacro(def, f as ListForm, this.host, this.budget);
      depth++;
    }
    switch (f.k) {
      case "list":
        return mapItems(f, (x) => this.all(x, depth));
      case "quasiquote": {
        const t = this.template(f.form, depth);
        return t === f.form ? f : { k: "quasiquote", form: t, span: f.span };
      }
      case "unquote":
      case "splice": {
        const x = this.all(f.form, depth);
        return x === f.form ? f : { k: f.k, form: x, span: f.span };
      }
      default:
        return f;
    }
  }

  private template(f: Form, depth: number): Form {
    switch (f.k) {
      case "unquote":
      case "splice": {
        const x = this.all(f.form, depth);
        return x === f.form ? f : { k: f.k, form: x, span: f.span };
      }
      case "list":
        return mapItems(f, (x) => this.template(x, depth));
      default:
        return f;
    }
  }
}

/** The list with `fn` applied to each item; the same object when nothing changed. */
function mapItems(f: ListForm, fn: (x: Form) => Form): Form {
  let changed = false;
  const items = f.items.map((x) => {
    const y = fn(x);
    if (y !== x) changed = true;
    return y;
  });
  return changed ? { k: "list", items, span: f.span } : f;
}
