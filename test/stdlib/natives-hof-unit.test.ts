import { BUILTINS } from "../../runtime/stdlib/natives/index.js";
/**
 * Focused unit tests of the higher-order, map, channel, fiber and reader natives, called
 * directly through callProc (no compiler involved).
 */
import { describe, expect, it } from "vitest";
import { LispError, readerErr, typeErr, userErr, divZero } from "../../runtime/errors/lisp-error.js";
import { callProc } from "../../runtime/values/call.js";
import { LMap } from "../../runtime/values/lmap.js";
import { display } from "../../runtime/values/printer.js";
import { typeName } from "../../runtime/values/type-name.js";
import { cons as consValue, listOf } from "../../runtime/values/list-storage.js";
import { Closure, Kw, LErrorValue, LFloat, LList, LPromise, Native, Sym, type Value } from "../../runtime/values/types.js";
import { NATIVES as HOF } from "../../runtime/stdlib/natives/hof.js";
import { NATIVES as MAPS } from "../../runtime/stdlib/natives/maps.js";
import { NATIVES as CHANNELS } from "../../runtime/stdlib/natives/channels.js";
import { NATIVES as FIBERS } from "../../runtime/stdlib/natives/fibers.js";
import { NATIVES as READER } from "../../runtime/stdlib/natives/reader-fns.js";

const ALL = new Map<string, Native>();
for (const n of [...HOF, ...MAPS, ...CHANNELS, ...FIBERS, ...READER]) {
  if (ALL.has(n.name)) throw new Error(`duplicate native ${n.name}`);
  ALL.set(n.name, n);
}

const fn = (name: string): Native => {
  const f = ALL.get(name) ?? BUILTINS.get(name);
  if (f === undefined) throw new Error(`no native ${name}`);
  return f;
};
const call = (name: string, ...args: Value[]): Value => callProc(fn(name), args);
const show = (name: string, ...args: Value[]): string => display(call(name, ...args));

/** The thrown LispError's catch tag and short message. */
function err(thunk: () => unknown): [string, string] {
  try {
    thunk();
  } catch (e) {
    if (e instanceof LispError) return [e.tag, e.shortMessage];
    throw e;
  }
  throw new Error("expected a LispError");
}
const callErr = (name: string, ...args: Value[]) => err(() => call(name, ...args));

const lam = (params: string[], body: (args: Value[]) => Value) => new Closure(params, null, body);
const num = (v: Value): number => {
  if (typeof v !== "number") throw typeErr("number", typeName(v));
  return v;
};
const add = lam(["a", "b"], ([a, b]) => num(a) + num(b));
const sub = lam(["a", "b"], ([a, b]) => num(a) - num(b));
const lt = lam(["a", "b"], ([a, b]) => num(a) < num(b));
const gt = lam(["a", "b"], ([a, b]) => num(a) > num(b));
const sq = lam(["x"], ([x]) => num(x) * num(x));
const even = lam(["x"], ([x]) => num(x) % 2 === 0);
const gt2 = lam(["x"], ([x]) => num(x) > 2);
const cons = lam(["x", "xs"], ([x, xs]) => consValue(x!, xs!));
const list = (...xs: Value[]): LList => listOf(xs);
const kw = Kw.of;
const sym = Sym.of;

