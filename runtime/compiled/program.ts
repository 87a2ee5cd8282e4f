/**
 * What a compiled module exports: a program object whose `run` evaluates every top-level form
 * afresh (no Lisp global survives a tick) against the intrinsics of a tick and returns the last
 * value. `tick(program, host)` and the runner (runtime/vigy) accept it; so does anything that
 * only needs `run`.
 */
import type { Value } from "../values/types.js";
import type { IntrinsicTable } from "../vigy/extension.js";

export interface CompiledProgram {
  readonly file: string;
  /** How the module runs: compiled JS, or the embedded IR on the interpreter (reflective programs). */
  readonly engine: "compiled" | "interp";
  /** The source could not be read: every run raises the reader error (a `parse:` failure). */
  readonly unreadable: boolean;
  run(intrinsics: IntrinsicTable): Value;
}

export interface ProgramInfo {
  /** Natives the code calls as bound at build time (inlined or called directly). */
  readonly natives?: readonly string[];
  readonly unreadable?: boolean;
}

/** A module's program object; `run($X)` is the emitted function. */
export function program(file: string, run: (t: IntrinsicTable) => Value, info: ProgramInfo = {}): CompiledProgram {
  const natives = info.natives ?? [];
  const checked = new WeakSet<IntrinsicTable>();
  return {
    file,
    engine: "compiled",
    unreadable: info.unreadable === true,
    run(t) {
      if (!checked.has(t)) {
        const clash = natives.find((n) => t.natives.has(n));
        if (clash !== undefined) {
          throw new Error(
            `vigy-js: a host extension overrides the builtin \`${clash}\`, which ${file} was compiled to call directly; ` +
              `rebuild it with compile(source, { lateBound: [${JSON.stringify(clash)}] }) or \`vigyc build --late-bound ${clash}\`, ` +
              `or run it on the interp engine`,
          );
        }
        checked.add(t);
      }
      return run(t);
    },
  };
}
