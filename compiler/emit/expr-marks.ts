/**
 * What the emitter knows about JS expressions it built: which always evaluate to a JS boolean
 * (no truthiness test needed) and which are stable (literals, temporaries, module constants:
 * their value cannot change between evaluation and use, so they need no temporary). Kept on
 * the node itself (the printer ignores fields it does not know), so nothing outlives a
 * compilation and no state is shared between compilations.
 */
import type * as ES from "estree";
import type { ModuleCtx } from "./context.js";

interface Marks {
  vigyBool?: true;
  vigyConst?: true;
}

export const markBool = <T extends ES.Expression>(e: T): T => (((e as Marks).vigyBool = true), e);
export const isBool = (e: ES.Expression): boolean => (e as Marks).vigyBool === true;
/** A value as a JS condition: itself when it is a boolean, else its Lisp truthiness. */
export const truthTest = (e: ES.Expression, mod: ModuleCtx): ES.Expression => (isBool(e) ? e : mod.rt("truthy", [e]));

export const markConst = <T extends ES.Expression>(e: T): T => (((e as Marks).vigyConst = true), e);
export const isStable = (e: ES.Expression): boolean =>
  e.type === "Literal" || (e as Marks).vigyConst === true || (e.type === "UnaryExpression" && e.argument.type === "Literal");
