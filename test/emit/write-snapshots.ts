/**
 * Writes the byte-identity guard's snapshots (test/emit/snapshots/): run it after a change of
 * emitted code that is intended, and say in the commit why the code changed.
 *
 *   npx tsx test/emit/write-snapshots.ts
 *
 * The corpus's programs come from the test tables and from seeded random programs; their
 * sources are stored with the digests, so later changes to the tables do not move the guard.
 */
import fc from "fast-check";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { VIGY_CASES } from "../vigy-cases.js";
import { consBuilder, evalOrderProgram, featureProgram, HOSTILE, loopCall, MIXED, randomProgram } from "../support/program-gen.js";
import { samplePrograms } from "../support/sample-programs.js";
import { digestOf, fileModule, ROOT, SNAPSHOTS, snapshotFiles, stdlibDigests, type CorpusEntry, type Shape } from "./snapshot-corpus.js";

rmSync(SNAPSHOTS + "files", { recursive: true, force: true });
for (const rel of snapshotFiles()) {
  const { code, map } = fileModule(rel, readFileSync(ROOT + rel, "utf8"));
  const base = SNAPSHOTS + "files/" + rel.replace(/\.lisp$/, "");
  mkdirSync(dirname(base), { recursive: true });
  writeFileSync(base + ".js", code);
  writeFileSync(base + ".js.map", map);
}

const programs: { name: string; src: string; shapes: Shape[] }[] = [];
const seen = new Set<string>();
const add = (name: string, src: string, shapes: Shape[]): void => {
  if (seen.has(src)) return;
  seen.add(src);
  programs.push({ name, src, shapes });
};
for (const p of samplePrograms()) add(p.name, p.src, ["module"]);
for (const c of VIGY_CASES) add(`vigy: ${c.group}: ${c.name}`, Array.isArray(c.src) ? c.src.join("\n") : (c.src as string), ["module"]);
// Seeded random programs: every path of the emitter the generators reach.
const random: [string, fc.Arbitrary<string>, number][] = [
  ["mixed", randomProgram(MIXED), 150],
  ["hostile", randomProgram(HOSTILE), 60],
  ["feature", featureProgram(), 120],
  ["cons-builder", consBuilder(), 60],
  ["loop-call", loopCall(), 150],
  ["eval-order", evalOrderProgram(), 100],
];
random.forEach(([name, arb, n], k) => fc.sample(arb, { seed: 23_000 + k, numRuns: n }).forEach((src, i) => add(`random ${name} ${i}`, src, ["module"])));
// The other two shapes on a part of the tables.
for (const p of programs.slice(0, 200)) p.shapes.push("function", "repl");

const corpus: CorpusEntry[] = [];
for (const p of programs) for (const shape of p.shapes) corpus.push({ name: p.name, src: p.src, shape, digest: digestOf(p.src, shape) });
writeFileSync(SNAPSHOTS + "corpus.json", JSON.stringify({ stdlib: stdlibDigests(), programs: corpus }, null, 1) + "\n");
console.log(`wrote ${snapshotFiles().length} files' modules and a corpus of ${corpus.length} emissions (${programs.length} programs)`);
