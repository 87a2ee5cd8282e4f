/**
 * The byte-identity guard: the emitter must keep writing the same JS and source maps for the
 * examples, the benchmark programs, the compiled stdlib and a corpus of programs in every
 * shape (snapshot-corpus.ts says what and why). A refactoring of the emitter keeps this green;
 * a change of emitted code that is intended refreshes the snapshots
 * (`npx tsx test/emit/write-snapshots.ts`) and explains the difference in its commit.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { digestOf, fileModule, ROOT, SNAPSHOTS, snapshotFiles, stdlibDigests, type CorpusEntry } from "./snapshot-corpus.js";

const stored = JSON.parse(readFileSync(SNAPSHOTS + "corpus.json", "utf8")) as { stdlib: Record<string, string>; programs: CorpusEntry[] };
const REFRESH = "emitted code changed: if intended, run `npx tsx test/emit/write-snapshots.ts` and explain why in the commit";

describe("emitted code is byte-identical to the snapshots", () => {
  it.each(snapshotFiles())("%s: its module and source map", (rel) => {
    const base = SNAPSHOTS + "files/" + rel.replace(/\.lisp$/, "");
    expect(existsSync(base + ".js"), `no snapshot of ${rel}: run test/emit/write-snapshots.ts`).toBe(true);
    const { code, map } = fileModule(rel, readFileSync(ROOT + rel, "utf8"));
    expect(code === readFileSync(base + ".js", "utf8"), `${rel}: ${REFRESH}`).toBe(true);
    expect(map === readFileSync(base + ".js.map", "utf8"), `${rel}.map: ${REFRESH}`).toBe(true);
  });

  it("the compiled stdlib, late-bound and bound", () => {
    expect(stdlibDigests(), REFRESH).toEqual(stored.stdlib);
  });

  it(`a corpus of ${stored.programs.length} emissions (table and seeded random programs; module, function and REPL shapes)`, () => {
    expect(stored.programs.length).toBeGreaterThan(2000);
    const changed = stored.programs.filter((p) => digestOf(p.src, p.shape) !== p.digest).map((p) => `${p.shape}: ${p.name}`);
    expect(changed.slice(0, 20), `${changed.length} programs emit differently; ${REFRESH}`).toEqual([]);
  });
});
