/** `vigyc eval` as a user runs it: files and -e, text and --json output, exit statuses. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../compiler/cli/main.js";

function run(args: string[]) {
  let out = "";
  let err = "";
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "vigyc-eval-"));
const file = (name: string, src: string): string => {
  const p = join(dir, name);
  writeFileSync(p, src);
  return p;
};

describe("vigyc eval", () => {
  it("prints the last value of each -e program, after its output", () => {
    const r = run(["eval", "--engine", "interp", "-e", '(display "hi") (+ 1 2)', "-e", "(list 1.5 :k 'x)"]);
    expect(r).toEqual({ code: 0, out: '"hi"\n3\n(1.5 :k x)\n', err: "" });
  });

  it("writes one JSON line per file in the corpus's shape", () => {
    const a = file("a.lisp", "(println 1 2) (list)");
    const b = file("b.lisp", "(throw :boom)");
    const c = file("c.lisp", "\n  (undefined-fn 1)");
    const d = file("d.lisp", "(+ 1");
    const lines = run(["eval", "--json", a, b, c, d]).out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { file: a, status: "OK", display: "()", type: "list", stdout: "1 2\n" },
      { file: b, status: "THROW", display: ":boom", type: "keyword" },
      { file: c, status: "ERR", tag: ":unbound-symbol", message: "unbound symbol `undefined-fn`", display: `unbound symbol: undefined-fn at ${c}:2:4` },
      { file: d, status: "READERR", tag: ":reader", message: "unmatched opening paren", display: `reader error: unmatched opening paren at ${d}:1:1` },
    ]);
  });

  it("exits 0 when programs fail and 2 for a bad command line", () => {
    expect(run(["eval", "-e", "(/ 1 0)"]).code).toBe(0);
    expect(run(["eval"]).code).toBe(2);
    expect(run(["eval", "--engine", "fast", "-e", "1"]).code).toBe(2);
    expect(run(["eval", "--bogus", "-e", "1"]).code).toBe(2);
    expect(run(["eval", join(dir, "missing.lisp")]).err).toMatch(/cannot read/);
    expect(run(["nope"]).code).toBe(2);
  });

  it("evaluates hundreds of files in one process quickly", () => {
    const files = Array.from({ length: 300 }, (_, i) => file(`m${i}.lisp`, `(define (f n) (if (= n 0) ${i} (f (- n 1)))) (f 100)`));
    const r = run(["eval", "--json", ...files]);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(300);
    expect(JSON.parse(lines[299]!).display).toBe("299");
  });
});
