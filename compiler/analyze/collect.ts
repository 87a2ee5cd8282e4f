/**
 * Pre-pass over a frame's body: which names its `define`s bind and whether it contains `eval`
 * (spec §3.3). Enters exactly the subforms that evaluate in the same frame: everything except
 * quoted data and the bodies of lambda, let, let* and letrec, and catch handlers (a plain let's
 * inits do run in the enclosing frame, and so do quasiquote unquotes).
 */
import type { Form } from "../../runtime/values/form.js";

export interface FrameInfo {
  readonly defines: string[];
  hasEval: boolean;
}

export function collectFrame(forms: readonly Form[]): FrameInfo {
  const info: FrameInfo = { defines: [], hasEval: false };
  for (const f of forms) walk(f, info);
  return info;
}

function walk(f: Form, info: FrameInfo): void {
  if (f.k === "quasiquote") return walkTemplate(f.form, info);
  if (f.k !== "list" || f.items.length === 0) return;
  const [head, ...rest] = f.items as [Form, ...Form[]];
  if (head.k === "sym") {
    switch (head.name) {
      case "quote":
      case "lambda":
      case "let*":
      case "letrec":
      case "delay":
        return;
      case "define": {
        const target = rest[0];
        if (target?.k === "sym") {
          info.defines.push(target.name);
          if (rest[1] !== undefined) walk(rest[1], info);
        } else if (target?.k === "list" && target.items[0]?.k === "sym") {
          info.defines.push(target.items[0].name);
        }
        return;
      }
      case "let": {
        const bindings = rest[0];
        if (bindings?.k === "list") {
          for (const b of bindings.items) if (b.k === "list" && b.items[1] !== undefined) walk(b.items[1], info);
        }
        return;
      }
      case "try": {
        const last = rest[rest.length - 1];
        const isCatch = last?.k === "list" && last.items[0]?.k === "sym" && last.items[0].name === "catch";
        for (const b of isCatch ? rest.slice(0, -1) : rest) walk(b, info);
        return;
      }
      case "cond":
        // A clause is not a form: its test and body are (a clause `(define …)` tests a variable).
        for (const c of rest) if (c.k === "list") for (const x of c.items) walk(x, info);
        return;
      case "eval":
        info.hasEval = true;
        break;
    }
  }
  for (const x of f.items) walk(x, info);
}

function walkTemplate(f: Form, info: FrameInfo): void {
  if (f.k === "unquote" || f.k === "splice") walk(f.form, info);
  else if (f.k === "list") for (const x of f.items) walkTemplate(x, info);
}