describe("arities follow Appendix A", () => {
  const expected: Record<string, string> = {
    apply: "2+", map: "2+", filter: "2", remove: "2", "for-each": "2", foldl: "3", foldr: "3",
    reduce: "2-3", "scan-left": "3", find: "2", "find-index": "2", some: "2", "any?": "2",
    "every?": "2", "count-if": "2", "take-while": "2", "drop-while": "2", partition: "2",
    "group-by": "2", "sort-by": "2", iterate: "3", repeatedly: "2", force: "1",
    "hash-map": "*", "hash-map?": "1", "hash-map-count": "1", "hash-map-empty?": "1",
    "hash-map-has?": "2", "hash-map-get": "2", "hash-map-get-or": "3", "hash-map-set": "3",
    "hash-map-remove": "2", "hash-map-keys": "1", "hash-map-values": "1", "hash-map-entries": "1",
    "hash-map-merge": "1+", "hash-map-update": "3", chan: "0-1", "chan?": "1", "chan-closed?": "1",
    "chan-len": "1", "chan-capacity": "1", ">!": "2", "<!": "1", "close!": "1", "drain!": "1",
    go: "1", "go-run": "1", "go-status": "1", "go-result": "1", "go-error": "1", "go?": "1",
    "read-string": "1", "read-all": "1", gensym: "0-1",
  };
  it("declares exactly the expected names and arities", () => {
    const got: Record<string, string> = {};
    for (const [name, f] of ALL) {
      got[name] =
        f.max === Infinity ? (f.min === 0 ? "*" : `${f.min}+`) : f.min === f.max ? `${f.min}` : `${f.min}-${f.max}`;
    }
    expect(got).toEqual(expected);
  });
  it("arity errors name the native", () => {
    expect(callErr("filter", even)).toEqual(["arity-mismatch", "`filter` expected Exact(2), got 1"]);
    expect(callErr("reduce", add)).toEqual(["arity-mismatch", "`reduce` expected Range(2, 3), got 1"]);
    expect(callErr("map", sq)).toEqual(["arity-mismatch", "`map` expected AtLeast(2), got 1"]);
  });
});

describe("apply", () => {
  it("splices the last list after the middle args", () => {
    expect(show("apply", fn("hash-map"), list(kw("a"), 1))).toBe("{:a 1}");
    expect(show("apply", add, list(1, 2))).toBe("3");
    expect(show("apply", add, 100, list(5))).toBe("105");
    expect(show("apply", add, 1, 2, null)).toBe("3");
  });
  it("rejects a non-list last arg", () => {
    expect(callErr("apply", add, 1, 2)).toEqual([
      "type-mismatch",
      "type mismatch: expected list (last arg of apply), got int",
    ]);
  });
  it("reports arity errors of the callee", () => {
    expect(callErr("apply", add, list(1))).toEqual(["arity-mismatch", "`<closure>` expected Exact(2), got 1"]);
  });
  it("a non-callable is not callable", () => {
    expect(callErr("apply", 5, list())).toEqual(["not-callable", "value of type int is not callable"]);
  });
});

describe("map / filter / remove / for-each", () => {
  it("map over one list, and over N lists stopping at the shortest", () => {
    expect(show("map", sq, list(1, 2, 3, 4))).toBe("(1 4 9 16)");
    expect(show("map", add, list(1, 2, 3), list(10, 20))).toBe("(11 22)");
    expect(show("map", fn("hash-map"), list(kw("a"), kw("b")), list(1, 2, 3))).toBe("({:a 1} {:b 2})");
  });
  it("empty results are the empty list, nil input is accepted", () => {
    for (const name of ["map", "filter", "remove", "take-while", "drop-while"]) {
      const r = call(name, even, null);
      expect(r instanceof LList && r.length === 0, name).toBe(true);
    }
    const r = call("filter", even, list(1, 3));
    expect(typeName(r)).toBe("list");
    expect(show("map", add, list(), list(1))).toBe("()");
    expect(typeName(call("map", add, list(), list(1)))).toBe("list");
  });
  it("returns a new list, never the argument", () => {
    const xs = list(2, 4);
    expect(call("filter", even, xs)).not.toBe(xs);
    expect(call("drop-while", lam(["x"], () => false), xs)).not.toBe(xs);
  });
  it("filter / remove keep and drop on truthiness (the empty list is truthy)", () => {
    const emptyList = lam(["x"], () => list());
    expect(show("filter", emptyList, list(1, 2))).toBe("(1 2)");
    expect(show("filter", lam(["x"], () => null), list(1, 2))).toBe("()");
    expect(show("remove", even, list(1, 2, 3, 4))).toBe("(1 3)");
  });
  it("non-list arguments are type errors", () => {
    expect(callErr("map", sq, "abc")).toEqual(["type-mismatch", "type mismatch: expected list, got string"]);
    expect(callErr("map", add, list(1), 5)).toEqual(["type-mismatch", "type mismatch: expected list, got int"]);
    expect(callErr("filter", even, kw("x"))).toEqual(["type-mismatch", "type mismatch: expected list, got keyword"]);
  });
  it("for-each runs in order and returns nil", () => {
    const seen: Value[] = [];
    const r = call("for-each", lam(["x"], ([x]) => (seen.push(x!), 0)), list(1, 2, 3));
    expect(r).toBe(null);
    expect(seen).toEqual([1, 2, 3]);
  });
  it("natives can be callbacks", () => {
    expect(show("map", fn("promise?"), list(1, new LPromise(null)))).toBe("(#f #t)");
  });
});

