/**
 * The one description of where IR nodes hold other nodes (runtime/ir/nodes.ts), and the walks
 * built on it: `forEachChild`, `someChild`, `mapChildren`. Every pass that descends the IR (the
 * validator, the emitter's facts and scans, the analyzer's name checks) takes its children from
 * here, so a node kind added to `Expr` fails to compile until `CHILDREN` says where its children
 * are; a pass that decides per kind uses a `KindTable` (every kind, or it does not compile).
 *
 * `CHILDREN` lists each kind's child fields in evaluation order, with the frame each runs in:
 * `same` (the node's own frame), `inner` (the frame the node creates: a lambda's body, a let's
 * body, a catch handler), or `inits` (a let's inits: `same` for let, `inner` for let* and letrec).
 * Variable references (`ref` of set!, `fb` fallbacks) are not children: they are not evaluated
 * as expressions.
 */
import type { Expr, QQ } from "./nodes.js";

/** The node kinds. */
export type Kind = Expr["t"];
/** The members of `E` whose kind field admits `K` (`and` and `or` share one member). */
type Member<E, K> = E extends { readonly t: infer T } ? (K extends T ? E : never) : never;
/** The node of one kind. */
export type NodeOf<K extends Kind> = Member<Expr, K>;

/** Where a child field runs (see the header). */
export type Scoping = "same" | "inner" | "inits";

/**
 * What a child field holds: one node, a node or null, an array of nodes (`exprs+`: at least
 * one), a quasiquote template (its unquoted and spliced nodes), a lambda.
 */
export type Shape = "expr" | "expr?" | "exprs" | "exprs+" | "qq" | "lambda";

export interface ChildField<K extends Kind> {
  readonly field: keyof NodeOf<K> & string;
  readonly shape: Shape;
  readonly scoping: Scoping;
}

/** One entry per node kind: the compiler rejects a table that misses one. */
export type KindTable<T> = { readonly [K in Kind]: T };
/** One handler per node kind, each given its own node type. */
export type KindHandlers<R, A extends unknown[] = []> = { readonly [K in Kind]: (e: NodeOf<K>, ...args: A) => R };

const f = <K extends Kind>(field: keyof NodeOf<K> & string, shape: Shape, scoping: Scoping = "same"): ChildField<K> => ({ field, shape, scoping });

export const CHILDREN: { readonly [K in Kind]: readonly ChildField<K>[] } = {
  lit: [],
  qq: [f<"qq">("tpl", "qq")],
  local: [],
  global: [],
  dyn: [],
  set: [f<"set">("value", "expr")],
  defl: [f<"defl">("value", "expr")],
  defg: [f<"defg">("value", "expr")],
  defx: [f<"defx">("value", "expr")],
  if: [f<"if">("test", "expr"), f<"if">("then", "expr"), f<"if">("else", "expr?")],
  seq: [f<"seq">("body", "exprs+")],
  and: [f<"and">("args", "exprs+")],
  or: [f<"or">("args", "exprs+")],
  not: [f<"not">("arg", "expr")],
  let: [f<"let">("inits", "exprs", "inits"), f<"let">("body", "exprs+", "inner")],
  lambda: [f<"lambda">("body", "exprs+", "inner")],
  call: [f<"call">("fn", "expr"), f<"call">("args", "exprs")],
  try: [f<"try">("body", "exprs+"), f<"try">("handler", "exprs+", "inner")],
  delay: [f<"delay">("thunk", "lambda")],
  eval: [f<"eval">("arg", "expr")],
  macroexpand: [f<"macroexpand">("arg", "expr")],
  require: [],
  emit: [],
  fail: [],
};

/** The kinds, in the order `CHILDREN` lists them. */
export const KINDS = Object.keys(CHILDREN) as readonly Kind[];

/** Whether a child field of `e` runs in the frame `e` creates. */
export const runsInner = (e: Expr, scoping: Scoping): boolean => scoping === "inner" || (scoping === "inits" && e.t === "let" && e.kind !== "let");

/** The nodes a quasiquote template evaluates, in order. */
export function forEachInTemplate(t: QQ, visit: (e: Expr) => void): void {
  if (t.q === "unquote") visit(t.e);
  else if (t.q === "list") for (const i of t.items) i.q === "splice" ? visit(i.e) : forEachInTemplate(i, visit);
}

/**
 * Each child of `e` in evaluation order, with whether it runs in the frame `e` creates. A
 * nested lambda (a `lambda` child, a `delay`'s thunk) is a child like any other: passes that
 * stay within one function skip it themselves.
 */
