/** The IR validator rejects malformed IR with the JSON path of the problem and a reason. */
import { describe, expect, it } from "vitest";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import { IRValidationError, validateProgram } from "../../compiler/ir/validate.js";

function rejects(program: unknown): { path: string; reason: string } {
  try {
    validateProgram(program);
  } catch (e) {
    if (e instanceof IRValidationError) return { path: e.path, reason: e.reason };
    throw e;
  }
  throw new Error("accepted malformed IR");
}

const prog = (...forms: unknown[]) => ({ ir: "vigy-ir/1", file: "t.lisp", forms });
const s = [1, 1, 0, 1];

describe("IR validation", () => {
  it("accepts what the front end produces", () => {
    const { program } = compileToIR("(define (f x &rest r) (let* ((y x)) `(,y ,@r))) (try (f 1 2) (catch (e) e))", "t.lisp");
    expect(() => validateProgram(JSON.parse(JSON.stringify(program)))).not.toThrow();
  });

  it("names the path and the reason of the first problem", () => {
    expect(rejects({ ir: "vigy-ir/2", file: "t", forms: [] })).toEqual({ path: "$.ir", reason: 'expected "vigy-ir/1"' });
    expect(rejects(prog({ t: "bogus", s }))).toEqual({ path: "$.forms[0].t", reason: 'unknown node kind "bogus"' });
    expect(rejects(prog({ t: "lit", v: 1.5, s }))).toEqual({ path: "$.forms[0].v", reason: "a number datum must be a safe integer" });
    expect(rejects(prog({ t: "local", up: 0, slot: 0, name: "x", s }))).toMatchObject({ path: "$.forms[0].up" });
    expect(rejects(prog({ t: "if", test: { t: "lit", v: true, s }, then: { t: "global", name: 3, s }, else: null, s }))).toEqual({
      path: "$.forms[0].then.name",
      reason: "expected a string",
    });
    expect(
      rejects(prog({ t: "lambda", params: ["x"], rest: null, paramSlots: [0], scope: { names: ["x"], firstDefine: 1, dyn: false }, body: [{ t: "local", up: 0, slot: 3, name: "x", s }], name: null, s })),
    ).toEqual({ path: "$.forms[0].body[0].slot", reason: "slot outside its frame" });
    expect(rejects(prog({ t: "call", fn: { t: "global", name: "f", s }, args: [], s }))).toEqual({ path: "$.forms[0].tail", reason: "expected a boolean" });
    expect(rejects(prog({ t: "lit", v: null, s: [1, 2] }))).toEqual({ path: "$.forms[0].s", reason: "expected [line, col, offset, end]" });
  });
});
