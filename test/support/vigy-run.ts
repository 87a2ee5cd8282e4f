/** Running vigy programs in tests: load on an engine, tick with the runner, read records. */
import { instantiate, type EngineName } from "../../compiler/engine.js";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import type { CompiledProgram } from "../../runtime/compiled/program.js";
import type { Extension } from "../../runtime/vigy/extension.js";
import { parseJson, type Json } from "../../runtime/vigy/json.js";
import { MemoryKv } from "../../runtime/vigy/kv-store.js";
import { recordText } from "../../runtime/vigy/record.js";
import { runTick, type TickRecord } from "../../runtime/vigy/runner.js";

export function loadProgram(src: string, engine: EngineName, file = "vigy.lisp"): CompiledProgram {
  const { program } = compileToIR(src, file);
  return instantiate(program, src, engine);
}

export interface Scenario {
  /** Initial kv as JSON object text (ints and floats as written). */
  readonly kv?: string;
  /** Tick start times, one per tick. */
  readonly now: readonly number[];
  readonly extensions?: readonly Extension[];
  /** Fixed wall clock for timestamps (default: each tick's start). */
  readonly clock?: number;
}

export interface ScenarioResult {
  readonly records: TickRecord[];
  /** Each record as canonical JSON text (what `vigyc tick --json` prints). */
  readonly lines: string[];
  readonly store: MemoryKv;
}

/** Run `now.length` ticks of `src` on `engine` against one in-memory kv. */
export function runScenario(src: string, engine: EngineName, sc: Scenario, file = "vigy.lisp"): ScenarioResult {
  const program = loadProgram(src, engine, file);
  const initial = sc.kv === undefined ? new Map<string, Json>() : (parseJson(sc.kv) as Map<string, Json>);
  const store = new MemoryKv(initial);
  const records = sc.now.map((now) => runTick(program, store, { now, clock: () => sc.clock ?? now, extensions: sc.extensions }));
  return { records, lines: records.map(recordText), store };
}