export function forEachChild(e: Expr, visit: (child: Expr, inner: boolean) => void): void {
  const node = e as unknown as Record<string, unknown>;
  for (const c of CHILDREN[e.t] as readonly ChildField<Kind>[]) {
    const inner = runsInner(e, c.scoping);
    const v = node[c.field];
    switch (c.shape) {
      case "expr":
      case "lambda":
        visit(v as Expr, inner);
        break;
      case "expr?":
        if (v !== null) visit(v as Expr, inner);
        break;
      case "exprs":
      case "exprs+":
        for (const x of v as readonly Expr[]) visit(x, inner);
        break;
      case "qq":
        forEachInTemplate(v as QQ, (x) => visit(x, inner));
        break;
    }
  }
}

/** Whether some child of `e` satisfies `test` (stopping at the first that does). */
export function someChild(e: Expr, test: (child: Expr) => boolean): boolean {
  let found = false;
  forEachChild(e, (c) => {
    if (!found && test(c)) found = true;
  });
  return found;
}

function mapTemplate(t: QQ, map: (e: Expr) => Expr): QQ {
  switch (t.q) {
    case "datum":
      return t;
    case "unquote": {
      const e = map(t.e);
      return e === t.e ? t : { q: "unquote", e };
    }
    case "list": {
      let changed = false;
      const items = t.items.map((i) => {
        let n: typeof i;
        if (i.q === "splice") {
          const e = map(i.e);
          n = e === i.e ? i : { ...i, e };
        } else n = mapTemplate(i, map);
        if (n !== i) changed = true;
        return n;
      });
      return changed ? { q: "list", items } : t;
    }
  }
}

/**
 * `e` with each child replaced by `map(child)`: the same node when nothing changed, else a
 * shallow copy (the IR is immutable; untouched subtrees are shared). `map` must return a lambda
 * for a `lambda` child.
 */
export function mapChildren<E extends Expr>(e: E, map: (child: Expr) => Expr): E {
  const node = e as unknown as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const c of CHILDREN[e.t] as readonly ChildField<Kind>[]) {
    const v = node[c.field];
    let n: unknown;
    switch (c.shape) {
      case "expr":
      case "lambda":
        n = map(v as Expr);
        break;
      case "expr?":
        n = v === null ? null : map(v as Expr);
        break;
      case "exprs":
      case "exprs+": {
        const xs = v as readonly Expr[];
        const ys = xs.map(map);
        n = ys.some((y, i) => y !== xs[i]) ? ys : xs;
        break;
      }
      case "qq":
        n = mapTemplate(v as QQ, map);
        break;
    }
    if (n !== v) (copy ??= { ...node })[c.field] = n;
  }
  return (copy ?? e) as E;
}

const none = (): readonly Expr[] => [];
const last = (es: readonly Expr[]): readonly Expr[] => (es.length === 0 ? [] : [es[es.length - 1]!]);

/**
 * The children of each kind that are in the node's tail position (their value is the node's,
 * with nothing left to do after them: a call there is a tail call when the node is in tail
 * position). A catch's body and handler are not (the try is still running).
 */
const TAIL_CHILDREN: { readonly [K in Kind]: (e: NodeOf<K>) => readonly Expr[] } = {
  if: (e) => (e.else === null ? [e.then] : [e.then, e.else]),
  seq: (e) => last(e.body),
  let: (e) => last(e.body),
  and: (e) => last(e.args),
  or: (e) => last(e.args),
  lit: none,
  qq: none,
  local: none,
  global: none,
  dyn: none,
  set: none,
  defl: none,
  defg: none,
  defx: none,
  not: none,
  lambda: none,
  call: none,
  try: none,
  delay: none,
  eval: none,
  macroexpand: none,
  require: none,
  emit: none,
  fail: none,
};

/** The children of `e` in its tail position (see TAIL_CHILDREN). */
export const tailChildren = (e: Expr): readonly Expr[] => (TAIL_CHILDREN[e.t] as (e: Expr) => readonly Expr[])(e);

/** Calls the handler of `e`'s kind. */
export const dispatch = <R, A extends unknown[]>(handlers: KindHandlers<R, A>, e: Expr, ...args: A): R =>
  (handlers[e.t] as (e: Expr, ...args: A) => R)(e, ...args);

/** For a switch over kinds that must be exhaustive: `default: return unhandled(e)` fails to compile if a kind is missing. */
export function unhandled(e: never): never {
  throw new Error(`unhandled IR node kind ${JSON.stringify((e as { t?: unknown }).t)}`);
}
