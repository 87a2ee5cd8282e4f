/**
 * Durations on the command line and in file directives: `250`, `250ms`, `2s`, `1.5s`, `1m`.
 * Tick intervals are at least 100 ms (spec/vigy.md §6), with the original's message.
 */
export const MIN_TICK_INTERVAL_MS = 100;
export const DEFAULT_TICK_INTERVAL_MS = 1000;

export class RegistryError extends Error {}

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (m === null) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "ms") as "ms"];
  const ms = Number(m[1]) * unit;
  return Number.isSafeInteger(Math.round(ms)) ? Math.round(ms) : undefined;
}

export function tickInterval(ms: number): number {
  if (!Number.isSafeInteger(ms) || ms < MIN_TICK_INTERVAL_MS) {
    throw new RegistryError(`invalid tick interval ${ms} ms: must be >= ${MIN_TICK_INTERVAL_MS}`);
  }
  return ms;
}

/** A duration option or directive: the value, or a RegistryError naming where it came from. */
export function durationOption(what: string, text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new RegistryError(`${what}: expected a duration such as 500, 500ms, 2s or 1m, got ${JSON.stringify(text)}`);
  return ms;
}
