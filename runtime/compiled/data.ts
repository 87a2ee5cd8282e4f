/** Constants and source positions of a compiled module, built once when the module loads. */
import { decodeForm, toSpan } from "../ir/codec.js";
import type { FormJSON, Pos } from "../ir/nodes.js";
import type { Span } from "../values/form.js";
import { Kw, LFloat, Sexp, Sym } from "../values/types.js";

/** The module's span table: errors raised at a form carry the form's span. */
export const spans = (file: string, table: readonly Pos[]): Span[] => table.map((p) => toSpan(file, p));

export const flt = (v: number): LFloat => new LFloat(v);
export const sym = (name: string): Sym => Sym.of(name);
export const kw = (name: string): Kw => Kw.of(name);
export const sexp = (form: FormJSON, file: string): Sexp => new Sexp(decodeForm(form, file));
