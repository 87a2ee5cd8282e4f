/**
 * Lists share storage (runtime/values/list-storage.ts): `cons` writes into free slots of a
 * list's array and `cdr`, `drop` and `append` make views of it. A model-based property checks
 * that no list ever changes: random sequences of list operations on a growing pool of lists,
 * where every list also has a model (a plain array, copied by every operation as the
 * reference's vectors are), and after each step every list in the pool still holds exactly its
 * model's elements. The natives are called as programs call them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { append, car, cdr, cons, drop, reverse, take } from "../../runtime/stdlib/natives/lists.js";
import { filter, map } from "../../runtime/stdlib/natives/hof.js";
import { callProc } from "../../runtime/values/call.js";
import { consAll, listOf } from "../../runtime/values/list-storage.js";
import { Closure, LList, type Native, type Value } from "../../runtime/values/types.js";

/** A pool entry: the value and the elements it must hold (null: nil). */
interface Entry {
  readonly v: Value;
  readonly model: readonly Value[] | null;
}

const nat = (f: Native, ...args: Value[]): Value => callProc(f, args);
const elementsOf = (v: Value): readonly Value[] | null => (v === null ? null : (v as LList).toArray());
const inc = new Closure(["x"], null, ([x]) => (x as number) + 1);
const odd = new Closure(["x"], null, ([x]) => (x as number) % 2 !== 0);

type Op =
  | { t: "cons"; from: number; x: number }
  | { t: "cdr"; from: number }
  | { t: "append"; from: number[] }
  | { t: "drop" | "take"; from: number; n: number }
  | { t: "reverse" | "map" | "filter"; from: number }
  | { t: "consAll"; from: number; heads: number[] };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ t: fc.constant("cons" as const), from: fc.nat(), x: fc.integer({ min: 0, max: 99 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant("cdr" as const), from: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("append" as const), from: fc.array(fc.nat(), { maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constantFrom("drop" as const, "take" as const), from: fc.nat(), n: fc.integer({ min: -1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constantFrom("reverse" as const, "map" as const, "filter" as const), from: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("consAll" as const), from: fc.nat(), heads: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 5 }) }) },
);

/** The new pool entry an operation makes, or null when the reference raises (cdr of an empty list). */
function step(pool: Entry[], o: Op): Entry | null {
  const pickFrom = (k: number): Entry => pool[k % pool.length]!;
  const m = (e: Entry): readonly Value[] => e.model ?? [];
  switch (o.t) {
    case "cons": {
      const e = pickFrom(o.from);
      return { v: nat(cons, o.x, e.v), model: [o.x, ...m(e)] };
    }
    case "cdr": {
      const e = pickFrom(o.from);
      if (m(e).length === 0) return null;
      return { v: nat(cdr, e.v), model: m(e).length === 1 ? null : m(e).slice(1) };
    }
    case "append": {
      const es = o.from.map(pickFrom);
      const all = es.flatMap(m);
      return { v: nat(append, ...es.map((e) => e.v)), model: all.length === 0 ? null : all };
    }
    case "drop":
    case "take": {
      const e = pickFrom(o.from);
      const n = Math.max(0, o.n);
      return { v: nat(o.t === "drop" ? drop : take, o.n, e.v), model: o.t === "drop" ? m(e).slice(n) : m(e).slice(0, n) };
    }
    case "reverse": {
      const e = pickFrom(o.from);
      return { v: nat(reverse, e.v), model: e.model === null ? null : [...e.model].reverse() };
    }
    case "map": {
      const e = pickFrom(o.from);
      return { v: nat(map, inc, e.v), model: m(e).map((x) => (x as number) + 1) };
    }
    case "filter": {
      const e = pickFrom(o.from);
      return { v: nat(filter, odd, e.v), model: m(e).filter((x) => (x as number) % 2 !== 0) };
    }
    case "consAll": {
      const e = pickFrom(o.from);
      // At least one head: compiled and interpreted tail recursion modulo cons never have none.
      return { v: consAll([...o.heads], e.v), model: [...o.heads, ...m(e)] };
    }
  }
}

describe("lists that share storage", () => {
  it("never change, whatever is consed onto, cut from or appended to them (model-based)", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (ops) => {
        const pool: Entry[] = [{ v: null, model: null }, { v: listOf([]), model: [] }, { v: listOf([1, 2, 3]), model: [1, 2, 3] }];
        for (const o of ops) {
          const made = step(pool, o);
          if (made !== null) pool.push(made);
          for (const e of pool) expect(elementsOf(e.v), JSON.stringify(o)).toEqual(e.model);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("cons onto the newest list writes in place; onto any other copies", () => {
    let acc: Value = listOf([]);
    for (let i = 0; i < 100; i++) acc = nat(cons, i, acc);
    const l = acc as LList;
    const storage = l.a;
    const longer = nat(cons, "a", l) as LList;
    expect(longer.a).toBe(storage); // the slot in front was free
    const other = nat(cons, "b", l) as LList;
    expect(other.a).not.toBe(storage); // taken now: a copy
    expect([nat(car, longer), nat(car, other), nat(car, l)]).toEqual(["a", "b", 99]);
    const rest = nat(cdr, l) as LList;
    expect(rest.a).toBe(storage); // cdr is a view
    expect((nat(cons, "c", rest) as LList).a).not.toBe(storage); // its slot in front holds l's head
  });
});