describe("folds", () => {
  it("foldl calls (f acc x), foldr calls (f x acc) from the right", () => {
    expect(show("foldl", sub, 0, list(1, 2, 3))).toBe("-6");
    expect(show("foldr", sub, 0, list(1, 2, 3))).toBe("2");
    expect(show("foldr", cons, list(), list(1, 2, 3))).toBe("(1 2 3)");
    expect(show("foldl", add, 7, null)).toBe("7");
  });
  it("reduce with and without init", () => {
    expect(show("reduce", add, 100, list(1, 2, 3))).toBe("106");
    expect(show("reduce", add, list(10, 20, 30))).toBe("60");
    expect(show("reduce", add, list(5))).toBe("5");
    expect(show("reduce", add, 9, null)).toBe("9");
    expect(callErr("reduce", add, list())).toEqual(["native-fn", "in native `reduce`: no init and empty list"]);
    expect(callErr("reduce", add, null)).toEqual(["native-fn", "in native `reduce`: no init and empty list"]);
    expect(callErr("reduce", add, 3)).toEqual(["type-mismatch", "type mismatch: expected list, got int"]);
  });
  it("scan-left includes init and every accumulator", () => {
    expect(show("scan-left", add, 0, list(1, 2, 3))).toBe("(0 1 3 6)");
    expect(show("scan-left", add, 0, null)).toBe("(0)");
  });
});

describe("searching", () => {
  it("find / find-index", () => {
    expect(show("find", gt2, list(1, 2, 3, 4))).toBe("3");
    expect(call("find", gt2, list(1))).toBe(null);
    expect(show("find-index", gt2, list(1, 2, 3, 4))).toBe("2");
    expect(show("find-index", gt2, null)).toBe("-1");
  });
  it("some returns the first truthy predicate result", () => {
    const f = lam(["x"], ([x]) => (num(x) > 1 ? kw(`v${num(x)}`) : false));
    expect(show("some", f, list(1, 2, 3))).toBe(":v2");
    expect(call("some", f, list(0, 1))).toBe(null);
  });
  it("any? / every? / count-if", () => {
    expect(call("any?", gt2, list(1, 3))).toBe(true);
    expect(call("any?", gt2, null)).toBe(false);
    expect(call("every?", gt2, list(3, 1))).toBe(false);
    expect(call("every?", gt2, list())).toBe(true);
    expect(call("count-if", gt2, list(1, 2, 3, 4, 5))).toBe(3);
  });
  it("stops calling the predicate once decided", () => {
    let calls = 0;
    const p = lam(["x"], ([x]) => (calls++, x === 2));
    call("find", p, list(1, 2, 3, 4));
    expect(calls).toBe(2);
  });
});

describe("partitioning", () => {
  it("take-while / drop-while", () => {
    const lt3 = lam(["x"], ([x]) => num(x) < 3);
    expect(show("take-while", lt3, list(1, 2, 3, 1))).toBe("(1 2)");
    expect(show("drop-while", lt3, list(1, 2, 3, 1))).toBe("(3 1)");
  });
  it("partition gives (matching non-matching), empty lists included", () => {
    expect(show("partition", gt2, list(1, 2, 3, 4, 5))).toBe("((3 4 5) (1 2))");
    expect(show("partition", gt2, list(1))).toBe("(() (1))");
    const r = call("partition", gt2, list(1)) as LList;
    expect(typeName(r.at(0)!)).toBe("list");
  });
  it("group-by stringifies keys, in first-seen order", () => {
    const mod2 = lam(["x"], ([x]) => num(x) % 2);
    expect(show("group-by", mod2, list(1, 2, 3, 4))).toBe('((":int 1" (1 3)) (":int 0" (2 4)))');
    const id = lam(["x"], ([x]) => x!);
    expect(
      show("group-by", id, list(kw("odd"), sym("a"), new LFloat(1.5), new LFloat(2), true, false, null, "s", kw("odd"))),
    ).toBe(
      '((":kw odd" (:odd :odd)) (":sym a" (a)) (":float 1.5" (1.5)) (":float 2" (2)) (":bool true" (#t)) (":bool false" (#f)) (":nil" (())) ("s" ("s")))',
    );
    // Other kinds use their Display text; a string can collide with a stringified key.
    expect(show("group-by", id, list(list(1, "a"), list(), ":int 1", 1))).toBe(
      '((":(1 \\"a\\")" ((1 "a"))) (":()" (())) (":int 1" (":int 1" 1)))',
    );
    expect(show("group-by", id, null)).toBe("()");
    expect(typeName(call("group-by", id, null))).toBe("list");
  });
  it("group-by on big ints", () => {
    const id = lam(["x"], ([x]) => x!);
    expect(show("group-by", id, list(9223372036854775807n))).toBe('((":int 9223372036854775807" (9223372036854775807)))');
  });
});

