/**
 * The literal translations of the benchmark programs (bench/literal) tick like the hand-written
 * ones (bench/hand): same record bytes — actions, buffers, kv, dirty and deleted keys — on the
 * first tick from the fixture and on the two that follow it.
 */
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../bench/fixtures.js";
import { LITERAL } from "../bench/literal/index.js";
import { PROGRAMS } from "../bench/programs/index.js";
import type { VigyHost } from "../runtime/vigy/host.js";
import { currentHost } from "../runtime/vigy/extension.js";
import type { VigyProgram } from "../runtime/vigy/evaluate.js";
import { parseJson, type Json } from "../runtime/vigy/json.js";
import { MemoryKv } from "../runtime/vigy/kv-store.js";
import { recordText } from "../runtime/vigy/record.js";
import { runTick } from "../runtime/vigy/runner.js";

const NAMES = ["fleet", "maps", "strings"] as const;
const TICKS = 3;

/** `ticks` ticks of a TypeScript tick from the program's fixture, one second apart; the records as JSON text. */
function run(name: string, tick: (host: VigyHost) => void, ticks: number): string[] {
  const p = PROGRAMS.find((x) => x.name === name)!;
  const fx = FIXTURES[name]!;
  const program: VigyProgram = { file: p.file, run: () => (tick(currentHost()), null) };
  const store = new MemoryKv(parseJson(fx.kv) as Map<string, Json>);
  const lines: string[] = [];
  for (let i = 0; i < ticks; i++) {
    const now = fx.now + 1000 * i;
    lines.push(recordText(runTick(program, store, { now, clock: () => now })));
  }
  return lines;
}

describe("benchmark programs: literal translations tick like the hand-written ones", () => {
  it("has a literal translation of fleet, maps and strings", () => {
    expect(Object.keys(LITERAL).sort()).toEqual([...NAMES]);
  });

  for (const name of NAMES) {
    it(`${name}: ${TICKS} consecutive ticks leave identical records`, () => {
      const hand = run(name, PROGRAMS.find((x) => x.name === name)!.hand, TICKS);
      const literal = run(name, LITERAL[name]!, TICKS);
      for (let i = 0; i < TICKS; i++) {
        expect(literal[i], `${name} tick ${i + 1}: literal vs hand-written`).toBe(hand[i]);
        expect(JSON.parse(literal[i]!).result, `${name} tick ${i + 1}`).toBe("ok");
      }
    });
  }
});
