/**
 * Linear-time evidence for list building and walking (docs/lists.md): each pattern at 1 000,
 * 10 000 and 100 000 elements on both engines, side by side, as time per element. Every
 * measurement is a fresh `node` process running the program through the library on its main
 * thread, with Node's default stack (bench/lists/child.ts), so a pattern that needs a deep
 * stack shows up as an error here. Linear patterns keep their time per element as n grows;
 * the last column is the 100 000 figure over the 1 000 one.
 *
 *   npx tsx bench/lists/run.ts [--tree DIR] [--sizes 1000,10000,100000] [--only build,range] [--timeout 120]
 * A tree is a checkout with node_modules (default this one), e.g. an older commit for a before/after.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { tree: { type: "string" }, sizes: { type: "string", default: "1000,10000,100000" }, only: { type: "string" }, timeout: { type: "string", default: "120" } },
});
const tree = values.tree ?? fileURLToPath(new URL("../..", import.meta.url));
const child = fileURLToPath(new URL("./child.ts", import.meta.url));
const sizes = values.sizes.split(",").map(Number);
const timeoutMs = Number(values.timeout) * 1000;

/** The patterns, each a program of N. */
const PATTERNS: Record<string, string> = {
  // The stdlib's range (non-tail recursion building with cons), then its length.
  range: "(length (range N))",
  // map, filter and foldl natives over a lambda, on a range.
  "map-filter-foldl": "(foldl + 0 (filter even? (map (lambda (x) (* x 3)) (range N))))",
  // The idiomatic tail-loop builder: cons onto an accumulator.
  "tail-loop cons": "(define (build n acc) (if (= n 0) acc (build (- n 1) (cons n acc)))) (length (build N '()))",
  // Walking a list with cdr in a tail loop.
  "cdr walk": "(define (len xs n) (if (null? xs) n (len (cdr xs) (+ n 1)))) (len (build-list N) 0)",
  // A user's non-tail recursive map (cons onto the recursive call).
  "recursive map": "(define (my-map f xs) (if (null? xs) '() (cons (f (car xs)) (my-map f (cdr xs))))) (length (my-map (lambda (x) (+ x 1)) (build-list N)))",
  // The stdlib's flatten of a long list of small lists, and of a list nested N deep.
  "flatten long": "(length (flatten (map (lambda (i) (list i (list i))) (build-list N))))",
  "flatten deep": "(define (nest n acc) (if (= n 0) acc (nest (- n 1) (list n acc)))) (length (flatten (nest N '())))",
  // More of the stdlib's list functions.
  "butlast, last, intersperse": "(let ((xs (build-list N))) (list (length (butlast xs)) (last xs) (length (intersperse 0 xs))))",
  "repeat-list, safe-nth": "(safe-nth (- N 1) (repeat-list 7 N))",
};
/** Input lists built with `map` over `iterate`, so that what is measured does not include range. */
const PRELUDE = "(define (build-list n) (iterate (lambda (x) (+ x 1)) 0 n)) ";

interface Result {
  readonly ms?: number;
  readonly display?: string;
  readonly error?: string;
}

function measure(engine: string, source: string): Result {
  const r = spawnSync(process.execPath, ["--import", "tsx", child, tree, engine, source], { encoding: "utf8", timeout: timeoutMs });
  if (r.error !== undefined || r.status !== 0) return { error: r.signal === "SIGTERM" ? `over ${values.timeout} s` : (r.stderr || String(r.error)).trim().split("\n").pop()! };
  return JSON.parse(r.stdout) as Result;
}

const only = values.only?.split(",");
const cell = (r: Result, n: number): string => (r.ms === undefined ? r.error!.slice(0, 40) : `${((r.ms * 1000) / n).toFixed(3)}`);
console.log(`tree ${tree}; Node ${process.version}; µs per element (fastest run), default stack\n`);
console.log(`| pattern | engine | ${sizes.map((n) => `n = ${n}`).join(" | ")} | last ÷ first |`);
console.log(`|---|---|${sizes.map(() => "--:|").join("")}--:|`);
for (const [name, body] of Object.entries(PATTERNS)) {
  if (only !== undefined && !only.some((o) => name.startsWith(o))) continue;
  const rows: Record<string, Result[]> = { interp: [], compiled: [] };
  for (const n of sizes) {
    const source = PRELUDE + body.replaceAll("N", String(n));
    for (const engine of ["interp", "compiled"]) rows[engine]!.push(measure(engine, source));
    const [a, b] = [rows.interp!.at(-1)!, rows.compiled!.at(-1)!];
    if (a.display !== undefined && b.display !== undefined && a.display !== b.display) console.log(`  engines disagree at n = ${n}: ${a.display} / ${b.display}`);
  }
  for (const engine of ["interp", "compiled"]) {
    const rs = rows[engine]!;
    const first = rs[0]!.ms, last = rs.at(-1)!.ms;
    const growth = first !== undefined && last !== undefined ? ((last / sizes.at(-1)!) / (first / sizes[0]!)).toFixed(2) : "–";
    console.log(`| ${name} | ${engine} | ${rs.map((r, i) => cell(r, sizes[i]!)).join(" | ")} | ${growth} |`);
  }
}
