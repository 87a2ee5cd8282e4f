/**
 * Interleaved A/B comparison of the compiled engine's tick speed on the bench programs between
 * two source trees (checkouts with node_modules; by default the head is this one): each round
 * runs every program once per tree, alternating which tree goes first, each measurement in a
 * fresh process. Prints each round's ticks/s and the median ratio (head ÷ base) per program.
 * Compare clean checkouts: a working tree with other changes measures those too.
 *
 *   npx tsx bench/ab/run.ts --base /tmp/base [--head /tmp/head] [--rounds 5] [--seconds 2] [--only fleet,maps] [--built]
 * `--built` measures each tree's built package (`dist/pkg`, after `npm run build` in it), what
 * Node users import, instead of its TypeScript through tsx (see child.ts).
 *   (a tree: mkdir /tmp/base && git archive <commit> | tar -x -C /tmp/base && ln -s $PWD/node_modules /tmp/base/)
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FIXTURES } from "../fixtures.js";
import { PROGRAMS } from "../programs/index.js";

const { values } = parseArgs({ options: { base: { type: "string" }, head: { type: "string" }, rounds: { type: "string", default: "5" }, seconds: { type: "string", default: "2" }, only: { type: "string" }, built: { type: "boolean", default: false } } });
if (values.base === undefined) throw new Error("--base DIR is required");
const trees = { base: values.base, head: values.head ?? fileURLToPath(new URL("../..", import.meta.url)) };
const child = fileURLToPath(new URL("./child.ts", import.meta.url));
const only = values.only?.split(",");
const programs = PROGRAMS.filter((p) => only === undefined || only.includes(p.name));

function measure(tree: string, p: (typeof PROGRAMS)[number]): number {
  const f = FIXTURES[p.name]!;
  const r = spawnSync(process.execPath, ["--import", "tsx", child, tree, p.file, f.kv, String(f.now), values.seconds!, values.built ? "built" : "source"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${p.name} on ${tree}: ${r.stderr}`);
  return Number(r.stdout);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ratios = new Map<string, number[]>(programs.map((p) => [p.name, []]));
for (let round = 0; round < Number(values.rounds); round++) {
  for (const p of programs) {
    const order = round % 2 === 0 ? (["base", "head"] as const) : (["head", "base"] as const);
    const hz: Record<string, number> = {};
    for (const t of order) hz[t] = measure(trees[t], p);
    ratios.get(p.name)!.push(hz.head! / hz.base!);
    console.log(`round ${round + 1} ${p.name}: base ${hz.base!.toFixed(0)}/s, head ${hz.head!.toFixed(0)}/s, ratio ${(hz.head! / hz.base!).toFixed(3)}`);
  }
}
for (const [name, rs] of ratios) console.log(`${name}: head ÷ base median ${median(rs).toFixed(3)} (rounds ${rs.map((r) => r.toFixed(3)).join(", ")})`);
