/**
 * Validation of IR at the trust boundary (IR read from disk or produced by a front end):
 * rejects malformed nodes with the JSON path and a reason. It checks structure (node kinds,
 * field types, slot indices within their frame); it does not re-check source-level rules.
 * Each kind's own fields are checked by its entry in OWN; its children, and the frame each
 * runs in, come from the one description of the IR's shape (runtime/ir/visit.ts).
 */
import type { Expr, Program } from "../../runtime/ir/nodes.js";
import { CHILDREN, runsInner, type ChildField, type Kind, type KindTable } from "../../runtime/ir/visit.js";

export class IRValidationError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`invalid IR at ${path}: ${reason}`);
    this.name = "IRValidationError";
  }
}

type J = unknown;
const isObj = (x: J): x is Record<string, J> => typeof x === "object" && x !== null && !Array.isArray(x);

function need(cond: boolean, path: string, reason: string): asserts cond {
  if (!cond) throw new IRValidationError(path, reason);
}

function str(o: Record<string, J>, k: string, path: string): void {
  need(typeof o[k] === "string", `${path}.${k}`, "expected a string");
}

function pos(o: Record<string, J>, path: string): void {
  const s = o.s;
  need(Array.isArray(s) && s.length === 4 && s.every((n) => Number.isInteger(n) && (n as number) >= 0), `${path}.s`, "expected [line, col, offset, end]");
}

/** Frame sizes of the enclosing frames, innermost first, to bound slot references. */
type Frames = readonly number[];

function scope(o: J, path: string): number {
  need(isObj(o), path, "expected a scope object");
  need(Array.isArray(o.names) && o.names.every((n) => typeof n === "string"), `${path}.names`, "expected slot names");
  const n = (o.names as string[]).length;
  need(Number.isInteger(o.firstDefine) && (o.firstDefine as number) >= 0 && (o.firstDefine as number) <= n, `${path}.firstDefine`, "expected an index within the frame");
  need(typeof o.dyn === "boolean", `${path}.dyn`, "expected a boolean");
  return n;
}

function datum(d: J, path: string): void {
  if (d === null || typeof d === "boolean" || typeof d === "string") return;
  if (typeof d === "number") return need(Number.isSafeInteger(d), path, "a number datum must be a safe integer");
  if (Array.isArray(d)) return d.forEach((x, i) => datum(x, `${path}[${i}]`));
  need(isObj(d), path, "expected a datum");
  const keys = Object.keys(d);
  need(keys.length === 1, path, "a tagged datum has exactly one key");
  const k = keys[0]!;
  const v = d[k];
  switch (k) {
    case "int":
      return need(typeof v === "string" && /^-?[0-9]+$/.test(v), path, "expected decimal digits");
    case "float":
      return need(typeof v === "number" || ["inf", "-inf", "nan", "-0"].includes(v as string), path, "expected a float");
    case "sym":
    case "kw":
    case "opaque":
      return need(typeof v === "string", path, "expected a name");
    case "sexp":
      return need(isObj(v) && typeof v.k === "string", path, "expected a form");
    case "err":
      return need(isObj(v) && typeof v.tag === "string" && typeof v.message === "string" && Array.isArray(v.data), path, "expected an error");
  }
  need(false, path, `unknown datum tag ${k}`);
}

function ref(o: Record<string, J>, frames: Frames, path: string): void {
  str(o, "name", path);
  pos(o, path);
  switch (o.t) {
    case "local": {
      const up = o.up as number;
      need(Number.isInteger(up) && up >= 0 && up < frames.length, `${path}.up`, `no enclosing frame ${String(up)} (depth ${frames.length})`);
      need(Number.isInteger(o.slot) && (o.slot as number) >= 0 && (o.slot as number) < frames[up]!, `${path}.slot`, "slot outside its frame");
      if (o.fb !== undefined) fallback(o.fb, frames, `${path}.fb`);
      return;
    }
    case "global":
      return;
    case "dyn":
      need(Number.isInteger(o.depth) && (o.depth as number) >= 1, `${path}.depth`, "expected a positive depth");
      return fallback(o.fb, frames, `${path}.fb`);
  }
}

function fallback(x: J, frames: Frames, path: string): void {
  need(isObj(x) && (x.t === "local" || x.t === "global" || x.t === "dyn"), path, "expected a variable reference");
  ref(x, frames, path);
}

function exprs(xs: J, frames: Frames, path: string, nonEmpty = false): void {
  need(Array.isArray(xs), path, "expected an array of expressions");
  need(!nonEmpty || xs.length > 0, path, "expected at least one expression");
  xs.forEach((x, i) => expr(x, frames, `${path}[${i}]`));
}

function qq(t: J, frames: Frames, path: string): void {
  need(isObj(t), path, "expected a template");
  switch (t.q) {
    case "datum":
      return datum(t.v, `${path}.v`);
    case "unquote":
      return expr(t.e, frames, `${path}.e`);
    case "list":
      need(Array.isArray(t.items), `${path}.items`, "expected template items");
      return (t.items as J[]).forEach((x, i) => {
        if (isObj(x) && x.q === "splice") expr(x.e, frames, `${path}.items[${i}].e`);
        else qq(x, frames, `${path}.items[${i}]`);
      });
  }
  need(false, `${path}.q`, "unknown template kind");
}

