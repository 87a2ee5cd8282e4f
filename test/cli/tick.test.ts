/** `vigyc tick` as a user runs it: scripted multi-tick scenarios, byte-identical on both engines. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../compiler/cli/main.js";
import { tickReporter } from "../../compiler/diagnostics/error-report.js";
import { instantiate } from "../../compiler/engine.js";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import { extension, MemoryKv, runTick, STANDARD_EXTENSIONS } from "../../runtime/vigy/index.js";
import { ENGINES } from "../support/engines.js";

function run(args: string[]) {
  let out = "";
  let err = "";
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Records of `vigyc tick --json` on each engine; asserts the engines print the same bytes. */
function records(args: string[]): Record<string, any>[] {
  const outs = ENGINES.map((e) => run(["tick", "--engine", e, "--json", ...args]));
  for (const o of outs) expect(o.code, o.err).toBe(0);
  expect(outs[1]!.out).toBe(outs[0]!.out);
  return outs[0]!.out.trimEnd().split("\n").map((l) => JSON.parse(l));
}

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "vigyc-tick-"));
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe("vigyc tick on the examples", () => {
  it("hello-vigy: one noop per tick and its log line", () => {
    const rs = records(["examples/hello-vigy.lisp", "--now", "1000", "--ticks", "2"]);
    expect(rs.map((r) => [r.tick, r.tick_start_ms, r.previous_tick_ms, r.result])).toEqual([
      [1, 1000, null, "ok"],
      [2, 2000, 1000, "ok"],
    ]);
    expect(rs[0]!.actions).toEqual([{ kind: "noop", result: "ok" }]);
    expect(rs[0]!.log).toEqual([{ level: "info", message: "hello from a vigy" }]);
    expect(rs[1]!.kv).toEqual({ "__sys::tick_count": 2, "__sys::prev_tick_ms": 2000 });
  });

  it("tear-mirror as written fails every tick on `nil` and commits nothing", () => {
    const rs = records(["examples/tear-mirror.lisp", "--now", "1700000000000", "--ticks", "3"]);
    for (const r of rs) {
      expect(r.result).toBe("failed");
      expect(r.error).toMatch(/^eval: unbound symbol: nil at examples\/tear-mirror\.lisp:\d+:\d+$/);
      expect(r.tick).toBe(1); // the count never advances
      expect(r.previous_tick_ms).toBe(null);
      expect(r.actions).toEqual([]);
      expect(r.kv).toEqual({});
      expect(r.dirty).toEqual([]);
    }
  });

  it("tear-mirror corrected: noop, defer inside the 2 s window, noop again; heartbeat every tick", () => {
    const t0 = 1700000000000;
    const rs = records(["examples/tear-mirror-fixed.lisp", "--now", `${t0},${t0 + 1000},${t0 + 2500}`, "--ticks", "5", "--every", "500"]);
    expect(rs.map((r) => r.actions.map((a: any) => a.kind))).toEqual([["noop"], ["defer"], ["noop"], ["defer"], ["defer"]]);
    expect(rs[1]!.actions[0]).toEqual({ kind: "defer", result: "skipped", message: "rate-limited by 2s window" });
    for (const r of rs) expect(r.events).toEqual([{ kind: "Heartbeat", message: "every 10 ticks" }]);
    expect(rs[0]!.conditions.map((c: any) => [c.name, c.status, c.reason ?? null])).toEqual([
      ["Ready", "true", "InSync"],
      ["Healthy", "true", null],
    ]);
    expect(rs[0]!.conditions[0].last_transition).toBe("2023-11-14T22:13:20Z");
    expect(rs[0]!.metrics).toEqual({ session_count_target: 0, consecutive_failures: 0 });
    expect(rs[2]!.kv["__ratelimit::sync-work"]).toBe(t0 + 2500);
    expect(rs[4]!.kv["__sys::tick_count"]).toBe(5);
  });
});

