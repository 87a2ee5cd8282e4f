/**
 * `vigyc tick [--engine compiled|interp] <file.lisp> [--kv FILE.json] [--now MS[,MS…]] [--every MS]
 * [--ticks N] [--json] [--kv-out FILE.json]`: N ticks of one program with the runner's semantics
 * (runtime/vigy/runner.ts) against an in-memory kv, one record per tick.
 *
 * Tick start times: the --now list, continued every --every ms (default 1000) after its last
 * entry; without --now, the first tick starts at the current time. With --now, timestamps made
 * inside a tick (condition transitions, `vigy-mark-converged`) use the tick's start, so a
 * scripted run prints the same bytes every time and on either engine.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { MemoryKv } from "../../runtime/vigy/kv-store.js";
import { decodeUtf8, jsonText, parseJson, JsonSyntaxError, type Json } from "../../runtime/vigy/json.js";
import { recordJson, reportBelow } from "../../runtime/vigy/record.js";
import { runTick, type TickRecord } from "../../runtime/vigy/runner.js";
import { instantiate, type EngineName } from "../engine.js";
import { compileToIR } from "../frontend/compile-ir.js";
import { tickReporter } from "../diagnostics/error-report.js";
import type { Parsed } from "./args.js";
import { checkLispFile, fileProblem } from "./inputs.js";
import type { Io } from "./io.js";

export interface TickCommandOptions {
  engine: EngineName;
  file: string;
  kv?: string;
  now?: number[];
  every: number;
  ticks?: number;
  json: boolean;
  kvOut?: string;
}

/** `--now 1000` or `--now 1000,1300,1600`: integers (epoch ms); undefined when malformed. */
export function parseTimes(text: string): number[] | undefined {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.some((p) => !/^-?[0-9]+$/.test(p) || !Number.isSafeInteger(Number(p)))) return undefined;
  return parts.map(Number);
}

function loadKv(file: string): Map<string, Json> {
  const j = parseJson(decodeUtf8(readFileSync(file)));
  if (!(j instanceof Map)) throw new JsonSyntaxError("expected a JSON object of key → value at 1:1");
  return j;
}

/**
 * A tick record as `vigyc tick` prints it without --json: a header line, every non-empty field,
 * then a failed tick's report (its Lisp stack) as it reads, indented.
 */
export function tickSummary(r: TickRecord): string {
  const lines = [`tick ${r.tick} at ${r.tick_start_ms} ms: ${r.result}${r.error !== undefined ? ` (${r.error})` : ""}`];
  for (const [field, value] of recordJson(r) as Map<string, Json>) {
    if (["tick", "tick_start_ms", "previous_tick_ms", "result", "error", "report"].includes(field)) continue;
    const empty = (Array.isArray(value) && value.length === 0) || (value instanceof Map && value.size === 0);
    if (!empty) lines.push(`  ${(field + ":").padEnd(12)}${jsonText(value)}`);
  }
  if (r.report !== undefined) lines.push(reportBelow(r.report));
  return lines.join("\n") + "\n";
}

export function run(p: Parsed, io: Io): number {
  const v = p.values as { engine: EngineName; kv?: string; now?: string; every: string; ticks?: string; json?: boolean; "kv-out"?: string };
  if (p.positionals.length !== 1) {
    io.err("vigyc tick: give exactly one .lisp file\n");
    return 2;
  }
  checkLispFile(p.positionals[0]!);
  const now = v.now === undefined ? undefined : parseTimes(v.now);
  if (v.now !== undefined && now === undefined) {
    io.err(`vigyc tick: --now expects epoch milliseconds, comma-separated (got "${v.now}")\n`);
    return 2;
  }
  const every = parseTimes(v.every);
  if (every === undefined || every.length !== 1 || every[0]! < 0) {
    io.err(`vigyc tick: --every expects a non-negative number of milliseconds (got "${v.every}")\n`);
    return 2;
  }
  const ticks = v.ticks === undefined ? undefined : Number(v.ticks);
  if (ticks !== undefined && !(Number.isSafeInteger(ticks) && ticks >= 0)) {
    io.err(`vigyc tick: --ticks expects a whole number (got "${v.ticks}")\n`);
    return 2;
  }
  return tickCommand({ engine: v.engine, file: p.positionals[0]!, kv: v.kv, now, every: every[0]!, ticks, json: v.json === true, kvOut: v["kv-out"] }, io);
}

export function tickCommand(opts: TickCommandOptions, io: Io): number {
  let source: string;
  try {
    source = readFileSync(opts.file, "utf8");
  } catch (e) {
    io.err(`vigyc tick: cannot read ${opts.file}: ${fileProblem(e)}\n`);
    return 2;
  }
  let store: MemoryKv;
  try {
    store = new MemoryKv(opts.kv === undefined ? [] : loadKv(opts.kv));
  } catch (e) {
    const why = e instanceof JsonSyntaxError ? e.message.replace(/ at (\d+:\d+)$/, "").trim() : `cannot read it: ${fileProblem(e)}`;
    const at = e instanceof JsonSyntaxError ? (/ at (\d+:\d+)$/.exec(e.message)?.[1] ?? "") : "";
    io.err(`vigyc tick: ${opts.kv}${at ? ":" + at : ""}: ${why}\n`);
    return 2;
  }

  const { program } = compileToIR(source, opts.file, { checkNames: false });
  const prog = instantiate(program, source, opts.engine);
  // JSON has the report's plain text; a terminal may colour the one it shows.
  const report = tickReporter({ program, source }, !opts.json && io.color?.out);
  const fixed = opts.now !== undefined;
  const times = opts.now ?? [Date.now()];
  const count = opts.ticks ?? times.length;
  for (let i = 0; i < count; i++) {
    const now = i < times.length ? times[i]! : times[times.length - 1]! + (i - times.length + 1) * opts.every;
    const r = runTick(prog, store, { now, clock: fixed ? () => now : Date.now, report });
    io.out(opts.json ? jsonText(recordJson(r)) + "\n" : tickSummary(r));
  }
  if (opts.kvOut !== undefined) {
    try {
      writeFileSync(opts.kvOut, jsonText(new Map(store.load())) + "\n");
    } catch (e) {
      io.err(`vigyc tick: cannot write ${opts.kvOut}: ${fileProblem(e)}\n`);
      return 2;
    }
  }
  return 0;
}
