/** Entry points of the analyzer: top-level forms, eval at run time, and macro bodies. */
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { FrameShape } from "../../runtime/reflect/frontend-hook.js";
import type { Form } from "../../runtime/values/form.js";
import { analyzeExpr } from "./analyze-expr.js";
import type { RawDiagnostic } from "../diagnostics/diagnostic.js";
import type { Ctx } from "./context.js";
import { lambdaNode } from "./forms-binding.js";
import { CScope } from "./scope.js";


/** An expanded top-level form (not defmacro/provide/require, which the driver handles). */
export function analyzeTop(form: Form, file: string, diags: RawDiagnostic[]): Expr {
  return analyzeExpr(form, { scope: null, tail: false, inFunction: false, file, diags });
}

/** A form passed to `eval`, resolved against the run-time frames it will run in. */
export function analyzeEval(form: Form, frames: readonly FrameShape[], file: string): Expr {
  let scope: CScope | null = null;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    scope = CScope.mirror(scope, f.scope.names, f.scope.firstDefine);
  }
  const ctx: Ctx = { scope, tail: false, inFunction: frames.length > 0, file, diags: [] };
  return analyzeExpr(form, ctx);
}

/** A macro body as `(lambda (params… [&rest r]) body)` over the global environment. */
export function analyzeMacroBody(params: readonly string[], rest: string | null, body: Form, diags: RawDiagnostic[]): Lambda {
  const ctx: Ctx = { scope: null, tail: false, inFunction: false, file: body.span.file, diags };
  return lambdaNode(body, { params: [...params], rest }, [body], ctx, null);
}
