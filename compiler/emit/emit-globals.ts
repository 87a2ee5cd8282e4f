/**
 * Global names in emitted code. In a program, a name the program defines or assigns is a local
 * of the run function (no Lisp global survives a tick); a native it never defines is a module
 * constant; a stdlib function, a host intrinsic or any other name is read once per tick from the
 * tick's environment `$P`, and a name found there raises the positioned unbound-symbol error
 * when reached. A definition of a name the
 * stdlib itself refers to is mirrored into `$P` (a per-tick stdlib instance) so the stdlib sees
 * it, as late binding requires. In library mode (the stdlib itself) every global goes through `$P`.
 */
import type * as ES from "estree";
import type { GlobalRef, Pos } from "../../runtime/ir/nodes.js";
import type { FnCtx, GlobalBinding, ModuleCtx } from "./context.js";
import * as B from "./estree.js";

const U = B.id("$U");

export const globalBinding = (name: string, cx: FnCtx): GlobalBinding => globalBindingIn(name, cx.mod);

/** How the module reaches global `name` (classified before lowering: emit-module.ts). */
export function globalBindingIn(name: string, mod: ModuleCtx): GlobalBinding {
  const b = mod.globals.get(name);
  if (b !== undefined) return b;
  if (mod.mode === "library") return { kind: "env" };
  throw new Error(`global ${name} was not classified`);
}

/** Whether global `name` is the native of that name in this module. */
export const isNativeIn = (name: string, mod: ModuleCtx): boolean => globalBindingIn(name, mod).kind === "native";

/**
 * Code that may raise an error with its own position (`$r.unbound`, `$r.g`…): its function
 * gets the catch that tells such an error from one coming out of a call (runtime/errors/frames.ts).
 */
export function raises(cx: FnCtx): void {
  cx.fn.usesP = true;
}

const envSlot = (name: string, cx: FnCtx): ES.MemberExpression => B.index(cx.mod.env(), B.str(name));

export function readGlobal(ref: GlobalRef, cx: FnCtx): ES.Expression {
  const { name, s } = ref;
  const b = globalBinding(name, cx);
  switch (b.kind) {
    case "local": {
      const v = B.at(B.id(b.js), s, name);
      if (b.initial !== "env" || cx.mod.plan.boundAt(ref)) return v;
      raises(cx);
      return B.cond(B.binary("!==", B.id(b.js), U), v, cx.mod.rt("unbound", [B.str(name), cx.mod.span(s)]));
    }
    case "native":
      return B.at(cx.mod.native(name), s, name);
    case "stdlib":
      return B.at(B.id(b.js), s, name);
    case "dynamic":
      raises(cx);
      return B.cond(B.binary("!==", B.id(b.js), B.id("undefined")), B.at(B.id(b.js), s, name), B.at(cx.mod.rt("unbound", [B.str(name), cx.mod.span(s)]), s));
    case "env":
      raises(cx);
      return B.at(cx.mod.rt("g", [cx.mod.env(), B.str(name), cx.mod.span(s)]), s, name);
  }
}

/** `define` (always succeeds; `set` null) or `set!` of reference `set` (the name must already be bound) of a global. */
export function writeGlobal(name: string, v: ES.Expression, s: Pos, cx: FnCtx, out: ES.Statement[], set: GlobalRef | null): void {
  const how = set === null ? "define" : "set";
  const b = globalBinding(name, cx);
  if (b.kind === "env") {
    if (how === "set") raises(cx);
    const write: ES.Expression =
      how === "define" ? B.assign(envSlot(name, cx), v) : cx.mod.rt("gset", [cx.mod.env(), B.str(name), v, cx.mod.span(s)]);
    out.push(B.stmt(B.at(write, s, name)));
    return;
  }
  if (b.kind !== "local") throw new Error(`global ${name} is written but was not classified as program-defined`);
  const writes: ES.Statement[] = [B.stmt(B.at(B.assign(b.js, v), s, name))];
  if (b.mirror) writes.push(B.stmt(B.assign(envSlot(name, cx), B.id(b.js))));
  if (set !== null && b.initial === "env" && !cx.mod.plan.boundAt(set)) {
    raises(cx);
    out.push(B.ifs(B.binary("===", B.id(b.js), U), [B.stmt(cx.mod.rt("unbound", [B.str(name), cx.mod.span(s)]))], null));
  }
  out.push(...writes);
}
