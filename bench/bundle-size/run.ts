/**
 * Browser bundle sizes (esbuild --minify, gzip -9) of a few vigies, each ticked once by a small
 * app, built with this checkout or another built one (`--tree DIR`, e.g. an older commit:
 * `git archive <commit> | tar -x -C DIR`, link node_modules, `npm run build` there), several
 * trees side by side:
 *
 *   npx tsx bench/bundle-size/run.ts [--tree DIR]… [--json FILE]
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { vigyBundleSize, type BundleSize } from "./measure.js";
import { SIZE_PROGRAMS } from "./programs.js";

const { values } = parseArgs({ options: { tree: { type: "string", multiple: true }, json: { type: "string" } } });
const trees = values.tree ?? [fileURLToPath(new URL("../..", import.meta.url))];
const results: Record<string, BundleSize[]> = {};
for (const tree of trees) {
  results[tree] = [];
  for (const p of SIZE_PROGRAMS) {
    try {
      results[tree].push(await vigyBundleSize(tree, p.name, p.source()));
    } catch (e) {
      console.error(`${tree} ${p.name}: ${(e as Error).message.split("\n")[0]}`);
    }
  }
}
const kb = (n: number): string => (n / 1024).toFixed(1);
console.log(`| vigy | ${trees.map((t) => `${t}: min KB / gzip KB`).join(" | ")} |`);
console.log(`|---|${trees.map(() => "--:|").join("")}`);
for (const p of SIZE_PROGRAMS) {
  const cells = trees.map((t) => {
    const r = results[t]!.find((x) => x.name === p.name);
    return r === undefined ? "–" : `${kb(r.bytes)} / ${kb(r.gzip)} (${r.gzip} B)`;
  });
  console.log(`| ${p.name} (${p.about}) | ${cells.join(" | ")} |`);
}
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(results, null, 2) + "\n");
