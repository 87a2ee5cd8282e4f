/**
 * Symbols and keywords are interned (runtime/values/types.ts): same name, same object, so eq?
 * and map keys work by identity. Beyond the first PERMANENT_NAMES names the table holds them
 * weakly, so a long-running host reading ever new text does not grow without bound.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Kw, PERMANENT_NAMES, Sym } from "../../runtime/values/types.js";

describe("symbol interning", () => {
  it("keeps identity past the permanent table while a symbol is referenced", () => {
    const kept = new Map<string, Sym>();
    for (let i = 0; i < PERMANENT_NAMES + 2000; i++) {
      const s = Sym.of(`interning-test-${i}`);
      if (i % 97 === 0) kept.set(s.name, s);
    }
    for (const [name, s] of kept) expect(Sym.of(name)).toBe(s);
    expect(Kw.of("interning-test-1")).not.toBe(Sym.of("interning-test-1"));
    expect(Kw.of("k-past-limit")).toBe(Kw.of("k-past-limit"));
  });

  it("does not grow the heap with names nobody refers to any more", () => {
    // A separate process with --expose-gc: intern 300 000 fresh names, dropping them as it goes.
    const types = fileURLToPath(new URL("../../dist/runtime/values/types.js", import.meta.url));
    const script = `
      const { Sym, PERMANENT_NAMES } = await import(${JSON.stringify(types)});
      for (let i = 0; i < PERMANENT_NAMES; i++) Sym.of("fill-" + i);
      const settle = async () => { for (let k = 0; k < 3; k++) { gc(); await new Promise((r) => setTimeout(r, 10)); } };
      await settle();
      const before = process.memoryUsage().heapUsed;
      for (let batch = 0; batch < 30; batch++) {
        for (let i = 0; i < 10000; i++) Sym.of("line-" + batch + "-" + i + "-2023-11-14T22:13:00Z");
        await settle();
      }
      const again = Sym.of("line-0-0-2023-11-14T22:13:00Z");
      console.log(JSON.stringify({ growth: process.memoryUsage().heapUsed - before, same: again === Sym.of(again.name) }));
    `;
    const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const { growth, same } = JSON.parse(r.stdout.trim()) as { growth: number; same: boolean };
    expect(same).toBe(true);
    // 300 000 names kept for good would be tens of MB.
    expect(growth).toBeLessThan(4 * 2 ** 20);
  }, 60_000);

  it("holds float map keys the same way: dropped maps with ever new float keys do not grow the heap", () => {
    const lmap = fileURLToPath(new URL("../../dist/runtime/values/lmap.js", import.meta.url));
    const types = fileURLToPath(new URL("../../dist/runtime/values/types.js", import.meta.url));
    const script = `
      const { LMap } = await import(${JSON.stringify(lmap)});
      const { LFloat, PERMANENT_NAMES } = await import(${JSON.stringify(types)});
      for (let i = 0; i < PERMANENT_NAMES; i++) LMap.EMPTY.set(new LFloat(i + 0.5), 1);
      const settle = async () => { for (let k = 0; k < 3; k++) { gc(); await new Promise((r) => setTimeout(r, 10)); } };
      await settle();
      const before = process.memoryUsage().heapUsed;
      const kept = LMap.EMPTY.set(new LFloat(-1.25), "kept");
      for (let batch = 0; batch < 30; batch++) {
        for (let i = 0; i < 10000; i++) LMap.EMPTY.set(new LFloat(1e6 + batch * 10000 + i + 0.25), i);
        await settle();
      }
      console.log(JSON.stringify({ growth: process.memoryUsage().heapUsed - before, found: kept.lookup(new LFloat(-1.25)) }));
    `;
    const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const { growth, found } = JSON.parse(r.stdout.trim()) as { growth: number; found: string };
    expect(found).toBe("kept");
    expect(growth).toBeLessThan(4 * 2 ** 20);
  }, 60_000);
});
