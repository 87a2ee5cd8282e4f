/**
 * The IR visitor (runtime/ir/visit.ts): one description of every node kind's children, with
 * a compile-time exhaustiveness check. The `@ts-expect-error` lines are the type-level test:
 * `npm run typecheck` fails if a table missing a kind ever compiles (the directive would then
 * be unused), so adding a node kind fails wherever it is not handled.
 */
import { describe, expect, it } from "vitest";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import type { Expr, Program } from "../../runtime/ir/nodes.js";
import { CHILDREN, forEachChild, KINDS, mapChildren, someChild, tailChildren, unhandled, type Kind, type KindHandlers, type KindTable } from "../../runtime/ir/visit.js";

const s = [1, 1, 0, 1] as const;
const lit = (v: number): Expr => ({ t: "lit", v, s });

describe("exhaustiveness is checked at compile time", () => {
  it("a kind table must name every kind", () => {
    const full: KindTable<number> = Object.fromEntries(KINDS.map((k) => [k, 1])) as KindTable<number>;
    const { fail: _dropped, ...rest } = full;
    // @ts-expect-error: "fail" is missing
    const missing: KindTable<number> = rest;
    expect(Object.keys(missing)).not.toContain("fail");
  });

  it("a handler table must handle every kind, each with its own node type", () => {
    const handlers = Object.fromEntries(KINDS.map((k) => [k, () => k])) as unknown as KindHandlers<Kind>;
    const { call: _c, ...withoutCall } = handlers;
    // @ts-expect-error: "call" is missing
    const missing: KindHandlers<Kind> = withoutCall;
    // @ts-expect-error: the "if" handler is given an if node, which has no `args`
    const wrongNode: KindHandlers<number>["if"] = (e) => e.args.length;
    // and/or share one member of the node type: each kind still gets it (not `never`).
    const andArgs: KindHandlers<number>["and"] = (e) => e.args.length;
    expect(andArgs({ t: "and", args: [lit(1)], s })).toBe(1);
    expect(missing.if(lit(1) as never)).toBe("if");
    expect(typeof wrongNode).toBe("function");
  });

  it("a switch ending in unhandled() must cover every kind", () => {
    const name = (e: Expr): string => {
      switch (e.t) {
        case "lit":
          return "lit";
        default:
          // @ts-expect-error: every kind but "lit" reaches here
          return unhandled(e);
      }
    };
    expect(name(lit(1))).toBe("lit");
    expect(() => unhandled({ t: "bogus" } as never)).toThrow(/unhandled IR node kind "bogus"/);
  });

  it("CHILDREN describes exactly the node kinds", () => {
    expect([...KINDS].sort()).toEqual(
      ["lit", "qq", "local", "global", "dyn", "set", "defl", "defg", "defx", "if", "seq", "and", "or", "not", "let", "lambda", "call", "try", "delay", "eval", "macroexpand", "require", "emit", "fail"].sort(),
    );
    expect(Object.keys(CHILDREN)).toEqual(KINDS);
  });
});

/** Every Expr reachable through the visitor, depth first in evaluation order. */
function walk(p: Program): Expr[] {
  const out: Expr[] = [];
  const visit = (e: Expr): void => {
    out.push(e);
    forEachChild(e, visit);
  };
  for (const f of p.forms) if (f.t !== "defmacro") visit(f);
  return out;
}

