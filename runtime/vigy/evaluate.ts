/**
 * Evaluating a program against a host (spec/vigy.md §3, §7): bind the host, run every top-level
 * form afresh with the extensions' intrinsics, keep what the program wrote. Errors propagate;
 * the runner (runner.ts) turns them into failed ticks.
 */
import type { CompiledProgram } from "../compiled/program.js";
import type { Value } from "../values/types.js";
import { intrinsicTable, withHost, type Extension } from "./extension.js";
import { VigyHost } from "./host.js";
import { STANDARD_EXTENSIONS } from "./intrinsics/index.js";

/** Anything with a `run` over an intrinsic table: a compiled module's program, a chain, noop. */
export type VigyProgram = Pick<CompiledProgram, "file" | "run"> & Partial<Pick<CompiledProgram, "unreadable">>;

export interface TickOptions {
  /** Intrinsic packs, installed in order after the stdlib (default: the standard six). */
  readonly extensions?: readonly Extension[];
}

/** Run a program once with `host` bound; the value of its last form. */
export function evaluate(program: VigyProgram, host: VigyHost, opts: TickOptions = {}): Value {
  const table = intrinsicTable(opts.extensions ?? STANDARD_EXTENSIONS);
  return withHost(host, () => program.run(table));
}

/** The design's `tick(program, host)`: evaluate and return the populated host (throws on error). */
export function tick(program: VigyProgram, host: VigyHost = new VigyHost(), opts: TickOptions = {}): VigyHost {
  evaluate(program, host, opts);
  return host;
}

/** Programs run in order on one host, each seeing what the previous wrote; the first error aborts. */
export function chain(...programs: VigyProgram[]): VigyProgram {
  return {
    file: programs.map((p) => p.file).join("+") || "<chain>",
    run(t) {
      let last: Value = null;
      for (const p of programs) last = p.run(t);
      return last;
    },
  };
}

/** A program that does nothing (the original's NoopReconciler). */
export const noop: VigyProgram = { file: "<noop>", run: () => null };
