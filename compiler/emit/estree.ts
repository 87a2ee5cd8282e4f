/** Small ESTree builders; `at` attaches a Lisp position so the source map points at the form. */
import type * as ES from "estree";
import type { Pos } from "../../runtime/ir/nodes.js";
import { stringLiteral, stringRaw } from "./js-literal.js";

/**
 * A Lisp position on a node (the emitter maps it; `lisp` names a Lisp variable). The IR's own
 * position tuple is kept, not an ESTree `loc`: three objects per located node were a large
 * share of a long program's live heap (generate.ts reads it when it writes the node).
 */
export interface Located {
  pos?: Pos;
  lisp?: string;
}

export function at<T extends ES.Node>(node: T, s: Pos | undefined, lisp?: string): T {
  if (s !== undefined) {
    (node as Located).pos = s;
    if (lisp !== undefined) (node as Located).lisp = lisp;
  }
  return node;
}

export const id = (name: string): ES.Identifier => ({ type: "Identifier", name });
export const num = (n: number): ES.Expression =>
  n < 0 || Object.is(n, -0) ? { type: "UnaryExpression", operator: "-", prefix: true, argument: num(-n) } : { type: "Literal", value: n, raw: String(n) };
export const str = stringLiteral;
export const lit = (v: null | boolean): ES.Literal => ({ type: "Literal", value: v, raw: String(v) });
export const bigint = (digits: string): ES.Expression =>
  digits.startsWith("-")
    ? { type: "UnaryExpression", operator: "-", prefix: true, argument: bigint(digits.slice(1)) }
    : ({ type: "Literal", value: BigInt(digits), bigint: digits, raw: digits + "n" } as ES.Literal);
export const member = (obj: ES.Expression, prop: string): ES.MemberExpression => ({
  type: "MemberExpression",
  object: obj,
  property: id(prop),
  computed: false,
  optional: false,
});
export const index = (obj: ES.Expression, key: ES.Expression): ES.MemberExpression => ({
  type: "MemberExpression",
  object: obj,
  property: key,
  computed: true,
  optional: false,
});
export const call = (callee: ES.Expression, args: ES.Expression[]): ES.CallExpression => ({
  type: "CallExpression",
  callee,
  arguments: args,
  optional: false,
});
export const arr = (items: ES.Expression[]): ES.ArrayExpression => ({ type: "ArrayExpression", elements: items });
/** `target = value`; a string names a variable. */
export const assign = (target: string | ES.Pattern, value: ES.Expression): ES.AssignmentExpression => ({
  type: "AssignmentExpression",
  operator: "=",
  left: typeof target === "string" ? id(target) : target,
  right: value,
});
/** `x++` */
export const increment = (x: ES.Expression): ES.UpdateExpression => ({ type: "UpdateExpression", operator: "++", prefix: false, argument: x });
/** `typeof x === "t"` */
export const typeIs = (x: ES.Expression, t: string): ES.BinaryExpression =>
  binary("===", { type: "UnaryExpression", operator: "typeof", prefix: true, argument: x }, str(t));
