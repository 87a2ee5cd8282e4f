/**
 * The benchmark programs (bench/programs) tick identically on the compiled engine, on the
 * interpreter, as the hand-written TypeScript (bench/hand) and, where there is one, as the
 * literal translation (bench/literal): same record bytes — actions,
 * buffers, kv, dirty and deleted keys — on the first tick from the fixture and on the two that
 * follow it. Plus a few facts per program, so a change that breaks all three alike shows too.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../../bench/fixtures.js";
import { PROGRAMS } from "../../bench/programs/index.js";
import { currentHost } from "../../runtime/vigy/extension.js";
import type { VigyProgram } from "../../runtime/vigy/evaluate.js";
import { parseJson, type Json } from "../../runtime/vigy/json.js";
import { MemoryKv } from "../../runtime/vigy/kv-store.js";
import { recordText } from "../../runtime/vigy/record.js";
import { runTick } from "../../runtime/vigy/runner.js";
import { loadProgram } from "../support/vigy-run.js";

const VARIANTS = ["compiled", "interp", "hand", "literal"] as const;
type Variant = (typeof VARIANTS)[number];

function programFor(p: (typeof PROGRAMS)[number], variant: Variant): VigyProgram | null {
  if (variant === "hand" || variant === "literal") {
    const tick = p[variant];
    return tick === undefined ? null : { file: p.file, run: () => (tick(currentHost()), null) };
  }
  return loadProgram(readFileSync(p.file, "utf8"), variant, p.file);
}

/** `ticks` ticks of one variant from the program's fixture, one second apart; the records as JSON text. */
function run(name: string, variant: Variant, ticks: number): string[] {
  const p = PROGRAMS.find((x) => x.name === name)!;
  const fx = FIXTURES[name]!;
  const program = programFor(p, variant);
  if (program === null) return [];
  const store = new MemoryKv(parseJson(fx.kv) as Map<string, Json>);
  const lines: string[] = [];
  for (let i = 0; i < ticks; i++) {
    const now = fx.now + 1000 * i;
    lines.push(recordText(runTick(program, store, { now, clock: () => now })));
  }
  return lines;
}

/** The records of every variant the program has, asserted identical; the parsed records. */
function agreed(name: string, ticks: number): any[] {
  const [compiled, interp, hand, literal] = VARIANTS.map((v) => run(name, v, ticks));
  for (let i = 0; i < ticks; i++) {
    expect(interp![i], `${name} tick ${i + 1}: interpreter vs compiled`).toBe(compiled![i]);
    expect(hand![i], `${name} tick ${i + 1}: hand-written vs compiled`).toBe(compiled![i]);
    if (literal!.length > 0) expect(literal![i], `${name} tick ${i + 1}: literal translation vs compiled`).toBe(compiled![i]);
  }
  const records = compiled!.map((l) => JSON.parse(l));
  for (const r of records) expect(r.result, r.error).toBe("ok");
  return records;
}

const kinds = (r: any): string[] => r.actions.map((a: any) => a.kind);
const countOf = (xs: string[], x: string): number => xs.filter((y) => y === x).length;

describe("benchmark programs: compiled, interpreter and hand-written ticks agree", () => {
  it("lists six programs, each with a fixture; fleet, maps and strings with a literal translation", () => {
    expect(PROGRAMS.map((p) => p.name)).toEqual(["hello", "tear-mirror", "fleet", "compute", "maps", "strings"]);
    expect(PROGRAMS.filter((p) => p.literal !== undefined).map((p) => p.name)).toEqual(["fleet", "maps", "strings"]);
    for (const p of PROGRAMS) expect(FIXTURES[p.name], p.name).toBeDefined();
  });

  for (const p of PROGRAMS) {
    it(`${p.name}: one tick from the fixture`, () => {
      agreed(p.name, 1);
    });
    it(`${p.name}: three consecutive ticks`, () => {
      agreed(p.name, 3);
    });
  }
});

