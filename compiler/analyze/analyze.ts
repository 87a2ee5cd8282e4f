/** Entry points of the analyzer: top-level forms, eval at run time, and macro bodies. */
import type { Expr, Lambda } from "../../runtime/ir/nodes.js";
import type { FrameShape } from "../../runtime/reflect/frontend-hook.js";
import type { Form } from "../../runtime/values/form.js";
import { analyzeExpr } from "./analyze-expr.js";
import type { RawDiagnostic } from "../diagnostics/diagnostic.js";
import type { Ctx } from "./context.js";
import { lambdaNode } from "./forms-binding.js";
import { CScope } from "./scope.js";

/**
 * The context an analysis starts in (not in tail position), the one place a context is made:
 * it carries analyzeExpr, through which the special forms analyse their subforms.
 */
export function startContext(file: string, diags: RawDiagnostic[], scope: CScope | null = null, inFunction = false): Ctx {
  return { analyze: analyzeExpr, scope, tail: false, inFunction, file, diags };
}

/** An expanded top-level form (not defmacro/provide/require, which the driver handles). */
export function analyzeTop(form: Form, file: string, diags: RawDiagnostic[]): Expr {
  return analyzeExpr(form, startContext(file, diags));
}

/** A form passed to `eval`, resolved against the run-time frames it will run in. */
export function analyzeEval(form: Form, frames: readonly FrameShape[], file: string): Expr {
  let scope: CScope | null = null;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    scope = CScope.mirror(scope, f.scope.names, f.scope.firstDefine);
  }
  return analyzeExpr(form, startContext(file, [], scope, frames.length > 0));
}

/** A macro body as `(lambda (params… [&rest r]) body)` over the global environment. */
export function analyzeMacroBody(params: readonly string[], rest: string | null, body: Form, diags: RawDiagnostic[]): Lambda {
  return lambdaNode(body, { params: [...params], rest }, [body], startContext(body.span.file, diags), null);
}
