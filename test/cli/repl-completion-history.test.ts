/**
 * The REPL's completion (what Tab offers after a given line) and its history between sessions
 * (what the next session recalls, newest first), on the same code the terminal uses. The
 * terminal wiring itself needs a TTY; docs/cli.md says how it was tried by hand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { complete } from "../../compiler/repl/completion.js";
import { ReplEngine } from "../../compiler/repl/engine.js";
import { appendHistory, HISTORY_SIZE, historyFile, loadHistory, trimHistory } from "../../compiler/repl/history.js";

describe("completion", () => {
  const engine = new ReplEngine("interp");
  engine.eval("(define (vigy-report-total items) (length items))");

  it("completes intrinsics, stdlib names, special forms and this session's definitions", () => {
    expect(complete("(vigy-ge", engine.names())).toEqual([["vigy-get"], "vigy-ge"]);
    expect(complete("(vigy-s", engine.names())[0]).toEqual(expect.arrayContaining(["vigy-set", "vigy-since-last-tick"]));
    expect(complete("(map (lambda (x) (string-app", engine.names())).toEqual([["string-append"], "string-app"]);
    expect(complete("(vigy-report-t", engine.names())).toEqual([["vigy-report-total"], "vigy-report-t"]);
    expect(complete("(let", engine.names())[0]).toEqual(expect.arrayContaining(["let", "let*"]));
    expect(complete("(zzz", engine.names())).toEqual([[], "zzz"]);
  });

  it("completes commands at the start of a line, and a name after :doc", () => {
    expect(complete(":e", engine.names())).toEqual([[":engine"], ":e"]);
    expect(complete(":", engine.names())[0]).toEqual([":engine", ":load", ":tick", ":kv", ":doc", ":reset", ":help", ":quit"]);
    expect(complete(":doc hash-map-g", engine.names())[0]).toEqual(expect.arrayContaining(["hash-map-get"]));
  });
});

describe("history between sessions", () => {
  it("recalls the inputs of earlier sessions, newest first, a multi-line form on one line", () => {
    const file = join(mkdtempSync(join(tmpdir(), "vigyc-history-")), "history");
    expect(loadHistory(file)).toEqual([]);
    appendHistory(file, "(define (sq x)\n  (* x x))");
    appendHistory(file, "(sq 5)");
    expect(loadHistory(file)).toEqual(["(sq 5)", "(define (sq x)   (* x x))"]);
    appendHistory(file, ":engine interp");
    expect(loadHistory(file)[0]).toBe(":engine interp");
  });

  it("keeps the last entries only", () => {
    const file = join(mkdtempSync(join(tmpdir(), "vigyc-history-")), "history");
    writeFileSync(file, Array.from({ length: HISTORY_SIZE + 5 }, (_, i) => `(+ ${i} 1)`).join("\n") + "\n");
    trimHistory(file);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines.length).toBe(HISTORY_SIZE);
    expect(lines[0]).toBe("(+ 5 1)");
    expect(loadHistory(file)[0]).toBe(`(+ ${HISTORY_SIZE + 4} 1)`);
  });

  it("is kept in --history, else $VIGYC_HISTORY, else ~/.vigyc_history; an empty name keeps none", () => {
    expect(historyFile("/x/h", { VIGYC_HISTORY: "/y/h" })).toBe("/x/h");
    expect(historyFile(undefined, { VIGYC_HISTORY: "/y/h" })).toBe("/y/h");
    expect(historyFile(undefined, {})).toMatch(/\.vigyc_history$/);
    expect(historyFile(undefined, { VIGYC_HISTORY: "" })).toBeUndefined();
    expect(historyFile("", {})).toBeUndefined();
  });

  it("a file that cannot be written does not stop the session", () => {
    const dir = mkdtempSync(join(tmpdir(), "vigyc-history-"));
    expect(() => appendHistory(join(dir, "no", "such", "dir", "h"), "(+ 1 2)")).not.toThrow();
    expect(loadHistory(dir)).toEqual([]);
  });
});
