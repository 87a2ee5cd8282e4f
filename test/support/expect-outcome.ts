/** One program's observable result (as in the conformance corpus), checked on an engine. */
import { expect } from "vitest";
import { runOnce, type EngineName } from "../../compiler/engine.js";
import { outcomeJSON } from "../../compiler/cli/eval-command.js";

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
  return outcomeJSON(file, runOnce(src, file, engine));
}

export function expectOutcome(c: Expected, engine: EngineName): void {
  const got = observe(c.src, engine);
  const status = c.status ?? (c.tag ? "ERR" : "OK");
  const want: Record<string, string> = { status };
  const have: Record<string, string | undefined> = { status: got.status };
  if (c.display !== undefined && (status === "OK" || status === "THROW")) {
    want.display = c.display;
    have.display = got.display;
  }
  if (c.type !== undefined) {
    want.type = c.type;
    have.type = got.type;
  }
  if (c.tag !== undefined) {
    want.tag = c.tag;
    have.tag = got.tag;
  }
  if (c.message !== undefined) {
    want.message = c.message;
    have.message = got.message;
  }
  if (c.stdout !== undefined) {
    want.stdout = c.stdout;
    have.stdout = got.stdout ?? "";
  }
  expect(have, `${c.src}\n→ ${JSON.stringify(got)}`).toEqual(want);
}
