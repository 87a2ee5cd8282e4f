/**
 * Display text of values and forms (spec §2.7), used by the REPL result, display, pr-str, string.
 *
 * One writer walks values and forms with an explicit stack and joins the parts once at the end,
 * so any depth the engines can build prints (a recursive printer overflows the JS stack at a
 * few thousand levels on a default stack) and in linear time (joining each level's text into
 * its parent's copies the inner text once per level: quadratic in the depth).
 */
import { formatFloat } from "./float-format.js";
import { PREFIX_CHAR, type Form, type PrefixKind } from "./form.js";
import { LMap } from "./lmap.js";
import { quoteString } from "./string-escape.js";
import { Closure, Foreign, Kw, LErrorValue, LFloat, LList, LPromise, Native, Sexp, Sym, type Value } from "./types.js";

const VALUE = 0;
const FORM = 1;
const TEXT = 2;

/** The text of a value that contains no other value; undefined for containers. */
function atomText(v: Value): string | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return String(v);
    case "string":
      return quoteString(v);
    case "boolean":
      return v ? "#t" : "#f";
  }
  if (v === null) return "()";
  if (v instanceof LFloat) return formatFloat(v.v);
  if (v instanceof Sym) return v.name;
  if (v instanceof Kw) return ":" + v.name;
  if (v instanceof Closure) {
    if (v.params.length === 0) return "#<closure>";
    return `#<closure (${v.params.join(" ")}${v.rest !== null ? " . " + v.rest : ""})>`;
  }
  if (v instanceof Native) return `#<native ${v.name}>`;
  if (v instanceof LPromise) return v.forced ? undefined : "#<promise pending>";
  if (v instanceof Foreign) return "#<foreign>";
  if (v instanceof LList || v instanceof LMap || v instanceof LErrorValue || v instanceof Sexp) return undefined;
  return String(v);
}

function formAtomText(f: Form): string | undefined {
  switch (f.k) {
    case "int":
      return String(f.v);
    case "float":
      return formatFloat(f.v);
    case "str":
      return quoteString(f.v);
    case "bool":
      return f.v ? "#t" : "#f";
    case "sym":
      return f.name;
    case "kw":
      return ":" + f.name;
    default:
      return undefined;
  }
}

/** Writes values and forms: what is pushed last is written first, so containers push in reverse. */
class Writer {
  private readonly items: unknown[] = [];
  private readonly kinds: number[] = [];
  readonly out: string[] = [];

  private push(kind: number, item: unknown): void {
    this.kinds.push(kind);
    this.items.push(item);
  }

  /** `open`, then each element from index `from` on (of `kind`) separated by `sep`, then `close`. */
  private sequence(open: string, elements: readonly unknown[], kind: number, sep: string, close: string, from = 0): void {
    this.push(TEXT, close);
    for (let i = elements.length - 1; i >= from; i--) {
      this.push(kind, elements[i]);
      if (i > from) this.push(TEXT, sep);
    }
    this.out.push(open);
  }

  run(kind: number, item: unknown): string {
    this.push(kind, item);
    while (this.items.length > 0) {
      const k = this.kinds.pop()!;
      const x = this.items.pop();
      if (k === TEXT) this.out.push(x as string);
      else if (k === FORM) this.form(x as Form);
      else this.value(x as Value);
    }
    return this.out.join("");
  }

  private value(v: Value): void {
    const text = atomText(v);
    if (text !== undefined) return void this.out.push(text);
    if (v instanceof LList) return this.sequence("(", v.a, VALUE, " ", ")", v.i);
    if (v instanceof LMap) {
      // `{k v, k2 v2}`: each entry is its key, a space and its value.
      const entries = v.entries();
      this.push(TEXT, "}");
      for (let i = entries.length - 1; i >= 0; i--) {
        this.push(VALUE, entries[i]![1]);
        this.push(TEXT, " ");
        this.push(VALUE, entries[i]![0]);
        if (i > 0) this.push(TEXT, ", ");
      }
      return void this.out.push("{");
    }
    if (v instanceof LPromise) {
      this.push(TEXT, ">");
      this.push(VALUE, v.value);
      return void this.out.push("#<promise ");
    }
    if (v instanceof LErrorValue) {
      const head = `#<error :${v.tag} ${quoteString(v.message)}`;
      if (v.data.length === 0) return void this.out.push(head + ">");
      this.push(TEXT, ">");
      return this.sequence(head + " {", v.data, VALUE, " ", "}");
    }
    if (v instanceof Sexp) {
      this.push(FORM, v.form);
      return void this.out.push("'");
    }
  }

  private form(f: Form): void {
    const text = formAtomText(f);
    if (text !== undefined) return void this.out.push(text);
    if (f.k === "list") return this.sequence("(", f.items, FORM, " ", ")");
    const prefixed = f as Extract<Form, { k: PrefixKind }>;
    this.push(FORM, prefixed.form);
    this.out.push(PREFIX_CHAR[prefixed.k]);
  }
}

export function display(v: Value): string {
  return atomText(v) ?? new Writer().run(VALUE, v);
}

export function displayForm(f: Form): string {
  return formAtomText(f) ?? new Writer().run(FORM, f);
}

/** `(string x)`: a string unchanged, anything else its Display text (a symbol's, what `read-all` makes of most words, is its name). */
export const toStringValue = (v: Value): string => (typeof v === "string" ? v : v instanceof Sym ? v.name : display(v));
