/**
 * Emitted code calls the runtime as `$r.add2(…)`. Reading a property of the runtime namespace at
 * every operation costs little on a native ES module, but a lot when a CommonJS or test loader
 * turns the namespace's properties into getters; so every `$r.X` becomes a module constant read
 * once (`const $r_X = $r.X`). Lisp names cannot collide: munging escapes every `$` in them.
 */
import type * as ES from "estree";
import type { ModuleCtx } from "./context.js";
import * as B from "./estree.js";

type Located = ES.Node & { lisp?: string };

function isRuntimeRef(n: unknown): n is ES.MemberExpression {
  const m = n as ES.MemberExpression;
  return m?.type === "MemberExpression" && !m.computed && m.object.type === "Identifier" && m.object.name === "$r" && m.property.type === "Identifier";
}

/** Rewrite `$r.X` in `roots` in place; the declarations binding each X, to put first. */
export function bindRuntime(roots: readonly ES.Node[], mod: ModuleCtx): ES.Statement[] {
  const names = new Map<string, string>();
  const local = (prop: string): string => {
    let js = names.get(prop);
    if (js === undefined) names.set(prop, (js = mod.alloc("$r_" + prop)));
    return js;
  };
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const rec = node as Record<string, unknown>;
    for (const key of Object.keys(rec)) {
      if (key === "loc") continue;
      const child = rec[key];
      if (Array.isArray(child)) {
        child.forEach((c, i) => (isRuntimeRef(c) ? (child[i] = replacement(c)) : visit(c)));
      } else if (isRuntimeRef(child)) rec[key] = replacement(child);
      else if (child !== null && typeof child === "object") visit(child);
    }
  };
  const replacement = (m: ES.MemberExpression): ES.Identifier => {
    const x = B.id(local((m.property as ES.Identifier).name)) as ES.Identifier & Located;
    if (m.loc) x.loc = m.loc;
    if ((m as Located).lisp !== undefined) x.lisp = (m as Located).lisp;
    return x;
  };
  for (const r of roots) visit(r);
  return [...names].map(([prop, js]) => B.decl("const", js, B.member(B.id("$r"), prop)));
}
