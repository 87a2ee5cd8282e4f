/** A bug inside a command reaches the user as one clear line and exit status 70, not a stack dump. */
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("../../compiler/cli/eval-command.js", () => ({
  run: () => {
    throw new RangeError("slot 3 outside a frame of 2");
  },
}));

const { main } = await import("../../compiler/cli/main.js");

function run(args: string[]) {
  let out = "";
  let err = "";
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("vigyc on an internal error", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("names the command and the error, says it is a bug, and exits 70", () => {
    vi.stubEnv("VIGYC_DEBUG", "");
    const r = run(["eval", "-e", "1"]);
    expect(r.code).toBe(70);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      "vigyc eval: internal error: RangeError: slot 3 outside a frame of 2\n" +
        "  This is a bug in vigy-js, not in your program: please report it with the input that caused it.\n" +
        "  Run with VIGYC_DEBUG=1 to see where it happened.\n",
    );
  });

  it("prints the stack with VIGYC_DEBUG=1", () => {
    vi.stubEnv("VIGYC_DEBUG", "1");
    const r = run(["eval", "-e", "1"]);
    expect(r.code).toBe(70);
    expect(r.err).toMatch(/^vigyc eval: internal error: RangeError: slot 3 outside a frame of 2\n/);
    expect(r.err).toMatch(/RangeError: slot 3 outside a frame of 2\n\s+at /);
  });
});
