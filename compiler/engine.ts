/**
 * Running a whole program once, as `vigyc eval` and the test tables do: compile it, evaluate it
 * in a fresh environment with stdout captured, and classify the outcome like the conformance
 * corpus (OK, THROW, ERR, READERR). Both engines start from the same IR; `compiled` emits it as
 * JS (the in-process function shape), `interp` walks it; either way the result is a program
 * object that `evaluate`/`tick`/`runTick` run against a host.
 */
import * as rt from "../runtime/compiled/index.js";
import type { CompiledProgram } from "../runtime/compiled/program.js";
import { asLispError, type LispError } from "../runtime/errors/lisp-error.js";
import { withOutput } from "../runtime/io/output.js";
import { interpreted } from "../runtime/compiled/interpreted.js";
import * as $i from "../runtime/compiled/interpreted.js";
import * as $b from "../runtime/compiled/natives.js";
import * as $f from "../runtime/compiled/stdlib.js";
import * as $l from "../runtime/compiled/stdlib-late.js";
import { evaluate } from "../runtime/vigy/evaluate.js";
import { VigyHost } from "../runtime/vigy/host.js";
import type { Program } from "../runtime/ir/nodes.js";
import type { Value } from "../runtime/values/types.js";
import { emitProgram } from "./emit/compile.js";
import { compileToIR } from "./frontend/compile-ir.js";

export type EngineName = "interp" | "compiled";

export type Outcome =
  | { readonly status: "OK" | "THROW"; readonly value: Value; readonly stdout: string }
  | { readonly status: "ERR" | "READERR"; readonly error: LispError; readonly stdout: string };

/** What emitted code imports as `$r`: the runtime's helpers, or a variant of them (tests swap parts). */
export type CompiledRuntime = typeof rt;

/** Load emitted code (function shape) in this process. */
export function loadCompiled(code: string, runtime: CompiledRuntime = rt): CompiledProgram {
  // The function shape reads each runtime part from a parameter named as the module's namespace.
  return new Function("$r", "$b", "$f", "$l", "$i", code)(runtime, $b, $f, $l, $i) as CompiledProgram;
}

/** The IR as a runnable program on the chosen engine. */
export function instantiate(program: Program, source: string, engine: EngineName, runtime: CompiledRuntime = rt): CompiledProgram {
  if (engine === "interp") return interpreted(program);
  return loadCompiled(emitProgram(program, source, { shape: "function", sourcemap: "none" }).code, runtime);
}

export function runOnce(source: string, file: string, engine: EngineName = "compiled", runtime: CompiledRuntime = rt): Outcome {
  const { program, readerError } = compileToIR(source, file, { checkNames: false });
  return runProgram(program, source, engine, readerError !== undefined, runtime);
}

/** runOnce of a program already compiled to IR (`unreadable`: its source could not be read). */
export function runProgram(program: Program, source: string, engine: EngineName, unreadable: boolean, runtime: CompiledRuntime = rt): Outcome {
  const prog = instantiate(program, source, engine, runtime);
  let stdout = "";
  try {
    // A default host: vigy intrinsics work, and what they write is dropped.
    const value = withOutput((s) => (stdout += s), () => evaluate(prog, new VigyHost()));
    return { status: "OK", value, stdout };
  } catch (e) {
    const err = asLispError(e);
    if (err === undefined) throw e;
    if (err.detail.kind === "user") return { status: "THROW", value: err.detail.value, stdout };
    return { status: unreadable ? "READERR" : "ERR", error: err, stdout };
  }
}
