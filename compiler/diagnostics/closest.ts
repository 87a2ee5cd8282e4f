/**
 * "Did you mean": the known names closest to a mistyped one, for unbound symbols, commands
 * and options. Closeness is the optimal string alignment distance (insertions, deletions,
 * substitutions and swaps of neighbours, as typos are), allowed to grow with the name's
 * length; a known name that extends the typed one (`vigy-delete` → `vigy-delete-action`) also
 * counts. Light on purpose: the CLI's launcher uses it before anything else is loaded.
 */

/** Optimal string alignment distance, or Infinity once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return Infinity;
    prev2 = prev;
    prev = cur;
  }
  const d = prev[b.length]!;
  return d > limit ? Infinity : d;
}

/** The closest names (best first, at most `max`); none when nothing is close. */
export function closest(name: string, known: Iterable<string>, max = 3): string[] {
  // One or two characters are too few to guess from (`x` is as close to `+` as to `y`).
  if (name.length < 3) return [];
  const limit = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  const lower = name.toLowerCase();
  const scored: [string, number][] = [];
  for (const k of known) {
    if (k === name) continue;
    let d = editDistance(lower, k.toLowerCase(), limit);
    // A longer name that starts with the typed one (at least 4 characters of it), or a shorter
    // one the typed name starts with (`--outdir` for `--out`).
    if (d === Infinity && ((name.length >= 4 && k.startsWith(name)) || (k.length >= 3 && name.startsWith(k)))) d = limit + 0.5;
    if (d !== Infinity) scored.push([k, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
  // Only the closest (ties included): a farther name is rarely what was meant.
  const best = scored[0]?.[1];
  return scored.filter(([, d]) => d === best).slice(0, max).map(([k]) => k);
}

/** `` `a` ``, `` `a` or `b` ``, `` `a`, `b` or `c` `` */
export function orList(names: readonly string[], quote = "`"): string {
  const q = names.map((n) => `${quote}${n}${quote}`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}`;
}