describe("sort-by", () => {
  it("swaps when the comparator returns an int > 0 or #t", () => {
    expect(show("sort-by", sub, list(3, 1, 2, 5, 4))).toBe("(1 2 3 4 5)");
    expect(show("sort-by", gt, list(3, 1, 2, 5, 4))).toBe("(1 2 3 4 5)");
    expect(show("sort-by", lt, list(3, 1, 2, 5, 4))).toBe("(5 4 3 2 1)");
    expect(show("sort-by", lam(["a", "b"], () => 9223372036854775807n), list(1, 2, 3))).toBe("(3 2 1)");
  });
  it("is stable", () => {
    const byFirst = lam(["a", "b"], ([a, b]) => num((a as LList).at(0)!) - num((b as LList).at(0)!));
    expect(show("sort-by", byFirst, list(list(2, "a"), list(1, "b"), list(2, "c"), list(1, "d")))).toBe(
      '((1 "b") (1 "d") (2 "a") (2 "c"))',
    );
  });
  it("calls (cmp prev cur)", () => {
    const calls: string[] = [];
    call("sort-by", lam(["a", "b"], ([a, b]) => (calls.push(`${display(a!)}<${display(b!)}`), 0)), list(1, 2, 3));
    expect(calls).toEqual(["1<2", "2<3"]);
  });
  it("rejects other comparator results; singletons and empties never call it", () => {
    const bad = lam(["a", "b"], () => new LFloat(1));
    expect(callErr("sort-by", bad, list(1, 2))).toEqual([
      "type-mismatch",
      "type mismatch: expected int (or bool) from comparator, got float",
    ]);
    expect(callErr("sort-by", lam(["a", "b"], () => null), list(1, 2))).toEqual([
      "type-mismatch",
      "type mismatch: expected int (or bool) from comparator, got nil",
    ]);
    expect(show("sort-by", bad, list(1))).toBe("(1)");
    expect(typeName(call("sort-by", bad, null))).toBe("list");
  });
  it("does not modify its argument", () => {
    const xs = list(3, 1, 2);
    call("sort-by", sub, xs);
    expect(xs.toArray()).toEqual([3, 1, 2]);
  });
});

describe("iterate / repeatedly", () => {
  const dbl = lam(["x"], ([x]) => num(x) * 2);
  it("iterate builds (x (f x) …) of length n", () => {
    expect(show("iterate", dbl, 1, 5)).toBe("(1 2 4 8 16)");
    expect(show("iterate", dbl, 1, 0)).toBe("()");
    expect(typeName(call("iterate", dbl, 1, 0))).toBe("list");
  });
  it("iterate applies f n times, like the reference", () => {
    let calls = 0;
    call("iterate", lam(["x"], ([x]) => (calls++, x!)), 0, 3);
    expect(calls).toBe(3);
  });
  it("negative counts and non-ints", () => {
    expect(callErr("iterate", dbl, 1, -1)).toEqual(["native-fn", "in native `hof`: expected non-negative int"]);
    expect(callErr("repeatedly", dbl, -3)).toEqual(["native-fn", "in native `hof`: expected non-negative int"]);
    expect(callErr("iterate", dbl, 1, new LFloat(2))).toEqual(["type-mismatch", "type mismatch: expected integer, got float"]);
  });
  it("repeatedly calls the thunk n times", () => {
    let n = 0;
    expect(show("repeatedly", lam([], () => ++n), 4)).toBe("(1 2 3 4)");
    expect(callErr("repeatedly", sq, 1)).toEqual(["arity-mismatch", "`<closure>` expected Exact(1), got 0"]);
  });
});

