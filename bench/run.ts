/**
 * `npm run bench`: the benchmark suite (compiler/bench) on the six programs of bench/programs,
 * each against its hand-written JS tick (and, for fleet, maps and strings, the program's steps
 * translated one by one: bench/literal) and its fixture. Prints the Markdown table docs/performance.md
 * shows and writes the full results, ratios included, to bench/results.json (a quick run to
 * bench/results-quick.json, so that it never replaces the committed results of a full run).
 *
 *   npm run bench                      # full run (a few minutes on 2 cores)
 *   npm run bench -- --quick           # one short iteration per program (what npm test runs)
 *   npm run bench -- --only fleet,maps --max-time 1 --out /tmp/r.json
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runSuite, type BenchSubject } from "../compiler/bench/suite.js";
import { report } from "../compiler/bench/report.js";
import { FIXTURES } from "./fixtures.js";
import { PROGRAMS } from "./programs/index.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    "max-time": { type: "string", default: "2" },
    out: { type: "string" },
  },
});
const only = values.only?.split(",");
const hand = (name: string): string => fileURLToPath(new URL(`./hand/${name}.ts`, import.meta.url));
const literal = (name: string): string => fileURLToPath(new URL(`./literal/${name}.ts`, import.meta.url));

const subjects: BenchSubject[] = PROGRAMS.filter((p) => only === undefined || only.includes(p.name)).map((p) => ({
  name: p.name,
  file: p.file,
  kv: FIXTURES[p.name]!.kv,
  now: FIXTURES[p.name]!.now,
  hand: hand(p.name),
  literal: p.literal === undefined ? undefined : literal(p.name),
}));

const result = runSuite(subjects, { quick: values.quick, maxTime: Number(values["max-time"]), log: (l) => process.stderr.write(l + "\n") });
const out = values.out ?? fileURLToPath(new URL(values.quick ? "./results-quick.json" : "./results.json", import.meta.url));
report(result, out, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