describe("benchmark programs: what each tick does", () => {
  it("hello: a noop and its log line", () => {
    const [r] = agreed("hello", 1);
    expect(r.actions).toEqual([{ kind: "noop", result: "ok" }]);
    expect(r.log).toEqual([{ level: "info", message: "hello from a vigy" }]);
  });

  it("tear-mirror: the daemon is ahead, so a pull; unhealthy after 4 failures; then the 2 s window", () => {
    const rs = agreed("tear-mirror", 3);
    expect(rs.map(kinds)).toEqual([["pull"], ["defer"], ["pull"]]);
    expect(rs[0].tick).toBe(42);
    expect(rs[0].conditions.map((c: any) => [c.name, c.status, c.reason])).toEqual([["Healthy", "false", "BackoffActive"]]);
    expect(rs[0].desired).toEqual({ session_count: 5 });
    expect(rs[2].kv.embed_session_count).toBe(2); // a different key from the one read: no convergence
    for (const r of rs) expect(r.events.at(-1)).toEqual({ kind: "Heartbeat", message: "every 10 ticks" });
  });

  it("fleet: 10 creates, 15 updates and 6 deletes, then converged", () => {
    const [first, second, third] = agreed("fleet", 3);
    const ks = kinds(first);
    expect([countOf(ks, "create"), countOf(ks, "update"), countOf(ks, "delete")]).toEqual([10, 15, 6]);
    expect(ks.length).toBe(31);
    // Deletes come last, in name order.
    expect(first.actions.slice(25).map((a: any) => a.payload)).toEqual(
      ["batch-a", "batch-b", "cron-nightly", "legacy-api", "legacy-web", "report-gen"].map((name) => ({ name, reason: ":not-desired" })),
    );
    expect(first.actions.find((a: any) => a.payload.name === "svc-085").payload).toEqual({
      name: "svc-085",
      changes: ["replicas", "image"],
      from: { replicas: 2, image: "registry.example/svc-085:0.9.0" },
      to: { replicas: 1, image: "registry.example/svc-085:1.1.0" },
    });
    expect(first.desired).toEqual({ deployments: 100, replicas: 300 });
    expect(first.observed.deployments).toBe(96);
    expect(first.conditions[0].message).toBe("10 to create, 15 to update, 6 to delete");
    expect(first.metrics.fleet_drift_ratio).toBe(0.31);
    expect(first.kv["fleet/generation"]).toBe(42);
    expect(Object.keys(first.kv["fleet/observed"])).toHaveLength(100);
    for (const r of [second, third]) {
      expect(kinds(r)).toEqual(["noop"]);
      expect(r.conditions[0].status).toBe("true");
      expect(r.dirty).toContain("__converged::fleet");
    }
  });

  it("compute: fib 20, the sum of squares and a float mean", () => {
    const rs = agreed("compute", 3);
    expect(rs[0].trace).toEqual({ fib_20: 6765, sum_of_squares: 338350, even_head: [4, 16], mean_square: 3383.5 });
    expect(rs[0].metrics).toMatchObject({ odd_squares: 50, largest_square: 10000 });
    expect(rs.map(kinds)).toEqual([["noop"], ["noop"], ["noop"]]);
    expect(rs[2].kv["compute/runs"]).toBe(3);
  });

  it("maps: books the shipments, lists what to reorder, consumes the shipments", () => {
    const [first, second] = agreed("maps", 2);
    expect(kinds(first)).toEqual(["apply"]);
    const p = first.actions[0].payload;
    expect(p.reorder).toHaveLength(15);
    expect(p.shipments_booked).toBe(51);
    expect(p.currency).toBe("EUR");
    expect(Object.keys(p.by_category).sort()).toEqual([":books", ":garden", ":tools", ":toys"]);
    expect(Object.values(p.by_category).reduce((a: any, b: any) => a + b)).toBe(p.reorder_count);
    expect(first.deleted).toEqual(["maps/shipments"]);
    expect(Object.keys(first.kv["maps/stock"])).toHaveLength(201); // sku-250 came with a shipment
    expect(second.actions[0].payload.shipments_booked).toBe(0);
  });

  it("strings: a digest of 200 lines, a warning per failed request", () => {
    const [first] = agreed("strings", 1);
    const p = first.actions[0].payload;
    expect(kinds(first)).toEqual(["push"]);
    expect(p.digest).toMatch(/^200 requests, 33 failed \(16\.5%\), 11 slow, 28 timeouts; slowest: \[WARN\] /);
    expect(first.log).toHaveLength(33);
    expect(first.log[0].message).toBe("[ERROR] 2023-11-14T22:13:04Z cart PUT /v1/items/1004 -> 503 in 153ms (upstream timeout after 3 retries)");
    expect(Object.keys(p.per_level).sort()).toEqual([":debug", ":error", ":info", ":warn"]);
    expect(first.metrics.error_rate_pct).toBe(16.5);
    expect(first.kv["logs/rendered"]).toHaveLength(200);
    expect(first.trace.first_line_fields).toEqual(["2023-11-14T22:13:00Z", "debug", "api", "GET", "/v1/users/1000", "201", "5"]);
  });
});
