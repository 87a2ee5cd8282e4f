/**
 * Source forms: what the reader produces and what macros, quote and eval convert to and from
 * data (spec §1.4, §3.9). Forms are plain JSON-compatible objects so that they can sit inside
 * the IR (quasiquote templates keep nested quotes as opaque `sexp` forms).
 */
export interface Span {
  readonly file: string;
  /** 1-based line and column (column counted in code points). */
  readonly line: number;
  readonly col: number;
  /** Half-open byte range [offset, end) in the UTF-8 source, as the reference reports. */
  readonly offset: number;
  readonly end: number;
}

export const SYNTHETIC: Span = Object.freeze({ file: "<synthetic>", line: 0, col: 0, offset: 0, end: 0 });

export type PrefixKind = "quote" | "quasiquote" | "unquote" | "splice";

export type Form =
  | { readonly k: "int"; readonly v: number | bigint; readonly span: Span }
  | { readonly k: "float"; readonly v: number; readonly span: Span }
  | { readonly k: "str"; readonly v: string; readonly span: Span }
  | { readonly k: "bool"; readonly v: boolean; readonly span: Span }
  | { readonly k: "sym"; readonly name: string; readonly span: Span }
  | { readonly k: "kw"; readonly name: string; readonly span: Span }
  | { readonly k: "list"; readonly items: readonly Form[]; readonly span: Span }
  | { readonly k: PrefixKind; readonly form: Form; readonly span: Span };

/** The symbol a prefix form converts to as data (note `unquote-splice`, not `-splicing`). */
export const PREFIX_SYMBOL: Record<PrefixKind, string> = {
  quote: "quote",
  quasiquote: "quasiquote",
  unquote: "unquote",
  splice: "unquote-splice",
};

export const PREFIX_CHAR: Record<PrefixKind, string> = {
  quote: "'",
  quasiquote: "`",
  unquote: ",",
  splice: ",@",
};

export function isSym(f: Form, name?: string): f is Extract<Form, { k: "sym" }> {
  return f.k === "sym" && (name === undefined || f.name === name);
}
