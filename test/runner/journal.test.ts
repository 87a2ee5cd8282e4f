/**
 * Journal entries and replay, in-process on both engines: every single-program case of the vigy
 * host table (and programs using gensym, macros, eval and the clock) is ticked with journaling,
 * then each tick is replayed on its recorded inputs alone (the kv as it stood, the clock
 * readings, the gensym base): the replayed entry must equal the recorded one byte for byte, and
 * both engines must write the same entries. Entries are canonical JSON with a chained digest.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { instantiate, type EngineName } from "../../compiler/engine.js";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import { nextGensym, setNextGensym } from "../../runtime/stdlib/natives/reader-fns.js";
import { jsonText, parseJson, type Json } from "../../runtime/vigy/json.js";
import { journaledTick } from "../../runner/exec/journaled-tick.js";
import { OwnedKv } from "../../runner/exec/owned-kv.js";
import type { LoadedProgram } from "../../runner/exec/program-loader.js";
import { ENGINES } from "../support/engines.js";
import { VIGY_CASES } from "../vigy-cases.js";

interface Program {
  readonly name: string;
  readonly src: string;
  readonly kv?: string;
  readonly now: readonly number[];
  /** Wall clock: fixed, or (undefined) a clock that moves 7 ms at every reading. */
  readonly clock?: number;
}

const EXTRA: Program[] = [
  { name: "gensym per tick", src: '(vigy-set "s" (string (gensym "t"))) (vigy-log "info" (string (gensym)))', now: [1000, 2000, 3000] },
  {
    name: "gensym in a macro and at tick time",
    src: '(defmacro twice (e) (let ((g (gensym "v"))) `(let ((,g ,e)) (+ ,g ,g)))) (vigy-set "n" (twice (vigy-incr "c"))) (vigy-set "g" (string (gensym)))',
    now: [1000, 2000],
  },
  { name: "eval makes gensyms", src: '(vigy-set "e" (string (eval (quote (gensym "e")))))', now: [5, 6] },
  { name: "moving clock", src: '(vigy-mark-converged "a") (vigy-condition "Ready" "true") (vigy-mark-converged "b")', now: [1000, 1100] },
  { name: "reads, deletes, unchanged writes", src: '(vigy-set "same" (vigy-get "same" 1)) (vigy-del "gone") (vigy-has? "absent") (vigy-incr "n")', kv: '{"gone":1,"same":{"a":[1,2.5]}}', now: [1, 2, 3] },
];

const PROGRAMS: Program[] = [
  ...VIGY_CASES.filter((c) => typeof c.src === "string" && c.extensions === undefined).map((c) => ({
    name: `${c.group}: ${c.name}`,
    src: c.src as string,
    kv: c.kv,
    now: c.now ?? [1000],
    clock: c.clock,
  })),
  ...EXTRA,
];

function load(p: Program, engine: EngineName): LoadedProgram {
  setNextGensym(0);
  const { program } = compileToIR(p.src, "vigy.lisp");
  const gensymBase = nextGensym();
  return { digest: "d".repeat(32), program: instantiate(program, p.src, engine), gensymBase };
}

function ownedFrom(data: ReadonlyMap<string, Json>, versions: ReadonlyMap<string, number>): OwnedKv {
  const kv = new OwnedKv();
  for (const [k, v] of data) kv.data.set(k, v);
  for (const [k, s] of versions) kv.versions.set(k, s);
  return kv;
}

/** Live ticks with journaling: each entry and the kv (with versions) it started from. */
function live(p: Program, engine: EngineName) {
  const program = load(p, engine);
  const kv = new OwnedKv();
  if (p.kv !== undefined) for (const [k, v] of parseJson(p.kv) as Map<string, Json>) (kv.data.set(k, v), kv.versions.set(k, 0));
  let prev: string | null = null;
  let wall = 1_700_000_000_000;
  return p.now.map((now, i) => {
    const before = { data: new Map(kv.data), versions: new Map(kv.versions) };
    const clock = p.clock !== undefined ? () => p.clock! : () => (wall += 7);
    const t = journaledTick(program, kv, { id: "0123456789abcdef", seq: i + 1, prev }, now, clock);
    prev = t.digest;
    return { before, entry: t.entry, digest: t.digest, program };
  });
}

describe("journal entries", () => {
  for (const p of PROGRAMS) {
    it(`${p.name}: replay on the recorded inputs gives the same bytes, on both engines alike`, () => {
      const byEngine = ENGINES.map((engine) => {
        const ticks = live(p, engine);
        let prev: string | null = null;
        for (const [i, t] of ticks.entries()) {
          // Canonical JSON: parsing and writing it again changes nothing.
          expect(jsonText(parseJson(t.entry))).toBe(t.entry);
          expect(createHash("sha256").update(t.entry).digest("hex")).toBe(t.digest);
          const e = parseJson(t.entry) as Map<string, Json>;
          expect(e.get("prev")).toBe(prev);
          prev = t.digest;
          const input = e.get("in") as Map<string, Json>;
          const clock = (input.get("clock") as Json[]).map(Number);
          let n = 0;
          const fresh = load(p, engine);
          const again = journaledTick(
            { ...fresh, gensymBase: Number(input.get("gensym")) },
            ownedFrom(t.before.data, t.before.versions),
            { id: "0123456789abcdef", seq: i + 1, prev: (e.get("prev") as string | null) ?? null },
            p.now[i]!,
            () => clock[n++]!,
          );
          expect(again.entry, `${engine} tick ${i + 1}`).toBe(t.entry);
        }
        return ticks.map((t) => t.entry);
      });
      expect(byEngine[1]).toEqual(byEngine[0]);
    });
  }

  it("a read names the version it saw, an unchanged write names the version it repeats", () => {
    const p = EXTRA.find((x) => x.name.startsWith("reads"))!;
    const [t1, t2] = live(p, "compiled");
    const e1 = JSON.parse(t1!.entry);
    expect(e1.in.reads).toEqual({ absent: null, gone: 0, n: null, same: 0 });
    expect(e1.kv.del).toEqual(["gone"]);
    expect(e1.kv.set.same).toBe(0); // the value it already held: version 0, not repeated
    expect(e1.kv.set.n).toEqual([1]);
    const e2 = JSON.parse(t2!.entry);
    expect(e2.in.reads).toEqual({ absent: null, gone: null, n: 1, same: 0 });
  });
});
