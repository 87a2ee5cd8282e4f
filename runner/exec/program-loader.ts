/**
 * Program versions in a worker: the supervisor's compiled code (the emitter's function shape),
 * instantiated once per digest by `loadCompiled`, which knows the runtime parts the code reads;
 * and the report of a failed tick's error, from the program's IR, parsed on its first failure.
 */
import { loadCompiled } from "../../compiler/engine.js";
import { tickReporter } from "../../compiler/diagnostics/error-report.js";
import type { CompiledProgram } from "../../runtime/compiled/program.js";
import type { LispError } from "../../runtime/errors/lisp-error.js";
import type { Program } from "../../runtime/ir/nodes.js";
import type { ProgramMsg } from "./protocol.js";

export interface LoadedProgram {
  readonly digest: string;
  readonly program: CompiledProgram;
  readonly gensymBase: number;
  /** A failed tick's report (the executor writes it once the tick is over); none without the IR. */
  readonly report?: (err: LispError) => string | undefined;
}

export function loadProgram(msg: ProgramMsg): LoadedProgram {
  const { ir, source } = msg;
  let reporter: ((err: LispError) => string | undefined) | undefined;
  const report = ir === null ? undefined : (err: LispError) => (reporter ??= tickReporter({ program: JSON.parse(ir) as Program, source }))(err);
  return { digest: msg.digest, program: loadCompiled(msg.code), gensymBase: msg.gensymBase, report };
}
