/**
 * The one table of what every name the language provides takes and does: special forms,
 * native builtins, the Lisp stdlib's functions and macros, and the vigy intrinsics, each with
 * its arity, parameter names and a one-line description. `:doc` in the REPL, its completion,
 * and the diagnostics' suggestions (closest known name, expected arity and parameters, the
 * shape of a malformed form) all read it. Arities come from the definitions themselves
 * (natives, intrinsics, the stdlib's lambdas); the words come from natives.ts, stdlib.ts,
 * intrinsics.ts and special-forms.ts.
 */
import type { Lambda } from "../../runtime/ir/nodes.js";
import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
import { prelude } from "../../runtime/stdlib/prelude-ir.generated.js";
import { STANDARD_EXTENSIONS } from "../../runtime/vigy/intrinsics/index.js";
import { INTRINSIC_DOCS } from "./intrinsics.js";
import { NATIVE_DOCS } from "./natives.js";
import { SPECIAL_FORM_DOCS } from "./special-forms.js";
import { STDLIB_DOCS } from "./stdlib.js";

export type DocKind = "special form" | "native" | "function" | "macro" | "intrinsic";

export interface DocEntry {
  readonly name: string;
  readonly kind: DocKind;
  /** The parameters as written in the signature (`key [default]`, `f xs &rest more`). */
  readonly params: string;
  /** How many arguments a call takes (max Infinity: any number); special forms: NaN. */
  readonly min: number;
  readonly max: number;
  /** `(vigy-get key [default])`, or a special form's shape. */
  readonly signature: string;
  readonly summary: string;
}

/** `(name params)`, or `(name)` without parameters. */
export const signature = (name: string, params: string): string => (params === "" ? `(${name})` : `(${name} ${params})`);

/** A function's parameters as written: `a b &rest c`. */
export function paramsOf(params: readonly string[], rest: string | null): string {
  return [...params, ...(rest === null ? [] : ["&rest", rest])].join(" ");
}

function build(): Map<string, DocEntry> {
  const table = new Map<string, DocEntry>();
  const add = (e: DocEntry): void => void table.set(e.name, e);
  for (const [name, doc] of Object.entries(SPECIAL_FORM_DOCS)) {
    add({ name, kind: "special form", params: "", min: NaN, max: NaN, signature: doc.shape, summary: doc.summary });
  }
  for (const n of BUILTINS.values()) {
    const [params, summary] = NATIVE_DOCS[n.name] ?? ["", ""];
    add({ name: n.name, kind: "native", params, min: n.min, max: n.max, signature: signature(n.name, params), summary });
  }
  // The stdlib's definitions replace natives of the same name (not=), as they are installed after them.
  for (const form of prelude().forms) {
    if (form.t === "defmacro") {
      const params = paramsOf(form.params, form.rest);
      add({ name: form.name, kind: "macro", params, min: form.params.length, max: Infinity, signature: signature(form.name, params), summary: STDLIB_DOCS[form.name] ?? "" });
    } else if (form.t === "defg" && form.value.t === "lambda") {
      const l: Lambda = form.value;
      const params = paramsOf(l.params, l.rest);
      const max = l.rest === null ? l.params.length : Infinity;
      add({ name: form.name, kind: "function", params, min: l.params.length, max, signature: signature(form.name, params), summary: STDLIB_DOCS[form.name] ?? "" });
    }
  }
  for (const ext of STANDARD_EXTENSIONS) {
    for (const i of ext.intrinsics) {
      const [params, summary] = INTRINSIC_DOCS[i.name] ?? ["", ""];
      add({ name: i.name, kind: "intrinsic", params, min: i.min, max: i.max, signature: signature(i.name, params), summary });
    }
  }
  return table;
}

let table: Map<string, DocEntry> | undefined;

/** Everything the table knows, by name. */
export function docs(): ReadonlyMap<string, DocEntry> {
  return (table ??= build());
}

export const docOf = (name: string): DocEntry | undefined => docs().get(name);

/** How many arguments: `1`, `1 or 2`, `2 to 4`, `at least 1`, `any number of`. */
export function arityWords(min: number, max: number): string {
  if (min === max) return String(min);
  if (max === Infinity) return min === 0 ? "any number of" : `at least ${min}`;
  return max === min + 1 ? `${min} or ${max}` : `${min} to ${max}`;
}

/** `1 argument`, `2 arguments`, `at least 1 argument`, `any number of arguments`. */
export function argumentsWord(min: number, max: number): string {
  return `${arityWords(min, max)} argument${max === 1 || (min === 1 && max === Infinity) ? "" : "s"}`;
}

/** `:doc NAME` text: the signature, what it is and takes, and the description. */
export function docText(e: DocEntry): string {
  const takes = Number.isNaN(e.min) ? e.kind : `${e.kind}, takes ${argumentsWord(e.min, e.max)}`;
  return `${e.signature}\n  ${takes}\n  ${e.summary}\n`;
}
