/**
 * Converting between runtime values/forms and their JSON form in the IR (see nodes.ts).
 * One place for both directions so that the encoding cannot drift.
 */
import { PREFIX_SYMBOL, type Form, type Span } from "../values/form.js";
import { fromBig } from "../values/int64.js";
import { display } from "../values/printer.js";
import { listOf } from "../values/list-storage.js";
import { Kw, LErrorValue, LFloat, LList, Sexp, Sym, type Value } from "../values/types.js";
import type { Datum, FormJSON, Pos } from "./nodes.js";

export const toPos = (s: Span): Pos => [s.line, s.col, s.offset, s.end];
export const toSpan = (file: string, p: Pos): Span => ({ file, line: p[0], col: p[1], offset: p[2], end: p[3] });

function floatJSON(v: number): number | "inf" | "-inf" | "nan" | "-0" {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (Object.is(v, -0)) return "-0";
  return v;
}

function floatFromJSON(v: number | "inf" | "-inf" | "nan" | "-0"): number {
  switch (v) {
    case "nan":
      return NaN;
    case "inf":
      return Infinity;
    case "-inf":
      return -Infinity;
    case "-0":
      return -0;
    default:
      return v;
  }
}

const intJSON = (v: number | bigint): Datum => (typeof v === "number" ? v : { int: v.toString() });

export function encodeForm(f: Form): FormJSON {
  const s = toPos(f.span);
  switch (f.k) {
    case "int":
      return { k: "int", v: typeof f.v === "number" ? f.v : f.v.toString(), s };
    case "float":
      return { k: "float", v: floatJSON(f.v), s };
    case "str":
    case "bool":
      return { k: f.k, v: f.v, s } as FormJSON;
    case "sym":
    case "kw":
      return { k: f.k, name: f.name, s };
    case "list":
      return { k: "list", items: f.items.map(encodeForm), s };
    default:
      return { k: f.k, form: encodeForm(f.form), s };
  }
}

export function decodeForm(f: FormJSON, file: string): Form {
  const span = toSpan(file, f.s);
  switch (f.k) {
    case "int":
      return { k: "int", v: typeof f.v === "number" ? f.v : BigInt(f.v), span };
    case "float":
      return { k: "float", v: floatFromJSON(f.v), span };
    case "str":
      return { k: "str", v: f.v, span };
    case "bool":
      return { k: "bool", v: f.v, span };
    case "sym":
    case "kw":
      return { k: f.k, name: f.name, span };
    case "list":
      return { k: "list", items: f.items.map((x) => decodeForm(x, file)), span };
    default:
      return { k: f.k, form: decodeForm(f.form, file), span };
  }
}

/** Value → Datum. Values with no data form (maps, procedures, …) become `{opaque}`. */
export function encodeDatum(v: Value): Datum {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intJSON(v);
    case "string":
    case "boolean":
      return v;
  }
  if (v === null) return null;
  if (v instanceof LList) return v.toArray().map(encodeDatum);
  if (v instanceof LFloat) return { float: floatJSON(v.v) };
  if (v instanceof Sym) return { sym: v.name };
  if (v instanceof Kw) return { kw: v.name };
  if (v instanceof Sexp) return { sexp: encodeForm(v.form) };
  if (v instanceof LErrorValue) return { err: { tag: v.tag, message: v.message, data: v.data.map(encodeDatum) } };
  return { opaque: display(v) };
}

/** Datum → Value; builds fresh lists every time (a quoted list is a new list per evaluation). */
export function decodeDatum(d: Datum, file: string): Value {
  if (d === null || typeof d !== "object") return d;
  if (Array.isArray(d)) return listOf(d.map((x) => decodeDatum(x, file)));
  const o = d as Exclude<Datum, null | boolean | number | string | readonly Datum[]>;
  if ("int" in o) return fromBig(BigInt(o.int));
  if ("float" in o) return new LFloat(floatFromJSON(o.float));
  if ("sym" in o) return Sym.of(o.sym);
  if ("kw" in o) return Kw.of(o.kw);
  if ("sexp" in o) return new Sexp(decodeForm(o.sexp, file));
  if ("err" in o) return new LErrorValue(o.err.tag, o.err.message, o.err.data.map((x) => decodeDatum(x, file)));
  return o.opaque;
}

/** Form → Datum directly (quote of a source form), without building runtime values. */
export function formToDatum(f: Form): Datum {
  switch (f.k) {
    case "int":
      return intJSON(f.v);
    case "float":
      return { float: floatJSON(f.v) };
    case "str":
    case "bool":
      return f.v;
    case "sym":
      return { sym: f.name };
    case "kw":
      return { kw: f.name };
    case "list":
      return f.items.map(formToDatum);
    default:
      return [{ sym: PREFIX_SYMBOL[f.k] }, formToDatum(f.form)];
  }
}