/** Every object of the IR's JSON that sits where an expression goes (not variable references in `ref`/`fb`). */
function everyNode(p: Program): number {
  let n = 0;
  const visit = (v: unknown, key: string): void => {
    if (Array.isArray(v)) return v.forEach((x) => visit(x, key));
    if (v === null || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (key === "ref" || key === "fb" || key === "v" || key === "error" || key === "scope") return;
    if (typeof o.t === "string" && (KINDS as readonly string[]).includes(o.t)) n++;
    for (const [k, x] of Object.entries(o)) visit(x, k);
  };
  p.forms.forEach((f) => f.t !== "defmacro" && visit(f, "forms"));
  return n;
}

const PROGRAM = `
(defmacro loud (x) (display "expanding") x)
(define g 1)
(define (f a &rest r)
  (define inner (lambda (y) (set! a y) (not y)))
  (let ((b (+ a 1))) (let* ((c b)) (letrec ((d c)) \`(,a ,@r ,(if (and a b) (or c d) g))))))
(try (f 1 2) (catch (e) e))
(delay (f 2))
(macroexpand '(loud 1))
(eval '(+ 1 2))
(loud 3)
(define (h) (eval '(define z 1)) z)
(require "m")
(let)`;

describe("the walks", () => {
  const { program } = compileToIR(PROGRAM, "t.lisp");

  it("reach every node of a program, each once, and every kind a program can have", () => {
    const nodes = walk(program);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(nodes.length).toBe(everyNode(program));
    // defx only comes out of eval at run time.
    expect(new Set(nodes.map((e) => e.t))).toEqual(new Set(KINDS.filter((k) => k !== "defx")));
  });

  it("visit children in evaluation order, saying which run in the frame the node creates", () => {
    const node: Expr = {
      t: "let",
      kind: "let*",
      scope: { names: ["x"], firstDefine: 1, dyn: false },
      slots: [0],
      inits: [lit(1)],
      body: [lit(2), lit(3)],
      s,
    };
    const seen: [unknown, boolean][] = [];
    forEachChild(node, (c, inner) => seen.push([(c as { v: unknown }).v, inner]));
    expect(seen).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    const plain: [unknown, boolean][] = [];
    forEachChild({ ...node, kind: "let" }, (c, inner) => plain.push([(c as { v: unknown }).v, inner]));
    expect(plain[0]).toEqual([1, false]);
    const call: Expr = { t: "call", fn: { t: "global", name: "f", s }, args: [lit(1), lit(2)], tail: false, s };
    expect(someChild(call, (c) => c.t === "global")).toBe(true);
    expect(someChild(call, (c) => c.t === "if")).toBe(false);
  });

  it("tail children: an if's branches, the last form of a body, and/or's last operand; none of a try", () => {
    const [a, b, c] = [lit(1), lit(2), lit(3)];
    expect(tailChildren({ t: "if", test: a, then: b, else: c, s })).toEqual([b, c]);
    expect(tailChildren({ t: "if", test: a, then: b, else: null, s })).toEqual([b]);
    expect(tailChildren({ t: "seq", body: [a, b, c], s })).toEqual([c]);
    expect(tailChildren({ t: "or", args: [a, b], s })).toEqual([b]);
    expect(tailChildren({ t: "try", body: [a], scope: { names: ["e"], firstDefine: 1, dyn: false }, handler: [b], s })).toEqual([]);
    expect(tailChildren({ t: "call", fn: a, args: [b], tail: true, s })).toEqual([]);
  });

  it("map children: the same node when nothing changes, a copy with the new children otherwise", () => {
    for (const e of walk(program)) expect(mapChildren(e, (c) => c)).toBe(e);
    const bump = (e: Expr): Expr => (e.t === "lit" && typeof e.v === "number" ? lit(e.v + 1) : mapChildren(e, bump));
    const qq = walk(program).find((e) => e.t === "defg" && e.name === "f")!;
    const bumped = bump(qq);
    expect(bumped).not.toBe(qq);
    const before = walk({ ...program, forms: [qq] }).filter((e) => e.t === "lit");
    const after = walk({ ...program, forms: [bumped] }).filter((e) => e.t === "lit");
    expect(after.map((e) => (e as { v: unknown }).v)).toEqual(before.map((e) => (typeof (e as { v: unknown }).v === "number" ? ((e as { v: number }).v + 1) : (e as { v: unknown }).v)));
  });
});
