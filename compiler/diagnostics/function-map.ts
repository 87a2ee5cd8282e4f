/**
 * Which function of a program a source position is in (for stack traces): every lambda of the
 * IR with its byte range, name and parameters; the innermost one containing a position. Also
 * the call at a position, for naming the callee of an arity error.
 */
import type { Expr, Lambda, Pos, Program } from "../../runtime/ir/nodes.js";
import { forEachChild } from "../../runtime/ir/visit.js";
import type { SpanLike } from "../../runtime/values/types.js";
import { paramsOf, signature } from "../docs/table.js";

export interface FunctionInfo {
  readonly name: string | null;
  readonly params: readonly string[];
  readonly rest: string | null;
  readonly at: Pos;
}

type Call = Extract<Expr, { t: "call" }>;

/** `f` on `e` and every node below it (children from runtime/ir/visit.ts). */
function each(e: Expr, f: (x: Expr) => void): void {
  f(e);
  forEachChild(e, (c) => each(c, f));
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
  const params = paramsOf(f.params, f.rest);
  return f.name === null ? `(lambda (${params}))` : signature(f.name, params);
}
