/**
 * bench/programs/compute.lisp written directly in TypeScript: plain numbers and arrays. The one
 * concession to the host's JSON model: the mean goes into the trace as the Lisp's `/` makes
 * it, an integer when the division is exact and a float (LFloat) otherwise.
 */
import type { VigyHost } from "../../runtime/vigy/host.js";
import type { Json } from "../../runtime/vigy/json.js";
import { LFloat } from "../../runtime/values/types.js";

const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));

export default function tick(host: VigyHost): void {
  const squares: number[] = [];
  for (let x = 1; x < 101; x++) squares.push(x * x);
  const fib20 = fib(20);
  let sum = 0;
  let odd = 0;
  let largest = squares[0]!;
  for (const s of squares) {
    sum += s;
    if (s % 2 === 1) odd++;
    if (s > largest) largest = s;
  }
  const evenHead = squares.slice(0, 5).filter((s) => s % 2 === 0);
  const mean = sum / squares.length;
  const meanJson: Json = sum % squares.length === 0 ? mean : new LFloat(mean);

  host.trace.set("fib_20", fib20);
  host.trace.set("sum_of_squares", sum);
  host.trace.set("even_head", evenHead);
  host.trace.set("mean_square", meanJson);
  host.metrics.set("fib_20", fib20);
  host.metrics.set("sum_of_squares", sum);
  host.metrics.set("mean_square", mean);
  host.metrics.set("odd_squares", odd);
  host.metrics.set("largest_square", largest);

  host.kvSet("compute/last", [fib20, sum, evenHead]);
  const runs = host.kv.get("compute/runs");
  host.kvSet("compute/runs", (typeof runs === "number" ? runs : 0) + 1);
  if ((host.kv.get("compute/expected_fib") ?? 6765) === fib20) {
    host.actions.push({ kind: "noop", result: "ok" });
  } else {
    host.actions.push({ kind: "defer", result: "skipped", message: `fib 20 drifted to ${fib20}` });
  }
}
