/**
 * The free identifiers of a JS program: names it reads without declaring them, which resolve to
 * globals. A scope walk over acorn's ESTree, enough for what the emitter writes (functions,
 * blocks, let/const/var, loops, catch, imports); labels, property names and member properties
 * are not references.
 */
import * as acorn from "acorn";

type Node = acorn.Node & Record<string, unknown>;

class Scope {
  readonly names = new Set<string>();
  constructor(readonly parent: Scope | null) {}
  has(name: string): boolean {
    for (let s: Scope | null = this; s !== null; s = s.parent) if (s.names.has(name)) return true;
    return false;
  }
}

/** A binding pattern's parts: each name it binds, and each default value in it (an expression). */
function walkPattern(p: Node | null | undefined, name: (n: string) => void, value: (e: Node) => void): void {
  if (!p) return;
  switch (p.type) {
    case "Identifier":
      return name(p.name as string);
    case "AssignmentPattern":
      value(p.right as Node);
      return walkPattern(p.left as Node, name, value);
    case "RestElement":
      return walkPattern(p.argument as Node, name, value);
    case "ArrayPattern":
      for (const e of p.elements as (Node | null)[]) walkPattern(e, name, value);
      return;
    case "ObjectPattern":
      for (const prop of p.properties as Node[]) {
        if (prop.type !== "RestElement" && prop.computed) value(prop.key as Node);
        walkPattern((prop.type === "RestElement" ? prop.argument : prop.value) as Node, name, value);
      }
      return;
    default:
      value(p); // a member expression as an assignment target
  }
}

/** Names a binding pattern declares. */
const patternNames = (p: Node | null | undefined, out: Set<string>): void => walkPattern(p, (n) => out.add(n), () => {});

/** `var` declarations of a function body, not looking into nested functions. */
function hoistVars(node: Node | null | undefined, out: Set<string>): void {
  if (!node || typeof node !== "object") return;
  if (node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression") return;
  if (node.type === "VariableDeclaration" && node.kind === "var") for (const d of node.declarations as Node[]) patternNames(d.id as Node, out);
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) for (const c of v) hoistVars(c as Node, out);
    else if (v && typeof v === "object" && typeof (v as Node).type === "string") hoistVars(v as Node, out);
  }
}

/** Declarations a statement list makes in its own block (let, const, class, function). */
function blockDeclarations(body: Node[], out: Set<string>): void {
  for (const s of body) {
    const d = s.type === "ExportNamedDeclaration" || s.type === "ExportDefaultDeclaration" ? (s.declaration as Node | null) : s;
    if (!d) continue;
    if (d.type === "VariableDeclaration" && d.kind !== "var") for (const x of d.declarations as Node[]) patternNames(x.id as Node, out);
    if ((d.type === "FunctionDeclaration" || d.type === "ClassDeclaration") && d.id) out.add((d.id as Node).name as string);
    if (d.type === "ImportDeclaration") for (const sp of d.specifiers as Node[]) out.add((sp.local as Node).name as string);
  }
}

export function freeIdentifiers(program: acorn.Node): Set<string> {
  const free = new Set<string>();
  const visit = (node: Node | null | undefined, scope: Scope): void => {
    if (!node || typeof node !== "object") return;
    switch (node.type) {
      case "Identifier":
        if (!scope.has(node.name as string)) free.add(node.name as string);
        return;
      case "Program":
      case "BlockStatement":
      case "StaticBlock": {
        const inner = new Scope(scope);
        if (node.type === "Program") hoistVars(node, inner.names);
        blockDeclarations(node.body as Node[], inner.names);
        for (const s of node.body as Node[]) visit(s, inner);
        return;
      }
      case "FunctionDeclaration":
      case "FunctionExpression":
      case "ArrowFunctionExpression": {
        const inner = new Scope(scope);
        if (node.type === "FunctionExpression" && node.id) inner.names.add((node.id as Node).name as string);
        for (const p of node.params as Node[]) patternNames(p, inner.names);
        if (node.type !== "ArrowFunctionExpression") inner.names.add("arguments");
        hoistVars(node.body as Node, inner.names);
        for (const p of node.params as Node[]) visitPattern(p, inner);
        visit(node.body as Node, inner);
        return;
      }
      case "VariableDeclarator":
        visitPattern(node.id as Node, scope);
        visit(node.init as Node, scope);
        return;
      case "ForStatement":
      case "ForInStatement":
      case "ForOfStatement": {
        const inner = new Scope(scope);
        const init = (node.type === "ForStatement" ? node.init : node.left) as Node | null;
        if (init && init.type === "VariableDeclaration") for (const d of init.declarations as Node[]) patternNames(d.id as Node, inner.names);
        for (const key of ["init", "left", "right", "test", "update", "body"]) visit(node[key] as Node, inner);
        return;
      }
      case "CatchClause": {
        const inner = new Scope(scope);
        patternNames(node.param as Node, inner.names);
        visit(node.body as Node, inner);
        return;
      }
      case "MemberExpression":
        visit(node.object as Node, scope);
        if (node.computed) visit(node.property as Node, scope);
        return;
      case "Property":
      case "PropertyDefinition":
      case "MethodDefinition":
        if (node.computed) visit(node.key as Node, scope);
        visit(node.value as Node, scope);
        return;
      case "LabeledStatement":
        visit(node.body as Node, scope);
        return;
      case "BreakStatement":
      case "ContinueStatement":
        return;
      case "ImportDeclaration":
        return;
      case "ExportSpecifier":
        visit(node.local as Node, scope);
        return;
    }
    for (const key of Object.keys(node)) {
      if (key === "type" || key === "start" || key === "end" || key === "loc") continue;
      const v = node[key];
      if (Array.isArray(v)) for (const c of v) visit(c as Node, scope);
      else if (v && typeof v === "object" && typeof (v as Node).type === "string") visit(v as Node, scope);
    }
  };
  /** A pattern's declared names are bound; only default values (and computed keys) in it are read. */
  const visitPattern = (p: Node | null | undefined, scope: Scope): void => walkPattern(p, () => {}, (e) => visit(e, scope));
  visit(program as Node, new Scope(null));
  return free;
}
