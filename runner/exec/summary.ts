/** One line of what a tick did, for the runner's output: its actions by kind, then its first log line, or its error. */

/** What the summary needs: a tick record, or the `out` of a journal entry as parsed JSON. */
export interface SummarySource {
  readonly error?: string | null;
  readonly actions: readonly { readonly kind: string }[];
  readonly log: readonly { readonly level: string; readonly message: string }[];
}

export function tickSummary(r: SummarySource): string {
  if (r.error !== undefined && r.error !== null) return r.error;
  const kinds = new Map<string, number>();
  for (const a of r.actions) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
  const parts = [...kinds].map(([k, n]) => (n === 1 ? k : `${k}×${n}`));
  const first = r.log[0];
  let s = parts.length === 0 ? "no actions" : parts.join(" ");
  if (first !== undefined) s += ` · ${first.level}: ${first.message}${r.log.length > 1 ? ` (+${r.log.length - 1})` : ""}`;
  return s;
}
