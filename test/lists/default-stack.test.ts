/**
 * Ordinary data sizes on a default Node stack (docs/lists.md): list programs of 100 000 elements
 * run through the library on the main thread of a plain `node` process, on both engines, as
 * they do under `vigyc` (whose evaluation worker has a 256 MB stack). The test workers run with
 * --stack-size=4000 (vitest.config.ts), so the programs run in a child process started without
 * it (test/lists/default-stack-child.ts), which reports the stack flags it has: none.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BUILD = "(define (build n acc) (if (= n 0) acc (build (- n 1) (cons n acc))))";
const NEST = "(define (nest n acc) (if (= n 0) acc (nest (- n 1) (list n acc))))";
/** Each program and what both engines must give. */
const CASES: readonly (readonly [string, string])[] = [
  ["(length (range 100000))", "100000"],
  ["(foldl + 0 (filter even? (map (lambda (x) (* x 3)) (range 100000))))", "7499850000"],
  ["(foldl (lambda (acc x) (+ acc x)) 0 (map inc (range 100000)))", "5000050000"],
  [`${BUILD} (length (build 100000 '()))`, "100000"],
  [`${BUILD} (define (len xs n) (if (null? xs) n (len (cdr xs) (+ n 1)))) (len (build 100000 ()) 0)`, "100000"],
  [`${BUILD} (define (my-map f xs) (if (null? xs) '() (cons (f (car xs)) (my-map f (cdr xs))))) (last (my-map inc (build 100000 ())))`, "100001"],
  ["(length (flatten (map (lambda (i) (list i (list i))) (range 100000))))", "200000"],
  [`${NEST} (length (flatten (nest 100000 '())))`, "100000"],
  ["(let ((xs (range 100000))) (list (last xs) (length (butlast xs)) (length (intersperse 0 xs)) (safe-nth 99999 xs) (length (repeat-list 1 100000)) (length (reverse xs)) (length (append xs xs))))", "(99999 99999 199999 99999 100000 100000 200000)"],
  ["(let ((xs (lazy-take 100000 (iterate-lazy inc 0)))) (last xs))", "99999"],
  ["(let ((xs (range 100000))) (list (length (concat xs xs xs)) (member? 99999 xs) (position 99999 xs) (length (zip xs xs)) (length (interleave xs xs)) (max-by identity xs) (min-by identity xs) (count xs)))", "(300000 #t 99999 100000 200000 99999 0 100000)"],
  ["(let ((xs (range 100000))) (list (hash-map-count (frequencies (map (lambda (x) (modulo x 7)) xs))) (hash-map-count (zipmap xs xs)) (length (lazy-take 100000 (lazy-map inc (iterate-lazy inc 0)))) (length (lazy-take 100000 (lazy-filter odd? (iterate-lazy inc 0)))) (length (take 50000 xs)) (length (drop 50000 xs)) (length (remove odd? xs)) (find (lambda (x) (= x 99999)) xs) (count-if odd? xs) (apply + xs)))", "(7 100000 100000 100000 50000 50000 50000 99999 50000 4999950000)"],
  ["(define acc 0) (dolist (x (range 100000)) (set! acc (+ acc x))) acc", "4999950000"],
  ["(define n 0) (dotimes (i 100000) (set! n (+ n 1))) n", "100000"],
  // The late-bound stdlib (the program redefines a name the stdlib uses) builds the same way.
  ["(define (error-msg m) :soft) (list (length (range 100000)) (length (flatten (range 100000))))", "(100000 100000)"],
];

describe("list programs of 100 000 elements on a default stack", () => {
  it("run on both engines in a plain node process", () => {
    const child = fileURLToPath(new URL("./default-stack-child.ts", import.meta.url));
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const r = spawnSync(process.execPath, ["--import", "tsx", child], { input: JSON.stringify(CASES.map(([src]) => src)), encoding: "utf8", env, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const { stackFlags, results } = JSON.parse(r.stdout) as { stackFlags: string[]; results: { interp: string; compiled: string }[] };
    expect(stackFlags).toEqual([]);
    results.forEach((got, i) => expect(got, CASES[i]![0]).toEqual({ interp: CASES[i]![1], compiled: CASES[i]![1] }));
  });
});