describe("force / promise?", () => {
  it("runs the thunk once and caches, also across aliases", () => {
    let runs = 0;
    const p = new LPromise(lam([], () => (++runs, kw("computed"))));
    expect(display(p)).toBe("#<promise pending>");
    expect(show("force", p)).toBe(":computed");
    expect(show("force", p)).toBe(":computed");
    expect(runs).toBe(1);
    expect(display(p)).toBe("#<promise :computed>");
  });
  it("caches a nil result too", () => {
    let runs = 0;
    const p = new LPromise(lam([], () => (++runs, null)));
    call("force", p);
    call("force", p);
    expect(runs).toBe(1);
    expect(display(p)).toBe("#<promise ()>");
  });
  it("an error leaves the promise pending", () => {
    let runs = 0;
    const p = new LPromise(lam([], () => {
      runs++;
      throw divZero();
    }));
    expect(err(() => call("force", p))).toEqual(["division-by-zero", "division by zero"]);
    expect(err(() => call("force", p))).toEqual(["division-by-zero", "division by zero"]);
    expect(runs).toBe(2);
  });
  it("passes non-promises through", () => {
    const xs = list(1);
    expect(call("force", xs)).toBe(xs);
    expect(call("force", null)).toBe(null);
  });
  it("promise?", () => {
    expect(call("promise?", new LPromise(null))).toBe(true);
    expect(call("promise?", 1)).toBe(false);
  });
});

