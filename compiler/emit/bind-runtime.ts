/**
 * Emitted code calls the runtime through namespaces of its parts (runtime-parts.ts): `$r.add2(…)`,
 * `$b.car`, `$f.map`. Reading a property of a namespace at every operation costs little on a
 * native ES module, but a lot when a CommonJS or test loader turns the namespace's properties
 * into getters; so every `$r.X` becomes a module constant read once (`const $r_X = $r.X`), and
 * a bundler sees plain property reads of an import namespace, which it resolves (and
 * tree-shakes) statically. Lisp names cannot collide: munging escapes every `$` in them.
 */
import type * as ES from "estree";
import type { ModuleCtx } from "./context.js";
import * as B from "./estree.js";
import { PART_NAMES, type Part } from "./runtime-parts.js";

type Located = ES.Node & B.Located;

const PART_SET: ReadonlySet<string> = new Set(PART_NAMES);

function partRef(n: unknown): (ES.MemberExpression & { object: ES.Identifier; property: ES.Identifier }) | null {
  const m = n as ES.MemberExpression;
  if (m?.type !== "MemberExpression" || m.computed || m.object.type !== "Identifier" || !PART_SET.has(m.object.name) || m.property.type !== "Identifier") return null;
  return m as ES.MemberExpression & { object: ES.Identifier; property: ES.Identifier };
}

/**
 * The fields of each node type the emitter builds that may hold nodes, in the order its
 * builders create them (estree.ts), which is the order the bindings are declared in. Other
 * types fall back to all their fields. (Walking every field of every node with Object.keys
 * was a fifth of emitting a long program.)
 */
const CHILD_KEYS: Record<string, readonly string[]> = {
  Program: ["body"],
  ExportDefaultDeclaration: ["declaration"],
  VariableDeclaration: ["declarations"],
  VariableDeclarator: ["id", "init"],
  FunctionDeclaration: ["id", "params", "body"],
  FunctionExpression: ["id", "params", "body"],
  BlockStatement: ["body"],
  ExpressionStatement: ["expression"],
  ReturnStatement: ["argument"],
  IfStatement: ["test", "consequent", "alternate"],
  ForStatement: ["init", "test", "update", "body"],
  TryStatement: ["block", "handler", "finalizer"],
  CatchClause: ["param", "body"],
  ContinueStatement: [],
  ThrowStatement: ["argument"],
  BreakStatement: [],
  CallExpression: ["callee", "arguments"],
  NewExpression: ["callee", "arguments"],
  MemberExpression: ["object", "property"],
  ArrayExpression: ["elements"],
  ObjectExpression: ["properties"],
  Property: ["key", "value"],
  SequenceExpression: ["expressions"],
  ConditionalExpression: ["test", "consequent", "alternate"],
  BinaryExpression: ["left", "right"],
  LogicalExpression: ["left", "right"],
  AssignmentExpression: ["left", "right"],
  UnaryExpression: ["argument"],
  UpdateExpression: ["argument"],
  Identifier: [],
  Literal: [],
};

/** A module constant that already is one part's property (`const car$n = $b.car`): left as it is. */
const isPartBinding = (n: unknown): boolean => {
  const d = n as ES.VariableDeclarator;
  return d?.type === "VariableDeclarator" && partRef(d.init) !== null;
};

export interface Bound {
  /** The declarations binding each property read, to put first. */
  readonly decls: ES.Statement[];
  /** The parts the code reads from. */
  readonly parts: ReadonlySet<Part>;
}

/** Rewrite `$r.X` (and the other parts' properties) in `roots` in place. */
export function bindRuntime(roots: readonly ES.Node[], mod: ModuleCtx): Bound {
  const names = new Map<string, [Part, string, string]>();
  const parts = new Set<Part>();
  const local = (part: Part, prop: string): string => {
    const key = part + "." + prop;
    let entry = names.get(key);
    if (entry === undefined) names.set(key, (entry = [part, prop, mod.alloc(part + "_" + prop)]));
    return entry[2];
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object" || B.isDataLiteral(node)) return;
    if (isPartBinding(node)) return void parts.add((node as { init: { object: ES.Identifier } }).init.object.name as Part);
    const rec = node as Record<string, unknown>;
    for (const key of CHILD_KEYS[rec["type"] as string] ?? Object.keys(rec)) {
      const child = rec[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const ref = partRef(child[i]);
          if (ref !== null) child[i] = replacement(ref);
          else visit(child[i]);
        }
      } else if (child !== null && typeof child === "object") {
        const ref = partRef(child);
        if (ref !== null) rec[key] = replacement(ref);
        else visit(child);
      }
    }
  };
  const replacement = (m: ES.MemberExpression & { object: ES.Identifier; property: ES.Identifier }): ES.Identifier => {
    const part = m.object.name as Part;
    parts.add(part);
    const x = B.id(local(part, m.property.name)) as ES.Identifier & Located;
    if ((m as Located).pos !== undefined) x.pos = (m as Located).pos;
    if ((m as Located).lisp !== undefined) x.lisp = (m as Located).lisp;
    return x;
  };
  for (const r of roots) visit(r);
  const decls = [...names.values()].map(([part, prop, js]) => B.decl("const", js, B.member(B.id(part), prop)));
  return { decls, parts };
}