const nothing = (): void => {};

/**
 * The checks of each kind's own fields, returning the size of the frame the node creates (if
 * it creates one). Its children are checked from runtime/ir/visit.ts CHILDREN, in `expr`.
 */
const OWN: KindTable<(x: Record<string, J>, frames: Frames, path: string) => number | void> = {
  lit: (x, _, path) => datum(x.v, `${path}.v`),
  qq: nothing,
  local: ref,
  global: ref,
  dyn: ref,
  set: (x, frames, path) => fallback(x.ref, frames, `${path}.ref`),
  defg: (x, _, path) => str(x, "name", path),
  defx: (x, _, path) => str(x, "name", path),
  defl: (x, frames, path) => need(frames.length > 0 && Number.isInteger(x.slot) && (x.slot as number) < frames[0]!, `${path}.slot`, "slot outside the current frame"),
  if: nothing,
  seq: nothing,
  and: nothing,
  or: nothing,
  not: nothing,
  let: (x, _, path) => {
    need(["let", "let*", "letrec"].includes(x.kind as string), `${path}.kind`, "expected let, let* or letrec");
    const n = scope(x.scope, `${path}.scope`);
    need(Array.isArray(x.slots) && Array.isArray(x.inits) && x.slots.length === x.inits.length, `${path}.slots`, "expected one slot per init");
    need((x.slots as J[]).every((s) => Number.isInteger(s) && (s as number) < n), `${path}.slots`, "slot outside the frame");
    return n;
  },
  lambda: (x, _, path) => {
    need(Array.isArray(x.params) && x.params.every((p) => typeof p === "string"), `${path}.params`, "expected parameter names");
    need(x.rest === null || typeof x.rest === "string", `${path}.rest`, "expected a name or null");
    const n = scope(x.scope, `${path}.scope`);
    const arity = (x.params as string[]).length + (x.rest === null ? 0 : 1);
    need(Array.isArray(x.paramSlots) && x.paramSlots.length === arity && x.paramSlots.every((s) => Number.isInteger(s) && s >= 0 && s < n), `${path}.paramSlots`, "expected one slot per parameter");
    return n;
  },
  call: (x, _, path) => need(typeof x.tail === "boolean", `${path}.tail`, "expected a boolean"),
  try: (x, _, path) => {
    const n = scope(x.scope, `${path}.scope`);
    need(n >= 1, `${path}.scope`, "the handler frame binds the error in slot 0");
    return n;
  },
  delay: nothing,
  eval: nothing,
  macroexpand: (x, _, path) => need(typeof x.once === "boolean", `${path}.once`, "expected a boolean"),
  require: (x, _, path) => str(x, "path", path),
  emit: (x, _, path) => str(x, "text", path),
  fail: (x, _, path) => need(isObj(x.error) && typeof x.error.kind === "string", `${path}.error`, "expected an error description"),
};

export function expr(x: J, frames: Frames, path: string): void {
  need(isObj(x), path, "expected a node object");
  const t = x.t;
  need(typeof t === "string", `${path}.t`, "missing node kind");
  pos(x, path);
  need(Object.hasOwn(OWN, t), `${path}.t`, `unknown node kind ${JSON.stringify(t)}`);
  const kind = t as Kind;
  const size = OWN[kind](x, frames, path);
  for (const c of CHILDREN[kind] as readonly ChildField<Kind>[]) {
    // The node's own fields are checked by now, so it reads as the node it claims to be.
    const fr = runsInner(x as unknown as Expr, c.scoping) ? [size as number, ...frames] : frames;
    const v = x[c.field];
    const at = `${path}.${c.field}`;
    switch (c.shape) {
      case "expr":
        expr(v, fr, at);
        break;
      case "expr?":
        if (v !== null) expr(v, fr, at);
        break;
      case "exprs":
      case "exprs+":
        exprs(v, fr, at, c.shape === "exprs+");
        break;
      case "qq":
        qq(v, fr, at);
        break;
      case "lambda":
        need(isObj(v) && v.t === "lambda", at, "expected a lambda");
        expr(v, fr, at);
        break;
    }
  }
}

/** Throws IRValidationError with the path of the first problem. */
export function validateProgram(p: unknown): asserts p is Program {
  need(isObj(p), "$", "expected a program object");
  need(p.ir === "vigy-ir/1", "$.ir", 'expected "vigy-ir/1"');
  need(typeof p.file === "string", "$.file", "expected a file name");
  need(Array.isArray(p.forms), "$.forms", "expected an array of top-level forms");
  need(p.unreadable === undefined || p.unreadable === true, "$.unreadable", "expected true or no field");
  p.forms.forEach((f, i) => {
    const path = `$.forms[${i}]`;
    if (isObj(f) && f.t === "defmacro") {
      str(f, "name", path);
      need(Array.isArray(f.params), `${path}.params`, "expected parameter names");
      need(isObj(f.body), `${path}.body`, "expected a form");
      return pos(f, path);
    }
    expr(f, [], path);
  });
}