describe("hash maps", () => {
  const m = () => call("hash-map", kw("a"), 1, kw("b"), 2) as LMap;
  it("construct, count, get", () => {
    expect(show("hash-map")).toBe("{}");
    expect(show("hash-map", kw("a"), 1, kw("a"), 2)).toBe("{:a 2}");
    expect(show("hash-map-count", m())).toBe("2");
    expect(call("hash-map-empty?", call("hash-map"))).toBe(true);
    expect(call("hash-map-empty?", m())).toBe(false);
    expect(show("hash-map-get", m(), kw("b"))).toBe("2");
    expect(call("hash-map-get", m(), kw("zz"))).toBe(null);
    expect(show("hash-map-get-or", m(), kw("zz"), 99)).toBe("99");
    expect(call("hash-map-get-or", call("hash-map", kw("n"), null), kw("n"), 99)).toBe(null);
    expect(call("hash-map-get-or", call("hash-map", kw("n"), false), kw("n"), 99)).toBe(false);
    expect(call("hash-map-has?", m(), kw("a"))).toBe(true);
    expect(call("hash-map-has?", m(), sym("a"))).toBe(false);
  });
  it("keys are typed", () => {
    const t = call("hash-map", 1, kw("int"), new LFloat(1), kw("float"), "1", kw("str"));
    expect(show("hash-map-get", t, 1)).toBe(":int");
    expect(show("hash-map-get", t, new LFloat(1))).toBe(":float");
    expect(show("hash-map-count", t)).toBe("3");
  });
  it("is persistent", () => {
    const m1 = m();
    const m2 = call("hash-map-set", m1, kw("c"), 3);
    const m3 = call("hash-map-remove", m1, kw("a"));
    expect(display(m1)).toBe("{:a 1, :b 2}");
    expect(display(m2)).toBe("{:a 1, :b 2, :c 3}");
    expect(display(m3)).toBe("{:b 2}");
  });
  it("keys / values / entries", () => {
    expect(show("hash-map-keys", m())).toBe("(:a :b)");
    expect(show("hash-map-values", m())).toBe("(1 2)");
    expect(show("hash-map-entries", m())).toBe("((:a 1) (:b 2))");
    // Float keys come back as floats, not as the map's internal key objects.
    const floats = call("hash-map", 1, kw("int"), new LFloat(1.5), kw("float"));
    expect(show("hash-map-keys", floats)).toBe("(1 1.5)");
    expect(show("hash-map-entries", floats)).toBe("((1 :int) (1.5 :float))");
    expect(typeName((call("hash-map-keys", floats) as LList).at(1)!)).toBe("float");
    for (const name of ["hash-map-keys", "hash-map-values", "hash-map-entries"]) {
      expect(typeName(call(name, call("hash-map"))), name).toBe("list");
    }
  });
  it("merge: later wins, every operand must be a map", () => {
    expect(show("hash-map-merge", m(), call("hash-map", kw("a"), 10, kw("c"), 3))).toBe("{:a 10, :b 2, :c 3}");
    expect(show("hash-map-merge", m())).toBe("{:a 1, :b 2}");
    expect(callErr("hash-map-merge", m(), 5)).toEqual(["type-mismatch", "type mismatch: expected map, got int"]);
  });
  it("update calls f with the current value or nil", () => {
    const inc = lam(["x"], ([x]) => (x === null ? kw("fresh") : num(x) + 1));
    expect(show("hash-map-update", m(), kw("a"), inc)).toBe("{:a 2, :b 2}");
    expect(show("hash-map-update", m(), kw("z"), inc)).toBe("{:a 1, :b 2, :z :fresh}");
  });
  it("errors", () => {
    expect(callErr("hash-map", kw("a"))).toEqual([
      "native-fn",
      "in native `hash-map`: expected even number of args (k v k v ...)",
    ]);
    expect(callErr("hash-map", list(1, 2), kw("v"))).toEqual(["native-fn", "in native `hash-map`: non-hashable key kind: list"]);
    expect(callErr("hash-map-get", m(), list())).toEqual(["native-fn", "in native `hash-map`: non-hashable key kind: list"]);
    expect(callErr("hash-map-set", m(), call("hash-map"), 1)).toEqual([
      "native-fn",
      "in native `hash-map`: non-hashable key kind: map",
    ]);
    for (const name of ["hash-map-count", "hash-map-empty?", "hash-map-keys", "hash-map-values", "hash-map-entries"]) {
      expect(callErr(name, null), name).toEqual(["type-mismatch", "type mismatch: expected map, got nil"]);
    }
    expect(callErr("hash-map-get", list(), kw("a"))).toEqual(["type-mismatch", "type mismatch: expected map, got list"]);
    expect(callErr("hash-map-update", 1, kw("a"), sq)).toEqual(["type-mismatch", "type mismatch: expected map, got int"]);
  });
  it("hash-map?", () => {
    expect(call("hash-map?", m())).toBe(true);
    expect(call("hash-map?", list())).toBe(false);
    expect(call("hash-map?", null)).toBe(false);
  });
});