describe("vigyc tick scenarios", () => {
  it("a failing tick changes nothing and the next tick behaves as if it never ran", () => {
    const f = file("flaky.lisp", '(vigy-incr "n")\n(if (vigy-once "first") (vigy-log "info" "first") ())\n(if (= (vigy-tick) 2000) (car 1) ())\n(vigy-emit "custom" (vigy-get "n"))\n');
    const rs = records([f, "--now", "1000,2000,3000"]);
    expect(rs.map((r) => r.result)).toEqual(["ok", "failed", "ok"]);
    expect(rs[1]!.error).toMatch(/^eval: type mismatch: expected pair, got int at .*flaky\.lisp:3:26$/);
    expect(rs[1]!.actions).toEqual([]);
    expect(rs[1]!.kv).toEqual(rs[0]!.kv);
    expect(rs[2]!.tick).toBe(2);
    expect(rs[2]!.previous_tick_ms).toBe(1000);
    expect(rs[2]!.actions).toEqual([{ kind: "custom", payload: 2 }]);
    expect(rs[2]!.log).toEqual([]);
  });

  it("a thrown value fails the tick with the positioned user error", () => {
    const f = file("throw.lisp", '(vigy-set "x" 1)\n(throw "nope")\n');
    const [r] = records([f, "--now", "5"]);
    expect(r!.result).toBe("failed");
    expect(r!.error).toMatch(/^eval: user error: "nope" at .*throw\.lisp:2:1$/);
    expect(r!.kv).toEqual({});
  });

  it("keeps ints and floats apart in kv (a stored 5.0 stays a float) and writes --kv-out", () => {
    const kv = file("kv.json", '{"f": 5.0, "i": 5, "big": 9223372036854775807, "s": ":k", "nested": {"b": [1, 2.5], "a": null}}');
    const src = file("kv.lisp", '(vigy-set "types" (list (type-of (vigy-get "f")) (type-of (vigy-get "i")) (type-of (vigy-get "s"))))\n(vigy-incr "f")\n(vigy-incr "big" 10)\n');
    const out = join(mkdtempSync(join(tmpdir(), "vigyc-kvout-")), "after.json");
    const r = run(["tick", "--json", src, "--kv", kv, "--now", "1", "--kv-out", out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('"types":[":float",":int",":string"]');
    expect(r.out).toContain('"big":9223372036854775807');
    expect(r.out).toContain('"nested":{"a":null,"b":[1,2.5]}');
    expect(r.out).toContain('"f":1,');
    expect(readFileSync(out, "utf8")).toBe(
      '{"__sys::prev_tick_ms":1,"__sys::tick_count":1,"big":9223372036854775807,"f":1,"i":5,"nested":{"a":null,"b":[1,2.5]},"s":":k","types":[":float",":int",":string"]}\n',
    );
    const keep = file("keep.lisp", '(vigy-set "g" (vigy-get "f"))');
    expect(run(["tick", "--json", keep, "--kv", kv, "--now", "1"]).out).toContain('"g":5.0');
  });

  it("an unreadable program fails each tick with a parse error", () => {
    const f = file("bad.lisp", "(vigy-noop\n");
    const [r] = records([f, "--now", "1"]);
    expect(r!.error).toMatch(/^parse: reader error: .* at .*bad\.lisp:1:1$/);
  });

  it("prints a readable summary without --json", () => {
    const r = run(["tick", "examples/hello-vigy.lisp", "--now", "1000"]);
    expect(r.out).toBe(
      [
        "tick 1 at 1000 ms: ok",
        '  actions:    [{"kind":"noop","result":"ok"}]',
        '  log:        [{"level":"info","message":"hello from a vigy"}]',
        '  kv:         {"__sys::prev_tick_ms":1000,"__sys::tick_count":1}',
        '  dirty:      ["__sys::prev_tick_ms","__sys::tick_count"]',
        "",
      ].join("\n"),
    );
  });

  it("rejects bad command lines and bad kv files with positioned messages", () => {
    expect(run(["tick"]).code).toBe(2);
    expect(run(["tick", "examples/hello-vigy.lisp", "--now", "soon"]).code).toBe(2);
    expect(run(["tick", "examples/hello-vigy.lisp", "--ticks", "-1"]).code).toBe(2);
    expect(run(["tick", "examples/hello-vigy.lisp", "--engine", "jit"]).code).toBe(2);
    expect(run(["tick", "/no/such.lisp"]).code).toBe(2);
    const bad = file("bad.json", '{\n  "a": 1,\n}\n');
    const r = run(["tick", "examples/hello-vigy.lisp", "--kv", bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json:3:1: /);
    const arr = file("arr.json", "[1]");
    expect(run(["tick", "examples/hello-vigy.lisp", "--kv", arr]).err).toMatch(/expected a JSON object/);
  });
});

describe("a failed tick's report", () => {
  const PRICE =
    '(define (price item qty) (* (car item) qty))\n(define (total items) (foldl (lambda (acc it) (+ acc (price it 2))) 0 items))\n(vigy-log "info" "pricing")\n(vigy-set "total" (total (list (list 3) (list "x"))))\n';
  const report = (f: string): string =>
    [
      "error: type mismatch: expected number, got string",
      `  at (price item qty) ${f}:1:26`,
      "     1 | (define (price item qty) (* (car item) qty))",
      "       |                          ^^^^^^^^^^^^^^^^^^",
      `  called from (lambda (acc it)) ${f}:2:54`,
      `  called from (total items) ${f}:2:23`,
      `  called from the top level ${f}:4:19`,
      "",
    ].join("\n");

  it("is a field of the --json record: the function with its parameters and the Lisp stack, the same on both engines", () => {
    const f = file("price.lisp", PRICE);
    const rs = records([f, "--now", "1000,2000"]);
    for (const r of rs) {
      // The reference's one-line error stays as it was; the report is beside it.
      expect(r.error).toBe(`eval: type mismatch: expected number, got string at ${f}:1:26`);
      expect(r.report).toBe(report(f));
    }
    const ok = records([file("ok.lisp", "(vigy-noop)"), "--now", "1"]);
    expect(Object.keys(ok[0]!)).not.toContain("report");
  });

  it("is shown under the summary without --json", () => {
    const f = file("price.lisp", PRICE);
    for (const engine of ENGINES) {
      const r = run(["tick", "--engine", engine, f, "--now", "1000"]);
      expect(r.out).toBe(
        [
          `tick 1 at 1000 ms: failed (eval: type mismatch: expected number, got string at ${f}:1:26)`,
          '  log:        [{"level":"info","message":"pricing"}]',
          ...report(f).trimEnd().split("\n").map((l) => "  " + l),
          "",
        ].join("\n"),
      );
    }
  });

  it("is not given for a program that could not be read (its error is the reader's)", () => {
    const [r] = records([file("bad.lisp", "(vigy-noop\n"), "--now", "1"]);
    expect(r!.result).toBe("failed");
    expect(Object.keys(r!)).not.toContain("report");
  });

  it("shows a host extension's JS exception as a host bug with its JS stack (runTick with a reporter)", () => {
    const throws = (): never => {
      throw new TypeError("sessions is not iterable");
    };
    const mado = extension("mado", [{ name: "mado-sessions", min: 0, max: 0, fn: throws }]);
    const source = "(define (count-sessions) (list (mado-sessions)))\n(count-sessions)\n";
    const { program } = compileToIR(source, "app.lisp", { globals: ["mado-sessions"] });
    const reports = ENGINES.map((engine) => {
      const r = runTick(instantiate(program, source, engine), new MemoryKv(), { now: 1, extensions: [...STANDARD_EXTENSIONS, mado], report: tickReporter({ program, source }) });
      // What the program (and the record's error) sees is the catchable native error.
      expect(r.error).toBe("eval: in native fn mado-sessions: sessions is not iterable at app.lisp:1:32");
      expect(JSON.parse(JSON.stringify(r)).report).toBe(r.report);
      return r.report!;
    });
    const lines = reports[0]!.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "error: host bug in `mado-sessions` (extension mado): TypeError: sessions is not iterable",
      "  at (count-sessions) app.lisp:1:32",
      "     1 | (define (count-sessions) (list (mado-sessions)))",
      "       |                                ^^^^^^^^^^^^^^^",
      "  called from the top level app.lisp:2:1",
      "  JS stack of the host function:",
    ]);
    expect(lines[7]).toContain("tick.test.ts");
    expect(reports[1]).toBe(reports[0]);
  });
});

describe("the vigyc binary", () => {
  it("stops quietly when its reader closes the pipe early (| head)", () => {
    // Thousands of records, of which head reads one line: the rest hit a closed pipe.
    const r = spawnSync("bash", ["-c", "node bin/vigyc.js tick examples/tear-mirror-fixed.lisp --now 1700000000000 --ticks 3000 | head -1; echo \"status ${PIPESTATUS[0]}\""], {
      encoding: "utf8",
    });
    expect(r.stdout).toBe("tick 1 at 1700000000000 ms: ok\nstatus 0\n");
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});
