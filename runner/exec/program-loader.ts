/**
 * Program versions in a worker: the supervisor's compiled code, instantiated once per digest.
 * The code is the emitter's function shape (a function body taking the runtime as `$r`, the
 * same `loadCompiled` in compiler/engine.ts runs); instantiating it here needs the runtime only,
 * so a worker starts without loading the compiler.
 */
import * as rt from "../../runtime/compiled/index.js";
import type { CompiledProgram } from "../../runtime/compiled/program.js";
import type { ProgramMsg } from "./protocol.js";

export interface LoadedProgram {
  readonly digest: string;
  readonly program: CompiledProgram;
  readonly gensymBase: number;
}

export function loadProgram(msg: ProgramMsg): LoadedProgram {
  return { digest: msg.digest, program: new Function("$r", msg.code)(rt) as CompiledProgram, gensymBase: msg.gensymBase };
}
