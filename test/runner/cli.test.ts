/**
 * The runner's commands as a user runs them (the built CLI): registering and listing, a running
 * runner that commands change within a second (disable, register, tick-now), tail following it,
 * a second runner refused with the holder's name, tick-now without a runner, and stores that
 * cannot be used. Latencies (a change taking effect, SIGTERM to exit) are printed, never asserted.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { LATEST } from "../../runner/store/sqlite/migrations.js";
import { exited, linesOf, openDb, sleep, vigyc, vigycBackground, vigyDir } from "./support.js";

const HELLO = ';; @every 100ms\n;; @label team=infra\n(vigy-log "info" "hello") (vigy-noop) (vigy-incr "n")\n';

/** Polls `f` until it holds (up to `ms`); the time it took. */
async function eventually(f: () => boolean, ms = 8000): Promise<number> {
  const t0 = Date.now();
  while (!f()) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await sleep(20);
  }
  return Date.now() - t0;
}

describe("vigyc register, list, enable, disable, delete", () => {
  it("registers a file with its directives and options, and lists it", () => {
    const dir = vigyDir({ "hello.lisp": HELLO });
    const store = join(dir, "s.db");
    const r = vigyc(["register", join(dir, "v", "hello.lisp"), "--store", store, "--label", "tier=1", "--budget", "250ms"]);
    expect(r.status, r.err).toBe(0);
    expect(r.out).toMatch(/^✓ [0-9a-f]{16}  hello\n  ticking every 100 ms, budget 250 ms\n  labels team=infra,tier=1\n$/);
    const id = r.out.slice(2, 18);
    expect(vigyc(["register", join(dir, "v", "hello.lisp"), "--store", store, "--label", "tier=1", "--budget", "250ms"]).out).toContain("(unchanged)");
    const list = vigyc(["list", "--store", store]);
    expect(list.out).toBe(`■ ${id}  hello  (100 ms)  ${join(dir, "v", "hello.lisp")}  no runs yet\n    labels: team=infra,tier=1\n`);
    expect(JSON.parse(vigyc(["list", "--store", store, "--json"]).out)).toMatchObject({ id, name: "hello", enabled: true, tick_interval_ms: 100, budget_ms: 250, labels: { team: "infra", tier: "1" }, last_run: null });
    expect(vigyc(["list", "--store", store, "--selector", "team=web"]).out).toBe("no vigies registered\n");
    expect(vigyc(["disable", id, "--store", store]).out).toBe(`✓ ${id} disabled (hello)\n`);
    expect(vigyc(["list", "--store", store]).out).toMatch(/^□ /);
    expect(vigyc(["enable", "hello", "--store", store]).out).toBe(`✓ ${id} enabled (hello)\n`);
    const typo = vigyc(["runs", "helo", "--store", store]);
    expect([typo.status, typo.err]).toEqual([1, `vigyc runs: no vigy named or with id "helo" in ${store} (did you mean \`hello\`?)\n`]);
    expect(vigyc(["delete", "hello", "--store", store]).status).toBe(0);
    const gone = vigyc(["runs", "hello", "--store", store]);
    expect([gone.status, gone.err]).toEqual([1, `vigyc runs: no vigy named or with id "hello" in ${store} (see \`vigyc list\`)\n`]);
  });

  it("refuses bad input with exit status 2 and a clear message, creating nothing", () => {
    const dir = vigyDir({ "fast.lisp": ";; @every 50ms\n(vigy-noop)\n", "typo.lisp": ";; @evry 2s\n(vigy-noop)\n" });
    const store = join(dir, "s.db");
    const fast = vigyc(["register", join(dir, "v", "fast.lisp"), "--store", store]);
    expect([fast.status, fast.err]).toEqual([2, "vigyc register: invalid tick interval 50 ms: must be >= 100\n"]);
    const typo = vigyc(["register", join(dir, "v", "typo.lisp"), "--store", store]);
    expect(typo.status).toBe(2);
    expect(typo.err).toContain("typo.lisp:1:4: unknown directive @evry");
    expect(vigyc(["register", join(dir, "v", "fast.lisp"), "--every", "soon", "--store", store]).err).toContain("--every: expected a duration");
    expect(vigyc(["register", join(dir, "v", "none.lisp"), "--store", store]).status).toBe(2);
    const list = vigyc(["list", "--store", store]);
    expect([list.status, list.err]).toEqual([1, `vigyc list: no store at ${store} (register a vigy first, or give --store FILE)\n`]);
  });
});

