/**
 * `vigyc replay` over a recorded run: with the recorded programs every tick matches (gensym,
 * clock readings, failures included); with an edited program exactly the ticks whose actions or
 * kv changes differ are reported, field by field, and the exit status says so.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, vigyc, vigyDir } from "./support.js";

const COUNTER = `;; @every 100ms
(define n (vigy-incr "count"))
(define tag (gensym "tick"))
(vigy-set "tag" (string tag))
(vigy-condition "Counting" "true")
(if (= 0 (modulo n 5)) (vigy-mark-converged "five"))
(vigy-noop)
`;
/** The same, plus a push on every third count and a kv key on every fourth. */
const EDITED = COUNTER + '(if (= 0 (modulo n 3)) (vigy-push n))\n(if (= 0 (modulo n 4)) (vigy-set "fourth" n))\n';

const summary = (out: string) => JSON.parse(out.trim().split("\n").at(-1)!);

describe("vigyc replay", () => {
  it("matches every recorded tick with the same programs, and reports exactly the differing ticks of an edited one", () => {
    const dir = vigyDir({
      "counter.lisp": COUNTER,
      "tear-mirror.lisp": readFileSync(join(ROOT, "examples", "tear-mirror.lisp"), "utf8").replace(/^/, ";; @every 100ms\n"),
      "tear-mirror-fixed.lisp": ";; @every 300ms\n" + readFileSync(join(ROOT, "examples", "tear-mirror-fixed.lisp"), "utf8"),
    });
    const store = join(dir, "s.db");
    const run = vigyc(["run", "--store", store, "--lines", "--for", "3s", join(dir, "v")]);
    expect(run.status, run.err).toBe(0);

    for (const name of ["counter", "tear-mirror", "tear-mirror-fixed"]) {
      const r = vigyc(["replay", name, "--store", store, "--json"]);
      const s = summary(r.out);
      expect([r.status, s.diverged, s.chain], `${name}: ${r.out.slice(0, 500)}`).toEqual([0, 0, "ok"]);
      expect(s.ticks).toBeGreaterThan(0);
    }
    const text = vigyc(["replay", "counter", "--store", store]);
    expect(text.out).toMatch(/^replayed \d+ ticks of counter \(#1–#\d+\) with the recorded program: 0 diverged, \d+ matched, 0 skipped; journal chain ok\n$/);

    // The counts each recorded tick wrote, to know which ticks an edit must change.
    const runs = vigyc(["runs", "counter", "--store", store, "--json", "--limit", "1000"])
      .out.trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .reverse();
    const count = new Map(runs.map((r) => [r.seq as number, r.kv.set.count[0] as number]));
    const expected = runs.filter((r) => count.get(r.seq)! % 3 === 0 || count.get(r.seq)! % 4 === 0).map((r) => r.seq);
    expect(expected.length).toBeGreaterThan(0);

    const edited = join(dir, "edited.lisp");
    writeFileSync(edited, EDITED);
    const r = vigyc(["replay", "counter", "--store", store, "--program", edited, "--json"]);
    expect(r.status).toBe(1);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l));
    const ticks = lines.slice(0, -1);
    expect(ticks.filter((t) => t.verdict === "diverged").map((t) => t.seq)).toEqual(expected);
    for (const t of ticks.filter((x) => x.verdict === "diverged")) {
      const n = count.get(t.seq)!;
      expect(t.diverged, `tick #${t.seq} (count ${n})`).toEqual([...(n % 3 === 0 ? ["actions"] : []), ...(n % 4 === 0 ? ["kv"] : [])]);
      if (n % 3 === 0) expect(t.replayed.actions).toEqual([{ kind: "noop", result: "ok" }, { kind: "push", payload: n }]);
    }
    expect(lines.at(-1)).toMatchObject({ name: "counter", program: edited, ticks: runs.length, diverged: expected.length, matched: runs.length - expected.length, skipped: 0, chain: "ok" });

    // Ranges.
    const last = summary(vigyc(["replay", "counter", "--store", store, "--json", "--last", "3"]).out);
    expect([last.ticks, last.to - last.from]).toEqual([3, 2]);
    const from = summary(vigyc(["replay", "counter", "--store", store, "--json", "--from", "4"]).out);
    expect([from.from, from.ticks]).toEqual([4, runs.length - 3]);
  }, 60_000);
});
