/**
 * The store interface, the same checks on both implementations (SQLite file and memory):
 * registry semantics (spec/vigy.md §6, §8.1), commits (whole or nothing), the versioned kv and
 * what replay reads back, retention, the runner lock and tick requests. Then what only a file
 * can get wrong: a damaged, foreign or newer-schema file is refused with a clear error.
 */
import { writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { storePath } from "../../runner/store/default-path.js";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { StoreError, StoreLockedError } from "../../runner/store/errors.js";
import { MemoryStore } from "../../runner/store/memory-store.js";
import { SqliteStore } from "../../runner/store/sqlite/sqlite-store.js";
import { APPLICATION_ID, LATEST, MIGRATIONS } from "../../runner/store/sqlite/migrations.js";
import type { KvVersion, RunCommit, Store, VigySpec } from "../../runner/store/store.js";
import { tempDir } from "./support.js";

const STORES: [string, () => Store][] = [
  ["memory", () => new MemoryStore()],
  ["sqlite", () => SqliteStore.open(join(tempDir(), "s.db"))],
];

const spec = (name: string, program = "(vigy-noop)", extra: Partial<VigySpec> = {}): VigySpec => ({
  name,
  program,
  file: `${name}.lisp`,
  intervalMs: 1000,
  budgetMs: 1000,
  enabled: true,
  labels: new Map(),
  ...extra,
});

function run(vigyId: string, seq: number, writes: RunCommit["writes"] = [], result: "ok" | "failed" = "ok"): RunCommit {
  return {
    vigyId,
    seq,
    runId: `run-${seq}`,
    tick: seq,
    trigger: "schedule",
    slotMs: 1000 * seq,
    startedMs: 1000 * seq,
    endedMs: 1000 * seq + 1,
    lagMs: 0.5,
    durationMs: 1,
    skipped: 0,
    result,
    error: result === "failed" ? "eval: boom" : null,
    report: result === "failed" ? "error: boom\n  at the top level b.lisp:1:1\n" : null,
    entry: `{"seq":${seq}}`,
    digest: `d${seq}`,
    writes,
  };
}

/** The kv less the runner's stamps (which the stamps test checks): what the runs themselves wrote. */
const plain = (kv: readonly KvVersion[]): KvVersion[] => kv.filter((e) => !e.key.startsWith("__sys::"));

for (const [kind, open] of STORES) {
  describe(`${kind} store`, () => {
    it("keeps a failed run's report beside its error (none for an ok run)", async () => {
      const s = open();
      const { row } = await s.register(spec("r"), "replace");
      await s.commit({ runs: [run(row.id, 1), run(row.id, 2, [], "failed")], prune: [] });
      const [failed, ok] = await s.runs(row.id, 10);
      expect([failed!.error, failed!.report]).toEqual(["eval: boom", "error: boom\n  at the top level b.lisp:1:1\n"]);
      expect([ok!.error, ok!.report]).toEqual([null, null]);
      await s.close();
    });

    it("registers by name: the same program again is the same vigy, another program replaces it (runs and kv stay under the old id)", async () => {
      const s = open();
      const a = await s.register(spec("hello"), "replace");
      expect(a.row.id).toMatch(/^[0-9a-f]{16}$/);
      expect((await s.register(spec("hello"), "replace")).unchanged).toBe(true);
      await s.commit({ runs: [run(a.row.id, 1, [["k", "1"]])], prune: [] });
      const b = await s.register(spec("hello", "(vigy-noop) (vigy-noop)"), "replace");
      expect(b.replaced?.id).toBe(a.row.id);
      expect(b.row.id).not.toBe(a.row.id);
      expect((await s.listVigies()).map((v) => v.id)).toEqual([b.row.id]);
      expect(plain(await s.kv(a.row.id)).map((e) => e.text)).toEqual(["1"]);
      expect(await s.runs(a.row.id, 10)).toHaveLength(1);
      await s.close();
    });

    it("finds a vigy by name, id or upper-case id; enable, disable and delete; run FILES keeps the enabled state", async () => {
      const s = open();
      const { row } = await s.register(spec("x", "(vigy-noop)", { labels: new Map([["team", "a"]]) }), "replace");
      expect((await s.findVigy("x"))?.id).toBe(row.id);
      expect((await s.findVigy(row.id))?.name).toBe("x");
      expect((await s.findVigy(row.id.toUpperCase()))?.name).toBe("x");
      expect(await s.findVigy("nope")).toBeUndefined();
      expect((await s.setEnabled(row.id, false))?.enabled).toBe(false);
      expect((await s.register(spec("x", "(vigy-noop)", { intervalMs: 500 }), "keep-enabled")).row).toMatchObject({ enabled: false, intervalMs: 500 });
      expect((await s.register(spec("x"), "replace")).row.enabled).toBe(true);
      await s.commit({ runs: [run(row.id, 1, [["n", "5"]])], prune: [] });
      expect(await s.deleteVigy(row.id)).toBe(true);
      expect(await s.findVigy("x")).toBeUndefined();
      // Registering the same name and program again resumes its kv and runs (§14.12).
      const again = await s.register(spec("x"), "replace");
      expect(again.row.id).toBe(row.id);
      expect(plain((await s.loadState(row.id)).kv).map((e) => [e.key, e.text])).toEqual([["n", "5"]]);
      await s.close();
    });

    it("commits a batch whole or not at all", async () => {
      const s = open();
      const { row } = await s.register(spec("c"), "replace");
      await s.commit({ runs: [run(row.id, 1, [["a", "1"]])], prune: [] });
      // Run 2 is new but run 1 again violates the (vigy, seq) key: nothing of the batch stays.
      await expect(s.commit({ runs: [run(row.id, 2, [["a", "2"]]), run(row.id, 1)], prune: [] })).rejects.toThrow();
      expect((await s.runs(row.id, 10)).map((r) => r.seq)).toEqual([1]);
      expect(plain(await s.kv(row.id)).map((e) => e.text)).toEqual(["1"]);
      await s.close();
    });

    it("keeps kv versions: the current kv, the kv before any kept run, deletions; the state a runner takes over", async () => {
      const s = open();
      const { row } = await s.register(spec("k"), "replace");
      const id = row.id;
      await s.commit({
        runs: [run(id, 1, [["a", "1"], ["b", '"x"']]), run(id, 2, [], "failed"), run(id, 3, [["a", "3"], ["b", null]]), run(id, 4, [], "failed"), run(id, 5, [], "failed")],
        prune: [],
      });
      expect(plain(await s.kv(id)).map((e) => [e.key, e.text, e.seq])).toEqual([["a", "3", 3]]);
      expect(plain(await s.kvBefore(id, 3)).map((e) => [e.key, e.text, e.seq])).toEqual([
        ["a", "1", 1],
        ["b", '"x"', 1],
      ]);
      expect(await s.kvVersion(id, "b", 3)).toBeNull();
      expect(await s.kvVersion(id, "a", 1)).toBe("1");
      const state = await s.loadState(id);
      expect(state.head).toEqual({ seq: 5, digest: "d5" });
      expect(state.failures).toBe(2);
      await s.close();
    });

    it("retention drops old runs but keeps every kv version a kept run may have read", async () => {
      const s = open();
      const { row } = await s.register(spec("r"), "replace");
      const id = row.id;
      await s.commit({ runs: [run(id, 1, [["once", "1"], ["n", "1"], ["tmp", "0"]])], prune: [] });
      for (let seq = 2; seq <= 10; seq++) await s.commit({ runs: [run(id, seq, seq === 4 ? [["n", String(seq)], ["tmp", null]] : [["n", String(seq)]])], prune: [] });
      const before8 = await s.kvBefore(id, 8);
      await s.commit({ runs: [], prune: [{ vigyId: id, belowSeq: 8 }] });
      expect((await s.runs(id, 100)).map((r) => r.seq)).toEqual([10, 9, 8]);
      expect(await s.kvBefore(id, 8)).toEqual(before8);
      expect(plain(await s.kvBefore(id, 9)).map((e) => [e.key, e.text])).toEqual([
        ["n", "8"],
        ["once", "1"],
      ]);
      expect(await s.kvVersion(id, "n", 3)).toBeUndefined(); // superseded before run 8
      expect(await s.kvVersion(id, "once", 1)).toBe("1"); // still what run 8 would read
      expect(plain(await s.kv(id)).map((e) => [e.key, e.text])).toEqual([
        ["n", "10"],
        ["once", "1"],
      ]);
      await s.close();
    });

    it("derives the runner's stamps from the newest ok run, lets a program's own write of them win, and keeps them through retention", async () => {
      const s = open();
      const { row } = await s.register(spec("st"), "replace");
      const id = row.id;
      const ok = (seq: number, tick: number, writes: RunCommit["writes"] = []): RunCommit => ({ ...run(id, seq, writes), tick, startedMs: 1000 * seq });
      await s.importKv(id, [["seed", '{"a":1}']]);
      await s.commit({ runs: [ok(1, 1), run(id, 2, [], "failed")], prune: [] });
      const stamps = async (at?: number) =>
        (at === undefined ? await s.kv(id) : await s.kvBefore(id, at)).map((e) => `${e.key}=${e.text}@${e.seq}`);
      expect(await stamps()).toEqual(["__sys::prev_tick_ms=1000@1", "__sys::tick_count=1@1", 'seed={"a":1}@0']);
      // Run 3 deleted the count itself; run 4 wrote its own previous-tick value.
      await s.commit({ runs: [ok(3, 2, [["__sys::tick_count", null]]), ok(4, 1, [["__sys::prev_tick_ms", '"x"']])], prune: [] });
      expect(await stamps()).toEqual(['__sys::prev_tick_ms="x"@4', "__sys::tick_count=1@4", 'seed={"a":1}@0']);
      expect(await stamps(4)).toEqual(["__sys::prev_tick_ms=3000@3", 'seed={"a":1}@0']);
      expect(await stamps(3)).toEqual(["__sys::prev_tick_ms=1000@1", "__sys::tick_count=1@1", 'seed={"a":1}@0']);
      expect(await s.kvVersion(id, "__sys::tick_count", 1)).toBe("1");
      expect(await s.kvVersion(id, "__sys::tick_count", 2)).toBeUndefined();
      expect((await s.loadState(id)).kv).toEqual(await s.kv(id));
      for (let seq = 5; seq <= 9; seq++) await s.commit({ runs: [run(id, seq, [], "failed")], prune: [] });
      const before = { at6: await stamps(6), now: await stamps() };
      await s.commit({ runs: [], prune: [{ vigyId: id, belowSeq: 6 }] });
      expect({ at6: await stamps(6), now: await stamps() }).toEqual(before);
      await s.close();
    });

    it("gives the runner lock to one holder at a time, naming it; a dead holder's lock is taken over", async () => {
      const s = open();
      const token = await s.acquireLock({ pid: process.pid + 100000, host: "elsewhere.example", command: "run examples" });
      await expect(s.acquireLock({ pid: process.pid, host: "here", command: "run" })).rejects.toThrow(StoreLockedError);
      await expect(s.acquireLock({ pid: process.pid, host: "here", command: "run" })).rejects.toThrow(/vigyc run examples`, pid \d+ on elsewhere\.example/);
      await s.heartbeat(token);
      await s.releaseLock(token);
      const mine = await s.acquireLock({ pid: 2 ** 22 + 7, host: (await import("node:os")).hostname(), command: "run" }); // no such process
      const taken = await s.acquireLock({ pid: process.pid, host: "here", command: "run" });
      await expect(s.heartbeat(mine)).rejects.toThrow(StoreLockedError);
      await s.heartbeat(taken);
      await s.close();
    });

    it("queues tick requests and tells their outcome", async () => {
      const s = open();
      const { row } = await s.register(spec("t"), "replace");
      const id = await s.requestTick(row.id);
      expect(await s.pendingRequests()).toEqual([expect.objectContaining({ id, vigyId: row.id })]);
      expect(await s.requestOutcome(id)).toEqual({ done: false });
      await s.finishRequest(id, 7, null);
      expect(await s.requestOutcome(id)).toEqual({ done: true, seq: 7, error: null });
      expect(await s.pendingRequests()).toEqual([]);
      await s.close();
    });
  });
}

describe("which store", () => {
  it("is --store, else $VIGY_DB, else vigy-js/vigy.db under the user's data directory", () => {
    expect(storePath("/x/s.db", { VIGY_DB: "/y/v.db" })).toBe("/x/s.db");
    expect(storePath(undefined, { VIGY_DB: "/y/v.db", XDG_DATA_HOME: "/d" })).toBe("/y/v.db");
    expect(storePath(undefined, { XDG_DATA_HOME: "/d" })).toBe("/d/vigy-js/vigy.db");
    expect(storePath(undefined, {})).toBe(join(homedir(), ".local", "share", "vigy-js", "vigy.db"));
  });
});

describe("a store file that is not right", () => {
  it("is refused when it is not a database, naming the file", () => {
    const f = join(tempDir(), "junk.db");
    writeFileSync(f, "this is not a database at all, just text that happens to be long enough ".repeat(100));
    expect(() => SqliteStore.open(f)).toThrow(StoreError);
    expect(() => SqliteStore.open(f)).toThrow(/junk\.db is damaged or is not a vigy store/);
  });

  it("is refused when another application's database", () => {
    const f = join(tempDir(), "other.db");
    const db = new Database(f);
    db.exec("CREATE TABLE t (x)");
    db.close();
    expect(() => SqliteStore.open(f)).toThrow(/is not a vigy store \(an SQLite database of another application\)/);
  });

  it("of schema version 1 (before run reports) opens: migrated, its runs kept without a report, new runs stored with theirs", async () => {
    const f = join(tempDir(), "v1.db");
    const db = new Database(f);
    db.exec(MIGRATIONS[0]!);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma("user_version = 1");
    db.prepare("INSERT INTO vigies VALUES ('v1', 'old', '(vigy-noop)', 'old.lisp', 'd', 1000, 1000, 1, '{}', 1, 1)").run();
    db.prepare(
      `INSERT INTO runs (vigy_id, seq, run_id, tick, trigger, slot_ms, started_ms, ended_ms, lag_ms, duration_ms, skipped, result, error, entry, digest)
       VALUES ('v1', 1, 'r1', 1, 'schedule', 1000, 1000, 1001, 0, 1, 0, 'failed', 'eval: boom', '{"seq":1}', 'd1')`,
    ).run();
    db.close();
    const s = SqliteStore.open(f);
    expect((await s.runs("v1", 10)).map((r) => [r.seq, r.error, r.report])).toEqual([[1, "eval: boom", null]]);
    await s.commit({ runs: [run("v1", 2, [], "failed")], prune: [] });
    expect((await s.runs("v1", 10)).map((r) => r.report)).toEqual(["error: boom\n  at the top level b.lisp:1:1\n", null]);
    await s.close();
    const after = new Database(f, { readonly: true });
    expect(after.pragma("user_version", { simple: true })).toBe(LATEST);
    after.close();
  });

  it("is refused when written by a newer vigy-js, and left as it was", () => {
    const f = join(tempDir(), "new.db");
    SqliteStore.open(f).close();
    const db = new Database(f);
    db.pragma(`user_version = ${LATEST + 1}`);
    db.close();
    expect(() => SqliteStore.open(f)).toThrow(new RegExp(`schema version ${LATEST + 1}, newer than this vigy-js understands \\(${LATEST}\\)`));
    const after = new Database(f);
    expect(after.pragma("user_version", { simple: true })).toBe(LATEST + 1);
    after.close();
  });

  it("is refused when damaged, instead of giving an empty kv", async () => {
    const f = join(tempDir(), "bad.db");
    const s = SqliteStore.open(f);
    const { row } = await s.register(spec("v"), "replace");
    const big = '"' + "x".repeat(3000) + '"';
    const writes: [string, string][] = [];
    for (let i = 0; i < 200; i++) writes.push([`k${i}`, big]);
    await s.commit({ runs: [run(row.id, 1, writes)], prune: [] });
    await s.close();
    // Checkpoint so the data is in the main file, then overwrite pages in its middle.
    const db = new Database(f);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    const { openSync, writeSync, closeSync, statSync } = await import("node:fs");
    const fd = openSync(f, "r+");
    const size = statSync(f).size;
    for (let at = 8192; at < size - 4096; at += 4096) writeSync(fd, Buffer.alloc(64, 0xee), 0, 64, at);
    closeSync(fd);
    let error: unknown;
    try {
      const s2 = SqliteStore.open(f);
      await s2.loadState(row.id);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(String(error)).toMatch(/bad\.db is damaged/);
  });
});