describe("a running runner", () => {
  it("takes commands within a second, is followed by tail, refuses a second runner, and stops on SIGTERM", async () => {
    const dir = vigyDir({ "a.lisp": HELLO, "b.lisp": HELLO });
    const store = join(dir, "s.db");
    for (const f of ["a.lisp", "b.lisp"]) expect(vigyc(["register", join(dir, "v", f), "--store", store]).status).toBe(0);
    const runner = vigycBackground(["run", "--store", store, "--json"]);
    const out = linesOf(runner);
    const runs = (name: string) => out.lines.map((l) => JSON.parse(l)).filter((r) => r.name === name);
    await out.until(4);

    writeFileSync(join(dir, "v", "x.lisp"), HELLO);
    const second = vigyc(["run", "--store", store, "--for", "1s", join(dir, "v", "x.lisp")]);
    expect(second.status).toBe(1);
    expect(vigyc(["list", "--store", store]).out, "a runner that cannot start registers nothing").not.toContain(" x ");
    expect(second.err).toMatch(new RegExp(`is in use by another runner: \`vigyc run --store ${store.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} --json\`, pid ${runner.pid} on `));

    const tail = vigycBackground(["tail", "--store", store, "--json", "--vigy", "b"]);
    const tailed = linesOf(tail);

    const t0 = Date.now();
    expect(vigyc(["disable", "a", "--store", store]).status).toBe(0);
    const disabledAt = Date.now();
    // a stops ticking: no new run of it for a while (b goes on).
    let seen = runs("a").length;
    let quietSince = Date.now();
    await eventually(() => {
      const n = runs("a").length;
      if (n !== seen) (seen = n), (quietSince = Date.now());
      return Date.now() - quietSince > 1500;
    }, 20_000);
    const lastA = Math.max(...runs("a").map((r) => Date.parse(r.started_at)));
    const bAfter = runs("b").filter((r) => Date.parse(r.started_at) > disabledAt + 1000).length;
    expect(bAfter, "b keeps ticking").toBeGreaterThan(0);

    writeFileSync(join(dir, "v", "c.lisp"), HELLO.replace('"hello"', '"hello from c"'));
    const registeredAt = Date.now();
    expect(vigyc(["register", join(dir, "v", "c.lisp"), "--store", store]).status).toBe(0);
    const cStarted = await eventually(() => runs("c").length > 0);

    const now = vigyc(["tick-now", "a", "--store", store, "--json"]);
    expect(now.status, now.err).toBe(0);
    const manual = JSON.parse(now.out);
    expect(manual).toMatchObject({ name: "a", trigger: "manual", result: "ok", lag_ms: 0 });
    await eventually(() => runs("a").some((r) => r.trigger === "manual" && r.seq === manual.seq));

    // A new budget keeps b's schedule. (Restarting it at slot 0 would count every slot since b
    // started, tens by now, as skipped; a busy machine may make a tick miss a slot or two.)
    expect(vigyc(["register", join(dir, "v", "b.lisp"), "--store", store, "--budget", "500ms"]).out).toContain("budget 500 ms");
    const changedAt = Date.now();
    await eventually(() => runs("b").filter((r) => Date.parse(r.started_at) > changedAt + 500).length >= 3);
    expect(Math.max(...runs("b").map((r) => r.skipped))).toBeLessThan(10);

    await tailed.until(3);
    expect(tailed.lines.map((l) => JSON.parse(l).name)).toEqual(tailed.lines.map(() => "b"));
    tail.kill("SIGTERM");
    await exited(tail);

    const stopAt = Date.now();
    runner.kill("SIGTERM");
    expect(await exited(runner)).toBe(0);
    console.log(
      `[cli] last tick of a disabled vigy ${lastA - disabledAt} ms after \`vigyc disable\` returned; a registered vigy ticked ${cStarted} ms after \`vigyc register\` returned; ` +
        `SIGTERM → exit in ${Date.now() - stopAt} ms; test ${Date.now() - t0} ms`,
    );

    // What the runner reported is what the store holds.
    const kv = vigyc(["kv", "b", "n", "--store", store]);
    expect(Number(kv.out)).toBe(runs("b").filter((r) => r.result === "ok").length);
    const stored = vigyc(["runs", "b", "--store", store, "--json", "--limit", "1"]);
    const last = JSON.parse(stored.out);
    expect(last).toMatchObject({ name: "b", result: "ok", error: null, trigger: "schedule" });
    expect(Object.keys(last)).toEqual(
      expect.arrayContaining(["digest", "duration_ms", "ended_at", "lag_ms", "run_id", "seq", "skipped", "slot_at", "started_at", "tick", "in", "kv", "out"]),
    );
    expect(last.out).toMatchObject({ actions: [{ kind: "noop", result: "ok" }], log: [{ level: "info", message: "hello" }] });
    expect(last.kv.set.n).toEqual([last.tick]);
    expect(last.run_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }, 60_000);

  it("tick-now without a runner ticks once itself, also a disabled vigy", () => {
    const dir = vigyDir({ "d.lisp": ';; @disabled\n(vigy-incr "n") (vigy-emit "custom" "x")\n' });
    const store = join(dir, "s.db");
    expect(vigyc(["register", join(dir, "v", "d.lisp"), "--store", store]).out).toContain("registered disabled");
    const r = vigyc(["tick-now", "d", "--store", store]);
    expect(r.status, r.err).toBe(0);
    expect(r.out).toMatch(/ d  #1 tick 1  ok +manual +took .* custom\n$/);
    expect(vigyc(["tick-now", "d", "--store", store]).out).toContain("#2 tick 2");
    expect(vigyc(["kv", "d", "--store", store, "--json"]).out).toMatch(/^\{"__sys::prev_tick_ms":\d+,"__sys::tick_count":2,"n":2\}\n$/);
  });
});

describe("a failed tick's report", () => {
  it("is stored with its run and shown by runs (under the line, and as a JSON field), as vigyc tick gives it", () => {
    const program =
      '(define (price item qty) (* (car item) qty))\n(define (total items) (foldl (lambda (acc it) (+ acc (price it 2))) 0 items))\n(vigy-set "total" (total (list (list 3) (list "x"))))\n';
    const dir = vigyDir({ "price.lisp": program });
    const store = join(dir, "s.db");
    const f = join(dir, "v", "price.lisp");
    expect(vigyc(["register", f, "--store", store]).status).toBe(0);
    const now = vigyc(["tick-now", "price", "--store", store]);
    expect(now.status, now.err).toBe(0);
    const tick = JSON.parse(vigyc(["tick", "--json", f, "--now", "1"]).out);
    const report: string = tick.report;
    expect(report).toContain(`  at (price item qty) ${f}:1:26\n`);
    expect(report).toContain(`  called from (total items) ${f}:2:23\n`);
    const indented = report.trimEnd().split("\n").map((l) => "  " + l);

    const text = vigyc(["runs", "price", "--store", store]);
    const [line, ...rest] = text.out.trimEnd().split("\n");
    expect(line).toMatch(/ price  #1 tick 1  FAILED  manual .* eval: type mismatch: expected number, got string at .*price\.lisp:1:26$/);
    expect(rest).toEqual(indented);
    expect(now.out).toBe(text.out);

    const run = JSON.parse(vigyc(["runs", "price", "--store", store, "--json"]).out);
    expect(run.error).toBe(tick.error);
    expect(run.report).toBe(report);
    expect(run.out.error).toBe(tick.error);
    expect(run.out).not.toHaveProperty("report"); // the journal entry is the tick's own doing
    const db = openDb(store);
    expect(db.prepare("SELECT report FROM runs").pluck().all()).toEqual([report]);
    db.close();
    expect(vigyc(["replay", "price", "--store", store]).status).toBe(0);
  });
});

describe("a store that cannot be used", () => {
  it("is a clear error and a non-zero exit for every command, never an empty kv", () => {
    const dir = vigyDir({ "a.lisp": HELLO });
    const junk = join(dir, "junk.db");
    writeFileSync(junk, "not a database ".repeat(500));
    for (const args of [["run", join(dir, "v")], ["list"], ["kv", "a"]]) {
      const r = vigyc([...args, "--store", junk]);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.err).toContain(`store ${junk} is damaged or is not a vigy store`);
    }
    const newer = join(dir, "newer.db");
    expect(vigyc(["register", join(dir, "v", "a.lisp"), "--store", newer]).status).toBe(0);
    const db = new Database(newer);
    db.pragma("user_version = 999");
    db.close();
    const r = vigyc(["run", "--store", newer, "--for", "1s"]);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(new RegExp(`store .*newer\\.db has schema version 999, newer than this vigy-js understands \\(${LATEST}\\); upgrade vigy-js to use it`));
  });
});
