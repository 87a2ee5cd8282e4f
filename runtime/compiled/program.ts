/**
 * What a compiled module exports: a program object with its file name and a tick function that
 * runs every top-level form afresh (no Lisp global survives a tick) and returns the last value.
 */
import type { Program } from "../ir/nodes.js";
import { Session } from "../interp/session.js";
import type { Value } from "../values/types.js";

export interface CompiledProgram {
  readonly file: string;
  /** How the module runs: compiled JS, or the embedded IR on the interpreter (reflective programs). */
  readonly engine: "compiled" | "interp";
  tick(): Value;
}

export const program = (file: string, tick: () => Value): CompiledProgram => ({ file, engine: "compiled", tick });

/**
 * A program that uses eval or macroexpand needs the macro table and environments at run time,
 * so its module embeds the IR and runs it on the interpreter, in a fresh session per tick.
 */
export function interpreted(ir: Program): CompiledProgram {
  return { file: ir.file, engine: "interp", tick: () => new Session().run(ir) };
}

