/**
 * Persistent maps share one JS Map between versions (runtime/values/lmap.ts). Whatever order
 * versions are updated and read in, each must keep exactly its own entries in its own
 * insertion order: checked against a copying model on random operation sequences. Maps over a
 * JS Map the version does not own (the empty map, adopted JSON objects, Maps handed out as
 * JSON) never change it. A fold's accumulator updated in place (LMap.setOwned) never changes
 * any other version. Exports convert exactly the entries that need it (LMap's flat flag).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LMap } from "../../runtime/values/lmap.js";
import { listOf } from "../../runtime/values/list-storage.js";
import { LList, type Value } from "../../runtime/values/types.js";

type Op =
  | { t: "set"; from: number; k: Value; v: Value }
  | { t: "remove"; from: number; k: Value }
  | { t: "merge"; from: number; other: number }
  | { t: "read"; from: number }
  | { t: "export"; from: number }
  | { t: "fold"; from: number; ks: Value[] };

/** Keys: ints, and strings for even numbers (a map with string keys only is handed out whole on export). */
const key = fc.integer({ min: 0, max: 40 }).map((i): Value => (i % 2 === 0 ? `k${i}` : i));

/** Values: ints, and sometimes a list (a map holding one is not flat, so its export converts). */
const value = fc.oneof({ weight: 4, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.integer().map((i): Value => listOf([i])) });
/** The export's value conversion: lists are copied and marked, so a list exported unconverted shows. */
const convert = (x: Value): Value => (x instanceof LList ? listOf(["copied", ...x]) : x);

const op = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant("set" as const), from: fc.nat(), k: key, v: value }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("remove" as const), from: fc.nat(), k: key }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("merge" as const), from: fc.nat(), other: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("read" as const), from: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("export" as const), from: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("fold" as const), from: fc.nat(), ks: fc.array(key, { maxLength: 8 }) }) },
);

function modelSet(m: [Value, Value][], k: Value, v: Value): [Value, Value][] {
  const i = m.findIndex(([x]) => x === k);
  return i < 0 ? [...m, [k, v]] : m.map((e, j) => (j === i ? [k, v] : e));
}

describe("persistent maps", () => {
  it("every version keeps its own entries and order, however versions are mixed", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        // A JSON object of the kv store is adopted, not copied: updates must leave it alone.
        const json = new Map<string, Value>([["a", 1], ["b", 2]]);
        const maps: LMap[] = [LMap.EMPTY, LMap.fromPairs(Array.from({ length: 40 }, (_, i) => [i, i * 10]).flat()), LMap.shareStringKeys(json, true)];
        const exported: [ReadonlyMap<string, Value>, [Value, Value][]][] = [];
        const models: [Value, Value][][] = [[], Array.from({ length: 40 }, (_, i): [Value, Value] => [i, i * 10]), [["a", 1], ["b", 2]]];
        for (const o of ops) {
          const i = o.from % maps.length;
          if (o.t === "set") {
            maps.push(maps[i]!.set(o.k, o.v));
            models.push(modelSet(models[i]!, o.k, o.v));
          } else if (o.t === "remove") {
            maps.push(maps[i]!.remove(o.k));
            models.push(models[i]!.filter(([x]) => x !== o.k));
          } else if (o.t === "merge") {
            const j = o.other % maps.length;
            maps.push(maps[i]!.merge(maps[j]!));
            models.push(models[j]!.reduce((m, [k, v]) => modelSet(m, k, v), models[i]!));
          } else if (o.t === "fold") {
            // What a compiled fold does with an accumulator nothing else reads: an ordinary
            // first step, then updates that may reuse the version (only the last one is kept).
            let m = maps[i]!;
            let model = models[i]!;
            o.ks.forEach((k, step) => {
              m = step === 0 ? m.set(k, step) : m.setOwned(k, step);
              model = modelSet(model, k, step);
            });
            maps.push(m);
            models.push(model);
          } else if (o.t === "export") {
            // Handed out as JSON: must keep these entries whatever happens to any version.
            // A map with string keys only and no list is handed out as its own Map, any other is copied.
            exported.push([maps[i]!.toStringKeyed(convert, String), models[i]!.map(([k, v]): [Value, Value] => [String(k), convert(v)])]);
          } else {
            expect(maps[i]!.entries()).toEqual(models[i]);
            expect(maps[i]!.size).toBe(models[i]!.length);
          }
        }
        maps.forEach((m, i) => expect(m.entries(), `version ${i}`).toEqual(models[i]));
        exported.forEach(([m, model], i) => expect([...m], `export ${i}`).toEqual(model));
        expect([...json]).toEqual([["a", 1], ["b", 2]]);
        expect(LMap.EMPTY.size + LMap.EMPTY.entries().length).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it("a long chain of updates to the newest version stays linear and correct", () => {
    let m = LMap.EMPTY;
    const versions: LMap[] = [];
    for (let i = 0; i < 20000; i++) versions.push((m = m.set(i % 5000, i)));
    expect(m.size).toBe(5000);
    expect(m.lookup(4999)).toBe(19999);
    expect(versions[4999]!.size).toBe(5000);
    expect(versions[4999]!.lookup(4999)).toBe(4999);
    expect(versions[100]!.entries()).toEqual(Array.from({ length: 101 }, (_, i) => [i, i]));
    expect(m.lookup(0)).toBe(15000);
  });

  it("a fold from a copied map updates one version in place; from a map held elsewhere it does not", () => {
    const first = LMap.EMPTY.set("a", 1); // the empty map is shared: this copied it
    const second = first.setOwned("b", 2);
    expect(second).toBe(first);
    expect(second.entries()).toEqual([["a", 1], ["b", 2]]);
    expect(second.size).toBe(2);
    const held = LMap.fromPairs(["x", 0]);
    const next = held.set("y", 1); // held now refers to next's Map: next must never change
    expect(next.setOwned("z", 2)).not.toBe(next);
    expect(held.entries()).toEqual([["x", 0]]);
    expect(next.entries()).toEqual([["x", 0], ["y", 1]]);
  });
});
