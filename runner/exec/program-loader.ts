/**
 * Program versions in a worker: the supervisor's compiled code (the emitter's function shape),
 * instantiated once per digest by `loadCompiled`, which knows the runtime parts the code reads.
 */
import { loadCompiled } from "../../compiler/engine.js";
import type { CompiledProgram } from "../../runtime/compiled/program.js";
import type { ProgramMsg } from "./protocol.js";

export interface LoadedProgram {
  readonly digest: string;
  readonly program: CompiledProgram;
  readonly gensymBase: number;
}

export function loadProgram(msg: ProgramMsg): LoadedProgram {
  return { digest: msg.digest, program: loadCompiled(msg.code), gensymBase: msg.gensymBase };
}