describe("channels", () => {
  it("FIFO, :empty when open, :closed when closed", () => {
    const ch = call("chan");
    expect(call(">!", ch, 1)).toBe(true);
    expect(call(">!", ch, 2)).toBe(true);
    expect(show("chan-len", ch)).toBe("2");
    expect(show("<!", ch)).toBe("1");
    expect(show("<!", ch)).toBe("2");
    expect(show("<!", ch)).toBe(":empty");
    expect(call(">!", ch, 3)).toBe(true);
    expect(call("close!", ch)).toBe(null);
    expect(call("chan-closed?", ch)).toBe(true);
    expect(call(">!", ch, 4)).toBe(false);
    expect(show("<!", ch)).toBe("3");
    expect(show("<!", ch)).toBe(":closed");
  });
  it("nil can travel through a channel", () => {
    const ch = call("chan");
    call(">!", ch, null);
    expect(call("<!", ch)).toBe(null);
    expect(show("<!", ch)).toBe(":empty");
  });
  it("bounded channels reject overflow; capacity 0 accepts nothing", () => {
    const ch = call("chan", 2);
    expect([call(">!", ch, 1), call(">!", ch, 2), call(">!", ch, 3)]).toEqual([true, true, false]);
    call("<!", ch);
    expect(call(">!", ch, 4)).toBe(true);
    expect(call(">!", call("chan", 0), 1)).toBe(false);
    expect(show("chan-capacity", ch)).toBe("2");
    expect(show("chan-capacity", call("chan"))).toBe(":unbounded");
  });
  it("drain! returns the remaining items and closes", () => {
    const ch = call("chan");
    call(">!", ch, 1);
    call(">!", ch, 2);
    call("<!", ch);
    call(">!", ch, 3);
    expect(show("drain!", ch)).toBe("(2 3)");
    expect(call("chan-closed?", ch)).toBe(true);
    expect(show("<!", ch)).toBe(":closed");
    const d = call("drain!", ch);
    expect(typeName(d)).toBe("list");
    expect(display(d)).toBe("()");
  });
  it("keeps FIFO order across many operations", () => {
    const ch = call("chan");
    const got: Value[] = [];
    for (let i = 0; i < 5000; i++) {
      call(">!", ch, i);
      call(">!", ch, 0 - i);
      got.push(call("<!", ch));
    }
    while (call("chan-len", ch) !== 0) got.push(call("<!", ch));
    const expected: number[] = [];
    for (let i = 0; i < 5000; i++) expected.push(i, 0 - i);
    expect(got).toEqual(expected);
  });
  it("values are foreign", () => {
    const ch = call("chan");
    expect(typeName(ch)).toBe("foreign");
    expect(display(ch)).toBe("#<foreign>");
    expect(call("chan?", ch)).toBe(true);
    expect(call("chan?", 42)).toBe(false);
    expect(call("chan?", call("go", sq))).toBe(false);
  });
  it("errors", () => {
    expect(callErr("chan", -1)).toEqual(["native-fn", "in native `chan`: negative capacity"]);
    expect(callErr("chan", new LFloat(1))).toEqual(["type-mismatch", "type mismatch: expected non-negative int, got float"]);
    for (const name of ["chan-closed?", "chan-len", "chan-capacity", "<!", "close!", "drain!"]) {
      expect(callErr(name, 1), name).toEqual(["type-mismatch", "type mismatch: expected channel, got int"]);
    }
    expect(callErr(">!", call("go", sq), 1)).toEqual(["type-mismatch", "type mismatch: expected channel, got foreign"]);
  });
});

describe("fibers", () => {
  it("go defers; go-run runs once and caches", () => {
    let runs = 0;
    const f = call("go", lam([], () => (++runs, 42)));
    expect(runs).toBe(0);
    expect(show("go-status", f)).toBe(":pending");
    expect(call("go-result", f)).toBe(null);
    expect(show("go-run", f)).toBe("42");
    expect(show("go-run", f)).toBe("42");
    expect(runs).toBe(1);
    expect(show("go-status", f)).toBe(":done");
    expect(show("go-result", f)).toBe("42");
    expect(call("go-error", f)).toBe(null);
  });
  it("a native thunk works", () => {
    expect(show("go-run", call("go", fn("hash-map")))).toBe("{}");
  });
  it("a thrown value is stored as is", () => {
    const thrown = new LErrorValue("ex-info", "boom", []);
    const f = call("go", lam([], () => {
      throw userErr(thrown);
    }));
    expect(call("go-run", f)).toBe(thrown);
    expect(show("go-status", f)).toBe(":errored");
    expect(call("go-error", f)).toBe(thrown);
    expect(call("go-result", f)).toBe(null);
    expect(call("go-run", f)).toBe(thrown);
    const g = call("go", lam([], () => {
      throw userErr(42);
    }));
    expect(show("go-run", g)).toBe("42");
  });
  it("other errors become :fiber-error with the full display text", () => {
    const f = call("go", lam([], () => {
      throw divZero();
    }));
    expect(show("go-run", f)).toBe('#<error :fiber-error "division by zero">');
    const span = { file: "t.tl", line: 1, col: 5, offset: 4, end: 9 };
    const g = call("go", lam([], () => {
      throw new LispError({ kind: "division-by-zero" }, span);
    }));
    const e = call("go-run", g) as LErrorValue;
    expect(e).toBeInstanceOf(LErrorValue);
    expect(e.tag).toBe("fiber-error");
    expect(e.message).toBe(new LispError({ kind: "division-by-zero" }, span).message);
    expect(show("go-status", g)).toBe(":errored");
    const h = call("go", sq); // wrong arity for a thunk
    expect(show("go-run", h)).toBe('#<error :fiber-error "arity mismatch in <closure>: expected Exact(1), got 0">');
  });
  it("reader errors are captured too", () => {
    const f = call("go", lam([], () => {
      throw readerErr("unexpected ')'");
    }));
    expect(show("go-run", f)).toBe(`#<error :fiber-error "reader error: unexpected ')'">`);
  });
  it("a foreign thunk is accepted by go but fails when run", () => {
    const f = call("go", call("chan"));
    expect(show("go-status", f)).toBe(":pending");
    expect(show("go-run", f)).toBe('#<error :fiber-error "not callable: value of type foreign">');
  });
  it("re-entrant go-run is an error captured by the outer run", () => {
    let self: Value = null;
    self = call("go", lam([], () => call("go-run", self)));
    const e = call("go-run", self) as LErrorValue;
    expect(e.tag).toBe("fiber-error");
    expect(e.message).toBe("in native fn go-run: fiber already running (re-entrant call detected)");
  });
  it("go? and type errors", () => {
    expect(call("go?", call("go", sq))).toBe(true);
    expect(call("go?", 42)).toBe(false);
    expect(call("go?", call("chan"))).toBe(false);
    expect(typeName(call("go", sq))).toBe("foreign");
    expect(callErr("go", 42)).toEqual(["type-mismatch", "type mismatch: expected callable, got int"]);
    expect(callErr("go", list())).toEqual(["type-mismatch", "type mismatch: expected callable, got list"]);
    for (const name of ["go-run", "go-status", "go-result", "go-error"]) {
      expect(callErr(name, call("chan")), name).toEqual(["type-mismatch", "type mismatch: expected fiber, got foreign"]);
    }
  });
  it("stack exhaustion in the thunk is captured", () => {
    const deep = (n: number): number => deep(n + 1) + 1;
    const f = call("go", lam([], () => deep(0)));
    const e = call("go-run", f) as LErrorValue;
    expect(e.tag).toBe("fiber-error");
    expect(show("go-status", f)).toBe(":errored");
  });
});

