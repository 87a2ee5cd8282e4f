/**
 * Which function of a program a source position is in (for stack traces): every lambda of the
 * IR with its byte range, name and parameters; the innermost one containing a position. Also
 * the call at a position, for naming the callee of an arity error.
 */
import type { Expr, Lambda, Pos, Program, QQ } from "../../runtime/ir/nodes.js";
import type { SpanLike } from "../../runtime/values/types.js";

export interface FunctionInfo {
  readonly name: string | null;
  readonly params: readonly string[];
  readonly rest: string | null;
  readonly at: Pos;
}

type Call = Extract<Expr, { t: "call" }>;

function each(e: Expr, f: (x: Expr) => void): void {
  f(e);
  const go = (x: Expr): void => each(x, f);
  switch (e.t) {
    case "qq":
      return qq(e.tpl, go);
    case "set":
    case "defl":
    case "defg":
    case "defx":
      return go(e.value);
    case "if":
      go(e.test);
      go(e.then);
      if (e.else !== null) go(e.else);
      return;
    case "seq":
      return e.body.forEach(go);
    case "and":
    case "or":
      return e.args.forEach(go);
    case "not":
      return go(e.arg);
    case "call":
      go(e.fn);
      return e.args.forEach(go);
    case "lambda":
      return e.body.forEach(go);
    case "let":
      e.inits.forEach(go);
      return e.body.forEach(go);
    case "try":
      e.body.forEach(go);
      return e.handler.forEach(go);
    case "delay":
      return go(e.thunk);
    case "eval":
    case "macroexpand":
      return go(e.arg);
    default:
  }
}

function qq(t: QQ, f: (x: Expr) => void): void {
  if (t.q === "unquote") f(t.e);
  else if (t.q === "list") for (const i of t.items) i.q === "splice" ? f(i.e) : qq(i, f);
}

export class FunctionMap {
  private readonly fns: FunctionInfo[] = [];
  private readonly calls = new Map<string, Call>();
  /** What each global the program defines once with a lambda takes. */
  readonly defined = new Map<string, FunctionInfo>();

  constructor(readonly program: Program) {
    const counts = new Map<string, number>();
    for (const form of program.forms) {
      if (form.t === "defmacro") continue;
      each(form, (x) => {
        if (x.t === "lambda") this.fns.push(info(x));
        else if (x.t === "call") this.calls.set(key(x.s), x);
        else if (x.t === "defg") {
          counts.set(x.name, (counts.get(x.name) ?? 0) + 1);
          if (x.value.t === "lambda") this.defined.set(x.name, { ...info(x.value), name: x.name });
        }
      });
    }
    for (const [name, n] of counts) if (n > 1) this.defined.delete(name);
  }

  /** The innermost function whose source contains the span (undefined: top level). */
  functionAt(s: SpanLike): FunctionInfo | undefined {
    let best: FunctionInfo | undefined;
    for (const f of this.fns) {
      const [, , off, end] = f.at;
      if (off <= s.offset && s.end <= end && (best === undefined || end - off < best.at[3] - best.at[2])) best = f;
    }
    return best;
  }

  /** The call whose form is exactly at the span. */
  callAt(s: SpanLike): Call | undefined {
    return this.calls.get(`${s.offset}:${s.end}`);
  }
}

const info = (l: Lambda): FunctionInfo => ({ name: l.name, params: l.params, rest: l.rest, at: l.s });
const key = (s: Pos): string => `${s[2]}:${s[3]}`;

/** `(name a b &rest c)`, or `(lambda (a b))` for an anonymous function. */
export function functionText(f: FunctionInfo): string {
  const params = [...f.params, ...(f.rest === null ? [] : ["&rest", f.rest])].join(" ");
  return f.name === null ? `(lambda (${params}))` : params === "" ? `(${f.name})` : `(${f.name} ${params})`;
}
