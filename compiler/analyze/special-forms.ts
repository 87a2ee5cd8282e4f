/**
 * The special-form table (spec §3.5): head symbol → analyser, the one place that says which
 * heads are special forms. One file per family of forms; analyze-expr.ts dispatches through
 * this table, and the forms reach the analyser back through their context (context.ts), so
 * nothing here imports analyze-expr.ts.
 */
import type { SpecialForm } from "./context.js";
import { BINDING_FORMS } from "./forms-binding.js";
import { CONTROL_FORMS } from "./forms-control.js";
import { QUOTE_FORMS } from "./forms-quote.js";
import { REFLECT_FORMS } from "./forms-reflect.js";

const TABLE: ReadonlyMap<string, SpecialForm> = new Map([...QUOTE_FORMS, ...CONTROL_FORMS, ...BINDING_FORMS, ...REFLECT_FORMS]);

/** The analyser of the special form `name`, or undefined if `name` is not one. */
export function specialForm(name: string): SpecialForm | undefined {
  return TABLE.get(name);
}