describe("read-string / read-all / gensym", () => {
  // The natives read with the runtime's own reader: no front end is installed in this file.

  it("read-string returns the first form as data", () => {
    expect(show("read-string", "(* 6 7)")).toBe("(* 6 7)");
    const q = call("read-string", "'a 1.0 ()");
    expect(display(q)).toBe("(quote a)");
  });
  it("read-all returns every form, the empty list when there are none", () => {
    const all = call("read-all", "'a 1.0 ()") as LList;
    expect(display(all)).toBe("((quote a) 1 ())");
    expect(typeName(all.at(1)!)).toBe("float");
    expect(typeName(all.at(2)!)).toBe("list");
    const none = call("read-all", "");
    expect(typeName(none)).toBe("list");
  });
  it("errors", () => {
    expect(callErr("read-string", "")).toEqual(["native-fn", "in native `read-string`: empty source"]);
    expect(callErr("read-string", "   ")).toEqual(["native-fn", "in native `read-string`: empty source"]);
    expect(callErr("read-string", "(")).toEqual(["reader", "reader: unmatched opening paren"]);
    expect(callErr("read-all", "(")).toEqual(["reader", "reader: unmatched opening paren"]);
    expect(callErr("read-string", sym("x"))).toEqual(["type-mismatch", "type mismatch: expected string, got symbol"]);
    expect(callErr("read-all", null)).toEqual(["type-mismatch", "type mismatch: expected string, got nil"]);
  });
  it("gensym yields fresh symbols with a process-global counter", () => {
    const a = call("gensym");
    const b = call("gensym", "t");
    const c = call("gensym", sym("tmp"));
    expect(a).toBeInstanceOf(Sym);
    const na = Number(/^g__(\d+)__auto$/.exec((a as Sym).name)![1]);
    const nb = Number(/^t__(\d+)__auto$/.exec((b as Sym).name)![1]);
    const nc = Number(/^tmp__(\d+)__auto$/.exec((c as Sym).name)![1]);
    expect(nb).toBe(na + 1);
    expect(nc).toBe(nb + 1);
    expect(callErr("gensym", kw("k"))).toEqual(["type-mismatch", "type mismatch: expected string or symbol, got keyword"]);
  });
});
