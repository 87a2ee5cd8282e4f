/**
 * Crash safety: `vigyc run` killed with SIGKILL at random moments, restarted each time, over a
 * fleet of vigies that count their ticks in kv. After every kill the store must hold whole ticks
 * only (the count, its mirror, the ok runs and the journal entries agree), every run the runner
 * reported as committed, an unbroken chain of journal digests, and counts that continue. Then a
 * SIGTERM: exit status 0, with everything committed (the time it took is printed).
 * Uses the built CLI (npm run build).
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SqliteStore } from "../../runner/store/sqlite/sqlite-store.js";
import { exited, linesOf, sleep, vigyc, vigycBackground, vigyDir } from "./support.js";

const COUNTER = ';; @every 100ms\n(vigy-incr "count")\n(vigy-set "mirror" (vigy-get "count"))\n(vigy-log "info" "counted")\n';

/** A small seeded generator, so a failing run can be repeated (the seed is in the test name). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Reported {
  readonly digest: string;
}

/** Everything the store holds agrees; returns the ok runs per vigy. */
async function checkStore(file: string, reported: ReadonlyMap<string, Reported>): Promise<Map<string, number>> {
  const db = new Database(file); // read-write: recovers the WAL a killed writer left
  const store = SqliteStore.open(file); // the kv as the runner reads it back (versions and stamps)
  try {
    const counts = new Map<string, number>();
    const vigies = db.prepare("SELECT id, name FROM vigies").all() as { id: string; name: string }[];
    for (const v of vigies) {
      const runs = db.prepare("SELECT seq, result, digest, entry FROM runs WHERE vigy_id = ? ORDER BY seq").all(v.id) as {
        seq: number;
        result: string;
        digest: string;
        entry: string;
      }[];
      let prev: string | null = null;
      let ok = 0;
      for (const [i, r] of runs.entries()) {
        expect(r.seq, `${v.name}: runs are numbered 1, 2, 3…`).toBe(i + 1);
        expect(createHash("sha256").update(r.entry).digest("hex"), `${v.name} #${r.seq} digest`).toBe(r.digest);
        const e = JSON.parse(r.entry);
        expect(e.prev, `${v.name} #${r.seq} names the previous entry`).toBe(prev);
        prev = r.digest;
        if (r.result === "ok") {
          ok++;
          // The k-th ok tick wrote count = k and its mirror in the same entry.
          expect(e.kv.set.count, `${v.name} #${r.seq}`).toEqual([ok]);
          expect(e.kv.set.mirror, `${v.name} #${r.seq}`).toEqual([ok]);
        }
      }
      const kv = new Map((await store.kv(v.id)).map((e) => [e.key, e.text]));
      if (ok > 0) {
        expect(kv.get("count"), `${v.name}: kv count is its ok runs`).toBe(String(ok));
        expect(kv.get("mirror"), `${v.name}: no partial tick`).toBe(String(ok));
        expect(kv.get("__sys::tick_count"), `${v.name}: tick count`).toBe(String(ok));
      } else expect(kv.has("count")).toBe(false);
      counts.set(v.id, ok);
    }
    for (const [key, r] of reported) {
      const [id, seq] = key.split(":");
      const row = db.prepare("SELECT digest FROM runs WHERE vigy_id = ? AND seq = ?").get(id, Number(seq)) as { digest: string } | undefined;
      expect(row?.digest, `committed run ${key} is in the store`).toBe(r.digest);
    }
    return counts;
  } finally {
    db.close();
    await store.close();
  }
}

const SEED = Number(process.env["VIGY_CRASH_SEED"] ?? Date.now() % 1_000_000);

describe("the runner killed with SIGKILL", () => {
  it(`keeps whole ticks only, loses no committed tick, and counts on (seed ${SEED})`, async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 12; i++) files[`count-${String(i).padStart(2, "0")}.lisp`] = COUNTER;
    const dir = vigyDir(files);
    const store = join(dir, "s.db");
    const rand = mulberry32(SEED);
    const reported = new Map<string, Reported>();
    let before = 0;
    let grew = 0;
    const rounds = 12;
    for (let round = 0; round < rounds; round++) {
      const child = vigycBackground(["run", "--store", store, "--json", join(dir, "v")]);
      const out = linesOf(child);
      // Every other round dies at a random moment from start-up on; the others at a random moment
      // once they have committed something, so that counts must carry on across restarts.
      if (round % 2 === 0) await sleep(200 + rand() * 1800);
      else {
        await out.until(1);
        await sleep(rand() * 800);
      }
      child.kill("SIGKILL");
      await exited(child);
      for (const line of out.lines) {
        const r = JSON.parse(line);
        reported.set(`${r.vigy}:${r.seq}`, { digest: r.digest });
      }
      const counts = await checkStore(store, reported);
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      expect(total, "counts never go back").toBeGreaterThanOrEqual(before);
      if (total > before) grew++;
      before = total;
    }
    expect(grew, "counts continued across the restarts").toBeGreaterThanOrEqual(rounds / 2);

    // And a last run stopped politely: exit 0, everything it reported committed.
    const child = vigycBackground(["run", "--store", store, "--json", join(dir, "v")]);
    const out = linesOf(child);
    await out.until(24);
    const t0 = Date.now();
    child.kill("SIGTERM");
    const status = await exited(child);
    console.log(`[crash] SIGTERM → exit ${status} in ${Date.now() - t0} ms; ${before} ok ticks over ${rounds} kills (${grew} rounds added ticks)`);
    expect(status).toBe(0);
    for (const line of out.lines) reported.set(`${JSON.parse(line).vigy}:${JSON.parse(line).seq}`, { digest: JSON.parse(line).digest });
    const counts = await checkStore(store, reported);
    const kv = vigyc(["kv", "count-01", "count", "--store", store]);
    expect(kv.out.trim()).toBe(String(counts.get([...counts.keys()].find((id) => checkName(store, id) === "count-01")!)));
  }, 120_000);
});

function checkName(store: string, id: string): string {
  const db = new Database(store, { readonly: true });
  try {
    return (db.prepare("SELECT name FROM vigies WHERE id = ?").get(id) as { name: string }).name;
  } finally {
    db.close();
  }
}
