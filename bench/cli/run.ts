/**
 * How long vigyc takes to answer, side by side with a bare `node -e 0` in the same run: each
 * command is a fresh process, the variants interleaved, `--runs` times. Reported: wall time
 * (median and range) and how much more than bare Node it takes (the difference of medians, and
 * of minima, which a busy machine disturbs least). The targets (docs/cli.md): `vigyc --help`
 * at most 100 ms and `vigyc eval -e 1` at most 200 ms above bare Node.
 *
 *   npx tsx bench/cli/run.ts [--runs 20] [--tree DIR]… [--json FILE]
 * A tree is a built checkout (default this one); several are measured in the same rounds.
 * Writes bench/cli/results.json (or --json FILE), each row with its target when it has one.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, tree: { type: "string", multiple: true }, json: { type: "string" } } });
const here = fileURLToPath(new URL("../..", import.meta.url));
const trees = values.tree ?? [here];
const example = join(here, "examples", "hello-vigy.lisp");

/** The commands measured, as vigyc arguments. */
const COMMANDS: [string, string[]][] = [
  ["vigyc --help", ["--help"]],
  ["vigyc --version", ["--version"]],
  ["vigyc build --help", ["build", "--help"]],
  ["vigyc eval -e 1", ["eval", "-e", "1"]],
  ["vigyc check hello-vigy.lisp", ["check", example]],
  ["vigyc tick hello-vigy.lisp", ["tick", example, "--now", "1000"]],
];

function once(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8" });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return wall;
}

/** The targets of issue 22: ms above a bare `node -e 0`. */
const TARGETS: Record<string, number> = { "vigyc --help": 100, "vigyc eval -e 1": 200 };
const load = loadavg();
const samples = new Map<string, number[]>();
const add = (key: string, ms: number): void => void (samples.get(key) ?? samples.set(key, []).get(key)!).push(ms);
for (let i = 0; i < Number(values.runs); i++) {
  add("bare node -e 0", once(["-e", "0"]));
  for (const tree of trees) {
    for (const [name, args] of COMMANDS) add(trees.length > 1 ? `${tree}: ${name}` : name, once([join(tree, "bin", "vigyc.js"), ...args]));
  }
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => sorted(xs)[xs.length >> 1]!;
const bare = samples.get("bare node -e 0")!;
const rows = [...samples].map(([variant, ms]) => ({
  variant,
  median: median(ms),
  min: sorted(ms)[0]!,
  max: sorted(ms).at(-1)!,
  aboveBare: median(ms) - median(bare),
  aboveBareMin: sorted(ms)[0]! - sorted(bare)[0]!,
  target: TARGETS[variant.replace(/^.*: (?=vigyc)/, "")],
}));
console.log(`Node ${process.version}, ${cpus().length} cores, load average at start ${load.map((x) => x.toFixed(2)).join(" ")}; ${values.runs} runs per variant, interleaved fresh processes\n`);
console.log("| command | wall ms (median, range) | above bare node ms (medians; minima) | target above bare ms |");
console.log("|---|--:|--:|--:|");
for (const r of rows) {
  const above = r.variant.startsWith("bare") ? "–" : `${r.aboveBare.toFixed(0)}; ${r.aboveBareMin.toFixed(0)}`;
  const target = r.target === undefined ? "–" : `${r.target} (${r.aboveBareMin <= r.target ? "met" : "missed"} by the minima, ${r.aboveBare <= r.target ? "met" : "missed"} by the medians)`;
  console.log(`| ${r.variant} | ${r.median.toFixed(0)} (${r.min.toFixed(0)}–${r.max.toFixed(0)}) | ${above} | ${target} |`);
}
const out = values.json ?? fileURLToPath(new URL("./results.json", import.meta.url));
writeFileSync(out, JSON.stringify({ node: process.version, cores: cpus().length, loadAverageAtStart: load, runs: Number(values.runs), rows }, null, 2) + "\n");
console.log(`\nwrote ${out}`);
