/**
 * The vigy host table (vigy-cases.ts) on every engine: one describe per engine, one per group,
 * one test per case; then the engines' tick records compared byte for byte; then properties of
 * the Lisp ⇄ JSON conversions and of the intrinsics' integer arithmetic (spec/vigy.md §4, §5).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EngineName } from "../../compiler/engine.js";
import { LMap } from "../../runtime/values/lmap.js";
import { display } from "../../runtime/values/printer.js";
import { typeName } from "../../runtime/values/type-name.js";
import { fromBig, I64_MAX, I64_MIN } from "../../runtime/values/int64.js";
import { listOf } from "../../runtime/values/list-storage.js";
import { LFloat, LList, type Value } from "../../runtime/values/types.js";
import { jsonToLisp, lispToJson } from "../../runtime/vigy/convert.js";
import { chain, evaluate, noop, tick, type VigyProgram } from "../../runtime/vigy/evaluate.js";
import { VigyHost } from "../../runtime/vigy/host.js";
import { jsonText, parseJson, type Json } from "../../runtime/vigy/json.js";
import { MemoryKv } from "../../runtime/vigy/kv-store.js";
import { extension } from "../../runtime/vigy/extension.js";
import { recordJson, recordText } from "../../runtime/vigy/record.js";
import { runTick, type TickRecord } from "../../runtime/vigy/runner.js";
import { ENGINES } from "../support/engines.js";
import { loadProgram } from "../support/vigy-run.js";
import { NOOP, VIGY_CASES, type TickExpect, type VigyCase } from "../vigy-cases.js";

interface Ran {
  readonly records: TickRecord[];
  readonly lines: string[];
  /** The last form's value per tick (undefined when the tick failed). */
  readonly values: (Value | undefined)[];
  /** The store as JSON text before each tick. */
  readonly before: string[];
}

function programOf(c: VigyCase, engine: EngineName): VigyProgram {
  const load = (src: string, file: string): VigyProgram => (src === NOOP ? noop : loadProgram(src, engine, file));
  if (typeof c.src === "string") return load(c.src, "vigy.lisp");
  return chain(...c.src.map((s, i) => load(s, `part${i + 1}.lisp`)));
}

function run(c: VigyCase, engine: EngineName): Ran {
  const program = programOf(c, engine);
  let last: Value | undefined;
  // The runner discards the last form's value; this wrapper keeps it without changing the tick.
  const probe: VigyProgram = { file: program.file, unreadable: program.unreadable, run: (t) => (last = program.run(t)) };
  const store = new MemoryKv(c.kv === undefined ? [] : (parseJson(c.kv) as Map<string, Json>));
  const ran: Ran = { records: [], lines: [], values: [], before: [] };
  for (const now of c.now ?? [1000]) {
    ran.before.push(jsonText(store.load()));
    last = undefined;
    const r = runTick(probe, store, { now, clock: () => c.clock ?? now, extensions: c.extensions });
    ran.records.push(r);
    ran.lines.push(recordText(r));
    ran.values.push(r.result === "ok" ? last : undefined);
  }
  return ran;
}

const shown = (v: Value): string => `${display(v)} : ${typeName(v)}`;

function check(e: TickExpect, r: TickRecord, value: Value | undefined, before: string): void {
  const rec = recordJson(r) as Map<string, Json>;
  const field = (k: string): string => jsonText(rec.get(k)!);
  const failed = e.result === "failed" || e.error !== undefined;
  expect(r.result, r.error).toBe(failed ? "failed" : "ok");
  if (typeof e.error === "string") expect(r.error).toBe(e.error);
  else if (e.error !== undefined) expect(r.error).toMatch(e.error);
  if (r.result === "failed") {
    // §8.3: a failed tick records no actions and saves no kv at all.
    expect(field("actions")).toBe("[]");
    expect(r.dirty).toEqual([]);
    expect(r.deleted).toEqual([]);
    expect(field("kv")).toBe(before);
  }
  if (e.value !== undefined) expect(value === undefined ? undefined : shown(value)).toBe(e.value);
  if (e.tick !== undefined) expect(r.tick).toBe(e.tick);
  if (e.previous !== undefined) expect(r.previous_tick_ms).toBe(e.previous);
  for (const k of ["actions", "desired", "observed", "conditions", "log", "trace", "metrics", "events"] as const) {
    if (e[k] !== undefined) expect(field(k), k).toBe(e[k]);
  }
  for (const [k, want] of Object.entries(e.kv ?? {})) {
    if (want === null) expect(r.kv.has(k), `kv ${k} absent`).toBe(false);
    else expect(r.kv.has(k) ? jsonText(r.kv.get(k)!) : undefined, `kv ${k}`).toBe(want);
  }
  if (e.store !== undefined) expect(field("kv")).toBe(e.store);
  if (e.dirty !== undefined) expect(r.dirty).toEqual(e.dirty);
  if (e.deleted !== undefined) expect(r.deleted).toEqual(e.deleted);
}

