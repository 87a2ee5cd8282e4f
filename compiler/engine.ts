/**
 * Running a whole program once, as `vigyc eval` and the test tables do: compile it, evaluate it
 * in a fresh environment with stdout captured, and classify the outcome like the conformance
 * corpus (OK, THROW, ERR, READERR).
 */
import { asLispError, type LispError } from "../runtime/errors/lisp-error.js";
import { withOutput } from "../runtime/io/output.js";
import { Session } from "../runtime/interp/session.js";
import type { Value } from "../runtime/values/types.js";
import { compileToIR } from "./frontend/compile-ir.js";

export type EngineName = "interp" | "compiled";

export type Outcome =
  | { readonly status: "OK" | "THROW"; readonly value: Value; readonly stdout: string }
  | { readonly status: "ERR" | "READERR"; readonly error: LispError; readonly stdout: string };

export function runOnce(source: string, file: string, engine: EngineName = "interp"): Outcome {
  if (engine !== "interp") throw new Error("the compiled engine is not available yet; use --engine interp");
  const { program, readerError } = compileToIR(source, file);
  let stdout = "";
  const session = new Session();
  try {
    const value = withOutput((s) => (stdout += s), () => session.run(program));
    return { status: "OK", value, stdout };
  } catch (e) {
    const err = asLispError(e);
    if (err === undefined) throw e;
    if (err.detail.kind === "user") return { status: "THROW", value: err.detail.value, stdout };
    return { status: readerError ? "READERR" : "ERR", error: err, stdout };
  }
}
