/**
 * Whole-program checks on the IR, reported as warnings (the module still builds and fails
 * only when the code is reached, as in the reference):
 *   V300 a global read that nothing defines (not the program, the stdlib, the natives, the
 *        intrinsics, nor the names the host declares), with the closest known names;
 *   V301 a set! of such a global;
 *   V310 a call with a number of arguments its callee cannot take, when the callee is known:
 *        a builtin, an intrinsic, or a function the program defines once and never assigns;
 *   V320 a call whose head is a literal (`(1 2 3)`), which is never callable.
 * A program that uses eval may define globals at run time, so its reads are not checked.
 */
import type { Expr, Lambda, Pos, Program, Scope } from "../../runtime/ir/nodes.js";
import { forEachChild } from "../../runtime/ir/visit.js";
import type { RawDiagnostic } from "../diagnostics/diagnostic.js";
import { closest, orList } from "../diagnostics/closest.js";
import { argumentsWord, docs, paramsOf, signature, type DocEntry } from "../docs/table.js";
import { OTHER_LISPS } from "./other-lisps.js";

export interface NameCheckOptions {
  /** Globals the host provides beyond the standard intrinsics (host extensions). */
  readonly globals?: Iterable<string>;
}

/** What the program defines at top level: each global's definitions (lambda or not) and assignments. */
interface Defs {
  readonly defined: Map<string, { lambdas: Lambda[]; count: number; at: Pos }>;
  readonly assigned: Set<string>;
  reflective: boolean;
}

/** Each child of a node (runtime/ir/visit.ts). */
const children = (e: Expr, f: (x: Expr) => void): void => forEachChild(e, (c) => f(c));

function collectDefs(program: Program): Defs {
  const defs: Defs = { defined: new Map(), assigned: new Set(), reflective: false };
  const visit = (e: Expr): void => {
    if (e.t === "defg" || e.t === "defx") {
      const d = defs.defined.get(e.name) ?? { lambdas: [], count: 0, at: e.s };
      d.count++;
      if (e.value.t === "lambda") d.lambdas.push(e.value);
      defs.defined.set(e.name, d);
    } else if (e.t === "set" && e.ref.t === "global") defs.assigned.add(e.ref.name);
    else if (e.t === "eval" || e.t === "macroexpand" || e.t === "dyn") defs.reflective = true;
    children(e, visit);
  };
  for (const f of program.forms) if (f.t !== "defmacro") visit(f);
  return defs;
}

export function checkNames(program: Program, diags: RawDiagnostic[], opts: NameCheckOptions = {}): void {
  if (program.unreadable) return;
  const file = program.file;
  const defs = collectDefs(program);
  const table = docs();
  const hostGlobals = new Set(opts.globals ?? []);
  /** Names a global read may resolve to (special forms and macros are not values). */
  const isValue = (name: string): boolean => {
    if (defs.defined.has(name) || hostGlobals.has(name)) return true;
    const d = table.get(name);
    return d !== undefined && d.kind !== "special form" && d.kind !== "macro";
  };
  const report = (s: Pos, code: RawDiagnostic["code"], message: string, suggestion?: string): void => {
    diags.push({ code, file, line: s[0], col: s[1], offset: s[2], end: s[3], message, ...(suggestion !== undefined ? { suggestion } : {}) });
  };
  const where = (s: Pos): string => `${file}:${s[0]}:${s[1]}`;

  /** Suggestions for an unknown name: locals in scope, the program's globals, everything known. */
  const suggestFor = (name: string, scopes: readonly Scope[], head: boolean): string | undefined => {
    const alias = OTHER_LISPS[name];
    if (alias !== undefined) return alias;
    const candidates = new Set<string>();
    for (const sc of scopes) for (const n of sc.names) candidates.add(n);
    for (const n of defs.defined.keys()) candidates.add(n);
    for (const n of hostGlobals) candidates.add(n);
    for (const [n, d] of table) if (head || (d.kind !== "special form" && d.kind !== "macro")) candidates.add(n);
    const near = closest(name, candidates);
    return near.length === 0 ? undefined : `did you mean ${orList(near)}?`;
  };

  /** The arity a call to global `name` is checked against, when it is known. */
  const calleeOf = (name: string): { min: number; max: number; params: string; signature: string; defined?: Pos } | undefined => {
    const own = defs.defined.get(name);
    if (own !== undefined) {
      if (own.count !== 1 || own.lambdas.length !== 1 || defs.assigned.has(name)) return undefined;
      const l = own.lambdas[0]!;
      const params = paramsOf(l.params, l.rest);
      return { min: l.params.length, max: l.rest === null ? l.params.length : Infinity, params, signature: signature(name, params), defined: own.at };
    }
    if (hostGlobals.has(name)) return undefined; // a host extension may replace the builtin
    const d: DocEntry | undefined = table.get(name);
    if (d === undefined || d.kind === "special form" || d.kind === "macro" || defs.assigned.has(name)) return undefined;
    return { min: d.min, max: d.max, params: d.params, signature: d.signature };
  };

  const scopes: Scope[] = [];
  const visit = (e: Expr): void => {
    switch (e.t) {
      case "global":
        if (!defs.reflective && !isValue(e.name)) report(e.s, "V300", `unbound symbol \`${e.name}\`: nothing defines it`, suggestFor(e.name, scopes, false));
        return;
      case "set":
        if (e.ref.t === "global" && !defs.reflective && !isValue(e.ref.name)) {
          report(e.ref.s, "V301", `set! of \`${e.ref.name}\`, which nothing defines (set! only assigns an existing binding)`, suggestFor(e.ref.name, scopes, false) ?? `define it first: (define ${e.ref.name} …)`);
        }
        return visit(e.value);
      case "call": {
        const fn = e.fn;
        if (fn.t === "lit") {
          report(fn.s, "V320", "this call's head is a literal, which is never a function", "to write a list of data, quote it: '(…) or (list …)");
        } else if (fn.t === "global") {
          if (!defs.reflective && !isValue(fn.name)) {
            report(fn.s, "V300", `unbound symbol \`${fn.name}\`: nothing defines it`, suggestFor(fn.name, scopes, true));
          } else {
            const c = calleeOf(fn.name);
            const n = e.args.length;
            if (c !== undefined && (n < c.min || n > c.max)) {
              const takes = `\`${fn.name}\` takes ${argumentsWord(c.min, c.max)}${c.params === "" ? "" : ` (${c.params})`}, given ${n}`;
              report(e.s, "V310", takes, `call it as ${c.signature}${c.defined !== undefined ? ` (defined at ${where(c.defined)})` : ""}`);
            }
          }
        } else visit(fn);
        return e.args.forEach(visit);
      }
      case "lambda":
      case "let":
      case "try":
        scopes.push(e.scope);
        children(e, visit);
        scopes.pop();
        return;
      default:
        children(e, visit);
    }
  };
  for (const f of program.forms) if (f.t !== "defmacro") visit(f);
}

