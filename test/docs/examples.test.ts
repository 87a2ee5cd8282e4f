/**
 * The Lisp examples of docs/ run as the docs say. The convention: a ```lisp block followed
 * (after blank lines only) by a ```text block is one program and what `vigyc eval -e PROGRAM`
 * prints for it: the program's own output, then the value of its last form (or its error).
 * Each runs on both engines through the command itself (in-process), so the docs cannot drift
 * from what a user sees. A ```lisp block without a ```text block after it is not checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evalCommand } from "../../compiler/cli/eval-command.js";
import { ENGINES } from "../support/engines.js";

const DOCS = join(import.meta.dirname, "..", "..", "docs");

interface Example {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly expected: string;
}

/** Every ```lisp block directly followed by a ```text block, in every page of docs/. */
function examples(): Example[] {
  const found: Example[] = [];
  for (const file of readdirSync(DOCS).filter((f) => f.endsWith(".md")).sort()) {
    const lines = readFileSync(join(DOCS, file), "utf8").split("\n");
    // The fenced blocks of the page, in order: language, first line (1-based), body.
    const blocks: { lang: string; line: number; end: number; body: string }[] = [];
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(\S*)\s*$/.exec(lines[i]!);
      if (open === null) continue;
      const close = lines.findIndex((l, j) => j > i && l.trimEnd() === "```");
      if (close < 0) throw new Error(`${file}:${i + 1}: unclosed code block`);
      blocks.push({ lang: open[1]!, line: i + 1, end: close, body: lines.slice(i + 1, close).join("\n") });
      i = close;
    }
    blocks.forEach((b, k) => {
      const next = blocks[k + 1];
      if (b.lang !== "lisp" || next === undefined || next.lang !== "text") return;
      if (lines.slice(b.end + 1, next.line - 1).some((l) => l.trim() !== "")) return;
      found.push({ file, line: b.line, source: b.body, expected: next.body });
    });
  }
  return found;
}

/** What `vigyc eval [--engine E] -e SOURCE` prints. */
function vigycEval(source: string, engine: (typeof ENGINES)[number]): string {
  let out = "";
  evalCommand({ engine, json: false, exprs: [source], files: [] }, { out: (t) => (out += t), err: (t) => (out += t) });
  return out;
}

const EXAMPLES = examples();

describe("the Lisp examples of docs/", () => {
  it("are there (the convention is used)", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
  });
  for (const ex of EXAMPLES) {
    for (const engine of ENGINES) {
      it(`${ex.file}:${ex.line} on ${engine}`, () => {
        expect(vigycEval(ex.source, engine).trimEnd()).toBe(ex.expected.trimEnd());
      });
    }
  }
});