function expectCase(c: VigyCase, engine: EngineName): void {
  const ran = run(c, engine);
  const n = ran.records.length;
  const per: readonly (TickExpect | undefined)[] = Array.isArray(c.expect)
    ? (c.expect as readonly TickExpect[])
    : [...Array<undefined>(n - 1).fill(undefined), c.expect as TickExpect];
  expect(per.length, "one expectation per tick").toBe(n);
  per.forEach((e, i) => {
    if (e !== undefined) check(e, ran.records[i]!, ran.values[i], ran.before[i]!);
  });
}

const groups = new Map<string, VigyCase[]>();
for (const c of VIGY_CASES) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);

describe("vigy case table", () => {
  it("has unique names within each group", () => {
    for (const [group, list] of groups) expect(new Set(list.map((c) => c.name)).size, group).toBe(list.length);
  });
});

for (const engine of ENGINES) {
  describe(`vigy host on ${engine}`, () => {
    for (const [group, list] of groups) {
      describe(group, () => {
        for (const c of list) it(c.name, () => expectCase(c, engine));
      });
    }
  });
}

describe("engines agree", () => {
  it("every case's tick records are byte-identical on both engines", () => {
    const differ: string[] = [];
    for (const c of VIGY_CASES) {
      const lines = ENGINES.map((engine) => {
        try {
          return run(c, engine).lines.join("\n");
        } catch (e) {
          return `threw: ${e instanceof Error ? e.message : String(e)}`;
        }
      });
      if (lines.some((l) => l !== lines[0])) differ.push(`${c.group} / ${c.name}:\n  ${lines.join("\n  ")}`);
    }
    expect(differ).toEqual([]);
  });
});

// ───────────────────────────────────────────────── the host API without the runner (§2, §3, §7)

for (const engine of ENGINES) {
  describe(`vigy host API on ${engine}`, () => {
    const load = (src: string): VigyProgram => loadProgram(src, engine);

    it("a default host: tick 0, count 0, no previous tick, rate limits closed below the window", () => {
      const host = new VigyHost();
      const v = evaluate(load('(list (vigy-tick) (vigy-tick-count) (vigy-since-last-tick) (vigy-rate-limited? "r" 1) (vigy-rate-limited? "s" 0))'), host);
      expect(shown(v)).toBe("(0 0 -1 #t #f) : list");
      expect([...host.kv.keys()]).toEqual(["__ratelimit::s"]);
      expect([...host.kvDirty]).toEqual(["__ratelimit::s"]);
    });

    it("kv_incr_starts_at_delta_when_absent: two evaluations on one host", () => {
      const host = new VigyHost({ tickStartMs: 1000 });
      expect(evaluate(load('(vigy-incr "n")'), host)).toBe(1);
      expect(evaluate(load('(vigy-incr "n" 4)'), host)).toBe(5);
      expect(jsonText(host.kv.get("n")!)).toBe("5");
      expect([...host.kvDirty]).toEqual(["n"]);
    });

    it("del then once leaves the key in both sets", () => {
      const host = tick(load('(vigy-del "__once::x") (vigy-once "x")'), new VigyHost({ kv: [["__once::x", true]] }));
      expect(host.kvDirty.has("__once::x")).toBe(true);
      expect(host.kvDeleted.has("__once::x")).toBe(true);
    });

    it("tick_metadata and kv come from the host", () => {
      const host = new VigyHost({ tickStartMs: 1000, previousTickMs: 800, tickCount: 7, kv: [["attempts", 7]] });
      const v = evaluate(load('(list (vigy-tick) (vigy-tick-count) (vigy-since-last-tick) (vigy-get "attempts"))'), host);
      expect(shown(v)).toBe("(1000 7 200 7) : list");
      expect(host.kvDirty.size).toBe(0);
    });

    it("noop returns the host unchanged; chain threads it and returns the last value", () => {
      const host = tick(noop, new VigyHost({ tickStartMs: 42 }));
      expect(host.tickStartMs).toBe(42);
      expect(host.actions).toEqual([]);
      const v = evaluate(chain(load('(vigy-pull "a") 1'), noop, load('(vigy-push "b") (vigy-tick)')), host);
      expect(v).toBe(42);
      expect(host.actions.map((a) => a.kind)).toEqual(["pull", "push"]);
    });

    it("errors propagate out of evaluate", () => {
      expect(() => evaluate(load('(vigy-noop) (vigy-set 5 1)'), new VigyHost())).toThrow(/type mismatch: expected string\|symbol\|keyword, got int/);
    });

    it("an extension-only host: vigy intrinsics are absent, host functions get (args, host)", () => {
      const seen: unknown[] = [];
      const ext = extension("probe", [{ name: "probe", min: 0, max: Infinity, fn: (args, h) => (seen.push(args.length, h.tickCount), args.length) }]);
      const host = new VigyHost({ tickCount: 3 });
      expect(evaluate(load("(probe 1 2 3)"), host, { extensions: [ext] })).toBe(3);
      expect(seen).toEqual([3, 3]);
      expect(() => evaluate(load("(vigy-noop)"), host, { extensions: [ext] })).toThrow(/unbound symbol: vigy-noop/);
    });
  });
}

// ───────────────────────────────────────────────── properties

