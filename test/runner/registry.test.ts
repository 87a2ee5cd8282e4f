/** Ids, intervals, labels and selectors (spec/vigy.md §6), and the directives a file states itself. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDirectives } from "../../runner/registry/directives.js";
import { parseDuration, RegistryError, tickInterval } from "../../runner/registry/interval.js";
import { matchesSelector, parseLabel, parseSelector } from "../../runner/registry/labels.js";
import { specFromSource } from "../../runner/registry/spec-from-file.js";
import { looksLikeId, vigyId } from "../../runner/registry/vigy-id.js";

describe("vigy ids", () => {
  it("are the first 16 hex of BLAKE3(name ‖ 0 ‖ program)", () => {
    // BLAKE3's published test vector for the one-byte input 0x00 (empty name and program).
    expect(vigyId("", "")).toBe("2d3adedff11b61f1");
  });
  it("are the same for the same name and program, and change with either", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (n, p, q) => {
        expect(vigyId(n, p)).toBe(vigyId(n, p));
        expect(looksLikeId(vigyId(n, p))).toBe(true);
        if (p !== q) expect(vigyId(n, p)).not.toBe(vigyId(n, q));
      }),
    );
  });
});

describe("intervals and durations", () => {
  it("reads 500, 500ms, 2s, 1.5s, 1m", () => {
    expect([parseDuration("500"), parseDuration("500ms"), parseDuration("2s"), parseDuration("1.5s"), parseDuration("1m"), parseDuration("fast")]).toEqual([500, 500, 2000, 1500, 60000, undefined]);
  });
  it("refuses a tick interval under 100 ms with the original's message", () => {
    expect(tickInterval(100)).toBe(100);
    expect(() => tickInterval(99)).toThrow("invalid tick interval 99 ms: must be >= 100");
  });
});

describe("labels and selectors", () => {
  it("checks label keys as the original", () => {
    expect(parseLabel("team=infra")).toEqual(["team", "infra"]);
    expect(parseLabel("a=b=c")).toEqual(["a", "b=c"]);
    expect(() => parseLabel("novalue")).toThrow('label must be k=v, got "novalue"');
    expect(() => parseLabel("bad key=1")).toThrow('invalid label key "bad key": only [A-Za-z0-9-_./] allowed');
    expect(() => parseLabel("=1")).toThrow('invalid label key "": must be 1..=253 chars');
  });
  it("matches selectors: every piece, split at the first =, empty pieces skipped", () => {
    const labels = new Map([
      ["a", "b=c"],
      ["team", "infra"],
    ]);
    expect(matchesSelector(labels, parseSelector(""))).toBe(true);
    expect(matchesSelector(labels, parseSelector(" a=b=c , team=infra,"))).toBe(true);
    expect(matchesSelector(labels, parseSelector("team=web"))).toBe(false);
    expect(() => parseSelector("team")).toThrow('invalid label selector "team": expected key=value');
  });
});

describe("file directives", () => {
  it("are read from the comments before the first form", () => {
    const src = ";; a fleet reconciler\n;; @name fleet\n;; @every 2s\n;; @budget 250ms\n;; @label team=infra\n;; @label tier=1\n\n(vigy-noop)\n;; @every 5s\n";
    expect(readDirectives(src, "f.lisp")).toEqual({ name: "fleet", everyMs: 2000, budgetMs: 250, labels: [["team", "infra"], ["tier", "1"]], disabled: false });
    const spec = specFromSource("dir/f.lisp", src, { everyMs: 300 });
    expect(spec).toMatchObject({ name: "fleet", intervalMs: 300, budgetMs: 250, enabled: true });
    expect(specFromSource("dir/plain.lisp", "(vigy-noop)")).toMatchObject({ name: "plain", intervalMs: 1000, budgetMs: 1000 });
  });
  it("are errors with their position when unknown or malformed", () => {
    expect(() => readDirectives(";; ok\n  ;; @evry 2s\n", "f.lisp")).toThrow("f.lisp:2:6: unknown directive @evry (expected one of @name, @every, @budget, @label, @disabled)");
    expect(() => readDirectives(";; @every soon\n", "f.lisp")).toThrow('f.lisp:1:4: @every: expected a duration such as 500, 500ms, 2s or 1m, got "soon"');
    expect(() => specFromSource("f.lisp", ";; @every 50ms\n(vigy-noop)")).toThrow(RegistryError);
    expect(() => specFromSource("f.lisp", ";; @every 50ms\n(vigy-noop)")).toThrow("invalid tick interval 50 ms: must be >= 100");
  });
});
