/**
 * `vigyc` on hostile and extreme input, through the built binary: whatever a program or data
 * file holds, the command ends with a result or a positioned error and a documented status
 * (0, 1 or 2), never the internal-error status 70, a hang or a crash.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "vigyc-hostile-"));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const vigyc = (args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/vigyc.js", ...args], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const BQ = "`";
const NEST = "(define (nest n acc) (if (= n 0) acc (nest (- n 1) (list acc))))";

describe("vigyc never exits 70 on hostile or large input", () => {
  it("a result nested 1 000 000 deep prints", () => {
    const r = vigyc(["eval", file("deep.lisp", `${NEST} (nest 1000000 1)`)]);
    expect(r.code).toBe(0);
    expect(r.out.length).toBe(2_000_002);
  });

  it("a kv value nested 1 000 000 deep is committed and written as JSON", () => {
    const r = vigyc(["tick", "--json", "--now", "1000", file("deepkv.lisp", `${NEST} (vigy-set "deep" (nest 1000000 1))`)]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"result":"ok"');
    expect(r.out).toContain("[[[[1]]]]");
  });

  it("source nested 100 000 deep reads, runs and prints", () => {
    const r = vigyc(["eval", "--json", file("parens.lisp", "(quote " + "(".repeat(100_000) + ")".repeat(100_000) + ")")]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.status).toBe("OK");
    expect(out.display.length).toBe(200_000);
  });

  it("a macro expanding without end is a positioned build error", () => {
    const r = vigyc(["build", file("forever.lisp", `(defmacro forever (x) ${BQ}(forever ,x))\n(list 1\n  (forever 1))\n`), "-o", join(dir, "out")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/forever\.lisp:3:3: error: .*macro forever.*expansion nested 1000 deep/);
  });

  it("calls nested 20 000 deep compile and run", () => {
    const src = "(+ 1 ".repeat(20_000) + "0" + ")".repeat(20_000);
    expect(vigyc(["eval", file("calls.lisp", src)]).out).toBe("20000\n");
  });

  const hello = "examples/hello-vigy.lisp";
  const BAD_KV: readonly [string, string | Uint8Array, RegExp][] = [
    ["invalid UTF-8", new Uint8Array([...Buffer.from('{\n  "a": "'), 0xff, ...Buffer.from('"\n}')]), /utf8\.json:2:9: invalid UTF-8 \(byte 0xff\)/],
    ["a number out of range", '{"a": 1,\n "b": 1e400}', /range\.json:2:7: number out of range: 1e400/],
    ["a byte order mark", '\ufeff{"a": 1}', /bom\.json:1:1: a byte order mark is not JSON/],
    ["a duplicate key", '{"a": 1, "a": 2}', /dup\.json:1:10: duplicate key "a"/],
  ];
  const names = ["utf8", "range", "bom", "dup"];
  BAD_KV.forEach(([what, content, message], i) => {
    it(`a --kv file with ${what} is rejected at its position`, () => {
      const r = vigyc(["tick", hello, "--kv", file(`${names[i]}.json`, content)]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    });
  });

  it("a 5 MB kv file loads", () => {
    const entries = Array.from({ length: 40_000 }, (_, i) => `"k${i}": {"n": ${i}, "f": ${i}.5, "s": "item ${i}", "l": [${i}, 2.0, null]}`);
    const kv = file("big.json", "{" + entries.join(",\n") + "}");
    const r = vigyc(["tick", "--json", "--now", "1000", file("get.lisp", '(vigy-get "k39999")'), "--kv", kv]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"k39999":{"f":39999.5,"l":[39999,2.0,null],"n":39999,"s":"item 39999"}');
  });

  // Node 20's recursive mkdir loops forever under a directory that answers ENOENT (Linux /proc).
  it("an output directory that cannot be made is a bad command line, not a hang", () => {
    const r = vigyc(["build", hello, "-o", "/proc/vigy-js-test/out"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("vigyc build: cannot write /proc/vigy-js-test/out: no such file or directory\n");
  });

  it("a store whose directory cannot be made is reported, not a hang", () => {
    const r = vigyc(["run", hello, "--store", "/proc/vigy-js-test/db.sqlite", "--for", "1s"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("vigyc run: cannot create the directory of store /proc/vigy-js-test/db.sqlite: no such file or directory\n");
  });
});