const i64 = fc.bigInt({ min: I64_MIN, max: I64_MAX }).map(fromBig);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => new LFloat(x));
const text = fc.string({ unit: "binary", maxLength: 12 });
/** Lisp data that JSON represents exactly: nil, bools, ints, finite floats, strings, lists, string-keyed maps. */
const { data } = fc.letrec<{ data: Value }>((tie) => ({
  data: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    i64,
    finite,
    text,
    fc.array(tie("data"), { maxLength: 4 }).map(listOf),
    fc.uniqueArray(fc.tuple(text, tie("data")), { maxLength: 4, selector: ([k]) => k }).map((es) => LMap.fromPairs(es.flat())),
  ),
}));

/** Structural identity, including the int/float distinction and -0.0. */
function same(a: Value, b: Value): boolean {
  if (a instanceof LFloat) return b instanceof LFloat && Object.is(a.v, b.v);
  if (a instanceof LList) return b instanceof LList && a.length === b.length && a.toArray().every((x, i) => same(x, b.at(i)!));
  if (a instanceof LMap) {
    if (!(b instanceof LMap) || a.size !== b.size) return false;
    return a.entries().every(([k, v]) => b.has(k) && same(v, b.lookup(k)!));
  }
  return a === b;
}

describe("Lisp ⇄ JSON properties (§4.3, §4.4)", () => {
  it("lispToJson → jsonText → parseJson → jsonToLisp gives back the same data", () => {
    fc.assert(
      fc.property(data, (v) => {
        const back = jsonToLisp(parseJson(jsonText(lispToJson(v))));
        expect(same(back, v), `${display(v)} came back as ${display(back)}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("JSON text is a fixed point of parse and print", () => {
    fc.assert(
      fc.property(data, (v) => {
        const t = jsonText(lispToJson(v));
        expect(jsonText(parseJson(t))).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  it("equal maps built in different insertion orders give identical JSON text", () => {
    const entries = fc.uniqueArray(fc.tuple(text, data), { maxLength: 8, selector: ([k]) => k });
    const twoOrders = entries.chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length })));
    fc.assert(
      fc.property(twoOrders, ([a, b]) => {
        const ja = jsonText(new Map(a.map(([k, v]) => [k, lispToJson(v)])));
        const jb = jsonText(new Map(b.map(([k, v]) => [k, lispToJson(v)])));
        expect(jb).toBe(ja);
        expect(jsonText(lispToJson(LMap.fromPairs(b.flat())))).toBe(jsonText(lispToJson(LMap.fromPairs(a.flat()))));
      }),
      { numRuns: 300 },
    );
  });

  it("object keys come out in UTF-8 byte order, in text and as a Lisp map, whatever order they arrive in", () => {
    const keys = fc.uniqueArray(fc.string({ unit: "binary", maxLength: 4 }), { maxLength: 10 });
    fc.assert(
      fc.property(keys, (ks) => {
        const utf8 = [...ks].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
        const obj: Map<string, Json> = new Map(ks.map((k, i) => [k, i]));
        expect((jsonToLisp(obj) as LMap).keys()).toEqual(utf8);
        expect([...(parseJson(jsonText(obj)) as Map<string, Json>).keys()]).toEqual(utf8);
      }),
      { numRuns: 500 },
    );
  });
});

describe("intrinsic arithmetic properties", () => {
  const clamp = (x: bigint): bigint => (x > I64_MAX ? I64_MAX : x < I64_MIN ? I64_MIN : x);
  const big = fc.bigInt({ min: I64_MIN, max: I64_MAX });

  for (const engine of ENGINES) {
    it(`vigy-incr adds with i64 saturation on ${engine} (§5.3)`, () => {
      const program = loadProgram('(vigy-incr "n" (vigy-get "d"))', engine);
      fc.assert(
        fc.property(big, big, (n, d) => {
          const store = new MemoryKv([["n", fromBig(n)], ["d", fromBig(d)]]);
          const r = runTick(program, store, { now: 1000, clock: () => 1000 });
          expect(r.result).toBe("ok");
          expect(jsonText(r.kv.get("n")!)).toBe(String(clamp(n + d)));
        }),
        { numRuns: 200 },
      );
    });

    it(`vigy-backoff-ms follows 1000·2^min(a,5) with u32 wrap and negatives as 0 on ${engine} (§5.5)`, () => {
      const program = loadProgram('(vigy-set "ms" (vigy-backoff-ms (vigy-get "a")))', engine);
      const attempt = fc.oneof(big, fc.bigInt({ min: -10n, max: 10n }), fc.bigInt({ min: 0n, max: 8n }).map((k) => (1n << 32n) * (k + 1n) + k));
      fc.assert(
        fc.property(attempt, (a) => {
          const r = runTick(program, new MemoryKv([["a", fromBig(a)]]), { now: 1000, clock: () => 1000 });
          const wrapped = a < 0n ? 0n : BigInt.asUintN(32, a);
          const want = Math.min(1000 * 2 ** Number(wrapped < 5n ? wrapped : 5n), 30000);
          expect(jsonText(r.kv.get("ms")!)).toBe(String(want));
        }),
        { numRuns: 200 },
      );
    });
  }
});
