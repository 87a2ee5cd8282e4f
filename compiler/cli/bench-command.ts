/**
 * `vigyc bench <file.lisp>… [--kv FILE.json] [--now MS] [--hand MODULE] [--max-time S] [--quick]
 * [--out FILE.json]`: the benchmark suite (compiler/bench) on your own programs. Each file is
 * ticked on identical host fixtures by the compiled module and the reference interpreter (and a
 * hand-written JS tick when --hand names a module whose default export is `(host) => void`).
 * Prints the table and writes the results, ratios included, as JSON.
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { runSuite, type BenchSubject } from "../bench/suite.js";
import { report } from "../bench/report.js";
import type { Parsed } from "./args.js";
import type { Io } from "./io.js";
import { parseTimes } from "./tick-command.js";

export interface BenchCommandOptions {
  files: string[];
  kv?: string;
  now: number;
  hand?: string;
  maxTime: number;
  quick: boolean;
  out: string;
}

export function run(p: Parsed, io: Io): number | Promise<number> {
  const v = p.values as { kv?: string; now: string; hand?: string; "max-time": string; quick?: boolean; out: string };
  const now = parseTimes(v.now);
  const maxTime = Number(v["max-time"]);
  if (now === undefined || now.length !== 1 || !(maxTime > 0)) {
    io.err("vigyc bench: --now expects epoch milliseconds and --max-time a positive number of seconds\n");
    return 2;
  }
  if (p.positionals.length === 0) {
    io.err("vigyc bench: give one or more .lisp files\n");
    return 2;
  }
  return benchCommand({ files: p.positionals, kv: v.kv, now: now[0]!, hand: v.hand, maxTime, quick: v.quick === true, out: v.out }, io);
}

export function benchCommand(opts: BenchCommandOptions, io: Io): number {
  let kv = "{}";
  try {
    if (opts.kv !== undefined) kv = readFileSync(opts.kv, "utf8");
    for (const f of opts.files) readFileSync(f);
  } catch (e) {
    io.err(`vigyc bench: ${(e as Error).message}\n`);
    return 2;
  }
  const subjects: BenchSubject[] = opts.files.map((f) => ({
    name: basename(f).replace(/\.lisp$/, ""),
    file: resolve(f),
    kv,
    now: opts.now,
    hand: opts.hand === undefined ? undefined : resolve(opts.hand),
  }));
  try {
    const result = runSuite(subjects, { maxTime: opts.maxTime, quick: opts.quick, log: (l) => io.err(l + "\n") });
    report(result, opts.out, io);
    return 0;
  } catch (e) {
    io.err(`vigyc bench: ${(e as Error).message}\n`);
    return 1;
  }
}
