/** The special-form table (spec §3.5): head symbol → analyzer. One file per family of forms. */
import type { Expr } from "../../runtime/ir/nodes.js";
import type { Form } from "../../runtime/values/form.js";
import type { Ctx } from "./context.js";
import { BINDING_FORMS } from "./forms-binding.js";
import { CONTROL_FORMS } from "./forms-control.js";
import { QUOTE_FORMS } from "./forms-quote.js";
import { REFLECT_FORMS } from "./forms-reflect.js";

/** Analyzes `(head ...operands)`; `form` is the whole form, for positions. */
export type SpecialForm = (form: Form, operands: readonly Form[], ctx: Ctx) => Expr;

let table: ReadonlyMap<string, SpecialForm> | undefined;

/** Built on first use: the form modules import the analyzer, which imports this table. */
export function specialForm(name: string): SpecialForm | undefined {
  table ??= new Map([...QUOTE_FORMS, ...CONTROL_FORMS, ...BINDING_FORMS, ...REFLECT_FORMS]);
  return table.get(name);
}
