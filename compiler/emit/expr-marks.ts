/**
 * What the emitter knows about JS expressions it built: which always evaluate to a JS boolean
 * (no truthiness test needed) and which are stable (literals, temporaries, module constants:
 * their value cannot change between evaluation and use, so they need no temporary).
 */
import type * as ES from "estree";
import { rt } from "./estree.js";

const booleans = new WeakSet<ES.Expression>();
const constants = new WeakSet<ES.Expression>();

export const markBool = <T extends ES.Expression>(e: T): T => (booleans.add(e), e);
export const isBool = (e: ES.Expression): boolean => booleans.has(e);
/** A value as a JS condition: itself when it is a boolean, else its Lisp truthiness. */
export const truthTest = (e: ES.Expression): ES.Expression => (isBool(e) ? e : rt("truthy", [e]));

export const markConst = <T extends ES.Expression>(e: T): T => (constants.add(e), e);
export const isStable = (e: ES.Expression): boolean =>
  e.type === "Literal" || constants.has(e) || (e.type === "UnaryExpression" && e.argument.type === "Literal");
