/**
 * What JS code sees of vigies: tick records, actions and floats turn into plain JSON with
 * JSON.stringify; a LispError's message is an own, enumerable property that follows its
 * position; `vigyc build --ext .mjs` writes modules Node loads as ES modules in a package that
 * is not `"type": "module"`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../compiler/cli/main.js";
import { asLispError, typeErr } from "../../runtime/errors/lisp-error.js";
import { tick, VigyHost, MemoryKv, recordText, runTick } from "../../runtime/vigy/index.js";
import { ENGINES } from "../support/engines.js";
import { loadProgram } from "../support/vigy-run.js";

const SRC = '(vigy-create (hash-map "name" "web" "replicas" 3 "ratio" 0.5 "tags" (list :a "b"))) (vigy-set "x" 2.5) (vigy-noop) (vigy-defer "later")';
const hasRawJson = typeof (JSON as { rawJSON?: unknown }).rawJSON === "function";

for (const engine of ENGINES) {
  describe(`JSON.stringify on ${engine}`, () => {
    it("a tick record gives recordText's JSON", () => {
      const record = runTick(loadProgram(SRC, engine), new MemoryKv(), { now: 1000 });
      expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse(recordText(record)));
      // Without integral floats (which need JSON.rawJSON to keep their `.0`) the text is the same.
      expect(JSON.stringify(record)).toBe(recordText(record));
      expect(Object.keys(record)).not.toContain("toJSON");
    });

    it("actions and their payloads, floats, failed records", () => {
      const host = tick(loadProgram(SRC, engine), new VigyHost({ tickStartMs: 1 }));
      expect(JSON.stringify(host.actions)).toBe(
        '[{"kind":"create","payload":{"name":"web","ratio":0.5,"replicas":3,"tags":[":a","b"]}},{"kind":"noop","result":"ok"},{"kind":"defer","message":"later","result":"skipped"}]',
      );
      const failed = runTick(loadProgram("(car 5)", engine), new MemoryKv(), { now: 1 });
      expect(JSON.parse(JSON.stringify(failed)).error).toBe("eval: type mismatch: expected pair, got int at vigy.lisp:1:1");
    });

    it("a \"__proto__\" key stays a key", () => {
      const host = tick(loadProgram('(vigy-create (hash-map "__proto__" (hash-map "x" 1) "a" 2))', engine), new VigyHost({ tickStartMs: 1 }));
      expect(JSON.stringify(host.actions)).toBe('[{"kind":"create","payload":{"__proto__":{"x":1},"a":2}}]');
    });

    it("an integral float keeps its .0 where the engine has JSON.rawJSON, else prints as a number", () => {
      const record = runTick(loadProgram('(vigy-set "f" 5.0)', engine), new MemoryKv(), { now: 1 });
      const text = JSON.stringify(record);
      if (hasRawJson) expect(text).toBe(recordText(record));
      else expect(text).toBe(recordText(record).replace('"f":5.0', '"f":5'));
    });
  });
}

describe("LispError", () => {
  it("has its text as an own, enumerable message that follows the position it is stamped with", () => {
    const e = typeErr("pair", "int");
    expect(Object.getOwnPropertyDescriptor(e, "message")).toMatchObject({ value: "type mismatch: expected pair, got int", enumerable: true });
    e.span = { file: "x.lisp", line: 3, col: 7, offset: 0, end: 1 };
    expect(e.message).toBe("type mismatch: expected pair, got int at x.lisp:3:7");
    expect(JSON.parse(JSON.stringify(e)).message).toBe(e.message);
    expect(String(e)).toBe("LispError: type mismatch: expected pair, got int at x.lisp:3:7");
    expect(e.stack!.split("\n")[0]).toBe("LispError: type mismatch: expected pair, got int at x.lisp:3:7");
    expect(structuredClone(e).message).toBe(e.message);
  });

  for (const engine of ENGINES) {
    it(`thrown by a tick on ${engine}, it shows its positioned text`, () => {
      let caught: unknown;
      try {
        tick(loadProgram("\n(define (f x) (car x)) (f 5)", engine), new VigyHost());
      } catch (e) {
        caught = e;
      }
      const err = asLispError(caught)!;
      expect(Object.keys(err)).toContain("message");
      expect(err.message).toBe("type mismatch: expected pair, got int at vigy.lisp:2:15");
    });
  }
});

describe("vigyc build --ext .mjs", () => {
  it("writes .mjs modules (and .mjs.map) that Node loads in a package without \"type\": \"module\"", () => {
    const dir = mkdtempSync(join(tmpdir(), "vigy-mjs-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "cjs-app", version: "1.0.0" }));
    writeFileSync(join(dir, "v.lisp"), '(vigy-log "info" "from an mjs") (+ 1 2)');
    const runtime = pathToFileURL(resolve("dist/runtime/compiled/index.js")).href;
    let err = "";
    expect(main(["build", join(dir, "v.lisp"), "--ext", ".mjs", "--runtime", runtime], { out: () => {}, err: (t) => (err += t) })).toBe(0);
    expect(err).toBe("");
    expect(readFileSync(join(dir, "v.mjs"), "utf8")).toMatch(/\/\/# sourceMappingURL=v\.mjs\.map\n$/);
    expect(JSON.parse(readFileSync(join(dir, "v.mjs.map"), "utf8")).file).toBe("v.mjs");
    const host = pathToFileURL(resolve("dist/runtime/index.js")).href;
    writeFileSync(join(dir, "main.cjs"), `import("./v.mjs").then(async (m) => { const r = await import(${JSON.stringify(host)}); const h = r.tick(m.default, new r.VigyHost()); console.log(JSON.stringify(h.log)); });`);
    const r = spawnSync(process.execPath, [join(dir, "main.cjs")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe('[{"level":"info","message":"from an mjs"}]\n');
  });

  it("rejects any other extension", () => {
    let err = "";
    expect(main(["build", "x.lisp", "--ext", ".cjs"], { out: () => {}, err: (t) => (err += t) })).toBe(2);
    expect(err).toContain('--ext expects .js or .mjs (got ".cjs")');
  });
});