export const seqx = (exprs: ES.Expression[]): ES.Expression => (exprs.length === 1 ? exprs[0]! : { type: "SequenceExpression", expressions: exprs });
export const cond = (test: ES.Expression, a: ES.Expression, b: ES.Expression): ES.ConditionalExpression => ({
  type: "ConditionalExpression",
  test,
  consequent: a,
  alternate: b,
});
export const not = (x: ES.Expression): ES.UnaryExpression => ({ type: "UnaryExpression", operator: "!", prefix: true, argument: x });
export const binary = (operator: ES.BinaryOperator, left: ES.Expression, right: ES.Expression): ES.BinaryExpression => ({
  type: "BinaryExpression",
  operator,
  left,
  right,
});
export const logical = (operator: ES.LogicalOperator, left: ES.Expression, right: ES.Expression): ES.LogicalExpression => ({
  type: "LogicalExpression",
  operator,
  left,
  right,
});
export const stmt = (expression: ES.Expression): ES.ExpressionStatement => ({ type: "ExpressionStatement", expression });
export const ret = (argument: ES.Expression | null): ES.ReturnStatement => ({ type: "ReturnStatement", argument });
export const block = (body: ES.Statement[]): ES.BlockStatement => ({ type: "BlockStatement", body });
export const ifs = (test: ES.Expression, a: ES.Statement[], b: ES.Statement[] | null): ES.IfStatement => ({
  type: "IfStatement",
  test,
  consequent: block(a),
  alternate: b === null || b.length === 0 ? null : block(b),
});
export const decl = (kind: "let" | "const", name: string, init: ES.Expression | null): ES.VariableDeclaration => ({
  type: "VariableDeclaration",
  kind,
  declarations: [{ type: "VariableDeclarator", id: id(name), init }],
});
export function fnExpr(name: string | null, params: string[], body: ES.Statement[]): ES.FunctionExpression {
  return { type: "FunctionExpression", id: name === null ? null : id(name), params: params.map(id), body: block(body), generator: false, async: false };
}
export function fnDecl(name: string, params: string[], body: ES.Statement[]): ES.FunctionDeclaration {
  return { type: "FunctionDeclaration", id: id(name), params: params.map(id), body: block(body), generator: false, async: false };
}

/**
 * Objects nested deeper than this are written as JSON text the runtime parses: a printed
 * object literal indents each level, so a deeply nested one (a quoted form inside 3 000
 * quasiquotes, a reflective program's IR) would take space quadratic in its depth.
 */
const MAX_LITERAL_DEPTH = 16;

/** Nesting depth of objects in `v`, counted up to `limit` (cheap for shallow data). */
function objectDepth(v: unknown, limit: number): number {
  if (v === null || typeof v !== "object" || limit === 0) return 0;
  let d = 0;
  for (const x of Array.isArray(v) ? v : Object.values(v)) {
    d = Math.max(d, objectDepth(x, limit - 1));
    if (d >= limit - 1) break;
  }
  return Array.isArray(v) ? d : d + 1;
}

/**
 * Plain JSON data as a JS expression (strings escaped safely); data nested too deep for a
 * literal is its JSON text, given to `deep` (ModuleCtx.json: the runtime's parser).
 */
export function json(v: unknown, deep: (text: ES.Expression) => ES.Expression): ES.Expression {
  return objectDepth(v, MAX_LITERAL_DEPTH + 1) > MAX_LITERAL_DEPTH ? deep(str(JSON.stringify(v))) : jsonLiteral(v);
}

function jsonLiteral(v: unknown): ES.Expression {
  if (v === null || typeof v === "boolean") return lit(v);
  if (typeof v === "number") return num(v);
  if (typeof v === "string") return str(v);
  if (Array.isArray(v)) {
    // Arrays of atoms (span tables: thousands of entries) are one node holding the text astring
    // would write for them, instead of a node per element.
    const text = atomArrayText(v);
    return text !== undefined ? { type: "Literal", value: null, raw: text } : arr(v.map(jsonLiteral));
  }
  return {
    type: "ObjectExpression",
    properties: Object.entries(v as object).map(([k, x]) => ({
      type: "Property",
      key: str(k),
      value: jsonLiteral(x),
      kind: "init",
      method: false,
      shorthand: false,
      computed: false,
    })),
  };
}

/** How astring writes an array of (arrays of) atoms; undefined when it holds an object. */
function atomArrayText(v: readonly unknown[]): string | undefined {
  let text = "[";
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    let t: string | undefined;
    if (typeof x === "number") t = x < 0 || Object.is(x, -0) ? "-" + String(-x) : String(x);
    else if (typeof x === "string") t = stringRaw(x);
    else if (x === null || typeof x === "boolean") t = String(x);
    else if (Array.isArray(x)) t = atomArrayText(x);
    if (t === undefined) return undefined;
    text += i === 0 ? t : ", " + t;
  }
  return text + "]";
}

/** `out.push(...stmts)` without spreading: a spread of a very long array overflows the stack. */
export function appendAll(out: ES.Statement[], stmts: readonly ES.Statement[]): void {
  for (let i = 0; i < stmts.length; i++) out.push(stmts[i]!);
}
