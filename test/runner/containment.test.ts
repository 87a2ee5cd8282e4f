/**
 * Runaway vigies among ordinary ones: an infinite loop (stopped at its 1 s budget) and a vigy that
 * allocates without end (its worker runs out of its heap first) are recorded as failed with
 * clear errors, while fifty ordinary vigies ticking every 100 ms keep their schedule: they never
 * fail, and their lag (printed, not asserted) stays far below the runaways' second.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exited, linesOf, sleep, vigyc, vigycBackground, vigyDir } from "./support.js";

const ORDINARY = ';; @every 100ms\n(vigy-incr "count")\n(vigy-log "info" "ordinary")\n';
const LOOP = ";; @every 200ms\n(define (spin n) (spin (+ n 1)))\n(spin 0)\n";
const ALLOC = ";; @every 200ms\n;; @budget 60s\n(define (grow m i) (grow (hash-map-set m i (range 1000)) (+ i 1)))\n(grow (hash-map) 0)\n";

const pct = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

describe("runaway vigies", () => {
  it("are stopped and recorded as failed; the fifty others keep their schedule", async () => {
    const files: Record<string, string> = { "loop.lisp": LOOP, "alloc.lisp": ALLOC };
    for (let i = 1; i <= 50; i++) files[`ok-${String(i).padStart(2, "0")}.lisp`] = ORDINARY;
    const dir = vigyDir(files);
    const store = join(dir, "s.db");
    const runner = vigycBackground(["run", "--store", store, "--json", "--heap", "160", join(dir, "v")]);
    const out = linesOf(runner);
    const runs = () => out.lines.map((l) => JSON.parse(l));
    // Until both runaways have been stopped at least once (the out-of-memory one takes longer).
    for (let waited = 0; waited < 60_000; waited += 200) {
      const failed = runs().filter((r) => r.result === "failed");
      if (failed.some((r) => r.name === "loop") && failed.some((r) => r.name === "alloc")) break;
      await sleep(200);
    }
    await sleep(1500); // the fleet goes on ticking after the last stop
    runner.kill("SIGTERM");
    expect(await exited(runner), "the runner survived and stopped cleanly").toBe(0);

    const all = runs();
    const loop = all.filter((r) => r.name === "loop");
    const alloc = all.filter((r) => r.name === "alloc");
    expect(loop.length).toBeGreaterThan(0);
    for (const r of loop) expect([r.result, r.error]).toEqual(["failed", "stopped: the tick ran longer than its budget of 1000 ms"]);
    expect(alloc.length).toBeGreaterThan(0);
    for (const r of alloc) expect([r.result, r.error]).toEqual(["failed", "stopped: the tick ran out of memory (a tick worker's heap is limited to 160 MB)"]);
    expect(loop[0].out).toMatchObject({ result: "failed", actions: [] });
    expect(loop[0].in.stopped).toBe(true);

    const ordinary = all.filter((r) => r.name.startsWith("ok-"));
    expect(new Set(ordinary.map((r) => r.name)).size).toBe(50);
    expect(ordinary.filter((r) => r.result !== "ok")).toEqual([]);
    const lags = ordinary.map((r) => r.lag_ms as number).sort((a, b) => a - b);
    const skipped = ordinary.reduce((n, r) => n + r.skipped, 0);
    console.log(
      `[containment] ${ordinary.length} ordinary ticks: lag p50 ${pct(lags, 0.5)} ms, p99 ${pct(lags, 0.99)} ms, max ${lags.at(-1)} ms; ` +
        `${skipped} slots skipped; loop stopped ${loop.length}×, alloc ${alloc.length}×`,
    );

    // What the runner printed is what the store holds, and the stopped runs are in the journal.
    const stored = vigyc(["runs", "loop", "--store", store, "--json", "--limit", "100"]);
    expect(stored.out.trim().split("\n").length).toBe(loop.length);
    const replay = vigyc(["replay", "ok-01", "--store", store, "--json"]);
    expect(JSON.parse(replay.out.trim().split("\n").at(-1)!)).toMatchObject({ diverged: 0, chain: "ok" });
    const loopReplay = vigyc(["replay", "loop", "--store", store, "--json"]);
    expect(loopReplay.status).toBe(0);
    expect(JSON.parse(loopReplay.out.trim().split("\n").at(-1)!)).toMatchObject({ ticks: 0, diverged: 0, skipped: loop.length });
  }, 120_000);
});
