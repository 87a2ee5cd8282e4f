/** One program's observable result (as in the conformance corpus), checked on an engine. */
import * as acorn from "acorn";
import { expect } from "vitest";
import { runOnce, type EngineName } from "../../compiler/engine.js";
import { outcomeJSON } from "../../compiler/cli/eval-command.js";
import { compile } from "../../compiler/emit/compile.js";

export interface Expected {
  readonly src: string;
  readonly status?: "OK" | "THROW" | "ERR" | "READERR";
  readonly display?: string;
  readonly type?: string;
  readonly tag?: string;
  readonly message?: string;
  readonly stdout?: string;
}

export function observe(src: string, engine: EngineName, file = "test.lisp") {
  // Every module the compiled engine runs must also be a valid ES module (acorn parses it).
  if (engine === "compiled") acorn.parse(compile(src, { filename: file, sourcemap: "none" }).code, { ecmaVersion: "latest", sourceType: "module" });
  return outcomeJSON(file, runOnce(src, file, engine));
}

const FIELDS = ["display", "type", "tag", "message", "stdout"] as const;

export function expectOutcome(c: Expected, engine: EngineName): void {
  const got = observe(c.src, engine);
  const status = c.status ?? (c.tag ? "ERR" : "OK");
  const want: Record<string, string> = { status };
  const have: Record<string, string | undefined> = { status: got.status };
  for (const f of FIELDS) {
    if (c[f] === undefined) continue;
    // An error's display is the positioned text, not a value's display.
    if (f === "display" && status !== "OK" && status !== "THROW") continue;
    want[f] = c[f]!;
    have[f] = f === "stdout" ? (got.stdout ?? "") : got[f];
  }
  expect(have, `${c.src}\n→ ${JSON.stringify(got)}`).toEqual(want);
}
