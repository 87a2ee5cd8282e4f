/**
 * The benchmark harness cannot rot: one short iteration of the whole suite (every program,
 * every measurement, in child processes) and of `vigyc bench`. The figures of a quick run mean
 * nothing; only their presence and shape are checked. Benchmarks proper run with `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSuite } from "../../compiler/bench/suite.js";
import { formatTable } from "../../compiler/bench/table.js";
import { FIXTURES } from "../../bench/fixtures.js";
import { PROGRAMS } from "../../bench/programs/index.js";

const positive = (n: unknown) => typeof n === "number" && n > 0 && Number.isFinite(n);

describe("benchmark harness (quick smoke run)", () => {
  it("measures every program on every variant and tier", () => {
    const bench = (dir: string, name: string): string => join(import.meta.dirname, "..", "..", "bench", dir, `${name}.ts`);
    const subjects = PROGRAMS.map((p) => ({
      name: p.name,
      file: p.file,
      ...FIXTURES[p.name]!,
      hand: bench("hand", p.name),
      ...(p.literal === undefined ? {} : { literal: bench("literal", p.name) }),
    }));
    const r = runSuite(subjects, { quick: true });
    expect(r.programs.map((p) => p.name)).toEqual(PROGRAMS.map((p) => p.name));
    for (const p of r.programs) {
      for (const v of ["compiled", "interp", "hand"] as const) {
        expect(positive(p.warm.hz[v]), `${p.name} ${v} hz`).toBe(true);
        expect(positive(p.coldTier.hz[v]), `${p.name} ${v} cold tier`).toBe(true);
        expect(p.warm.latency[v]!.p99).toBeGreaterThanOrEqual(p.warm.latency[v]!.p50);
        expect(p.warm.heap[v]).toBeTypeOf("number");
      }
      expect([p.ratios.compiledVsInterp, p.ratios.handVsCompiled, p.ratios.coldTierCompiledVsInterp, p.ratios.coldTierHandVsCompiled].every(positive)).toBe(true);
      // The literal translations also had to leave the interpreter's records to be measured.
      expect(positive(p.ratios.literalVsCompiled), `${p.name} literal`).toBe(PROGRAMS.find((q) => q.name === p.name)!.literal !== undefined);
      expect(positive(p.firstTickMs.compiled) && positive(p.firstTickMs.interp)).toBe(true);
      expect(positive(p.warm.compileMsPer1000Lines) && positive(p.warm.moduleBytes) && positive(p.warm.moduleGzipBytes)).toBe(true);
    }
    const table = formatTable(r);
    for (const p of PROGRAMS) expect(table).toContain(`| ${p.name} |`);
  }, 120_000);

  it("vigyc bench prints the table and writes the JSON results", () => {
    const out = join(mkdtempSync(join(tmpdir(), "vigyc-bench-")), "r.json");
    const stdout = execFileSync(process.execPath, ["bin/vigyc.js", "bench", "examples/hello-vigy.lisp", "--quick", "--out", out], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    expect(stdout).toContain("| hello-vigy |");
    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(json.programs[0].ratios.compiledVsInterp).toBeGreaterThan(0);
    expect(json.programs[0].ratios.handVsCompiled).toBe(null);
  }, 60_000);
});
