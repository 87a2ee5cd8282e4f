/**
 * A fixed-rate schedule anchored to the vigy's first start: slot k is due at anchor + k·interval,
 * whatever the ticks before it took, so it never drifts (the original slept an interval after
 * each tick). A tick that starts late runs once, for the latest slot that has come, and counts
 * the slots it passed over: an overrun never turns into a burst of catch-up ticks. After a
 * failure no slot before `notBefore` (the backoff) runs.
 */
export interface Schedule {
  readonly anchor: number;
  readonly interval: number;
  /** The next slot not yet run. */
  next: number;
  /** No slot due before this time runs (failure backoff). */
  notBefore: number;
}

export const slotTime = (s: Schedule, k: number): number => s.anchor + k * s.interval;

/** When the next tick is due. */
export function dueAt(s: Schedule): number {
  const t = slotTime(s, s.next);
  return t >= s.notBefore ? t : slotTime(s, Math.ceil((s.notBefore - s.anchor) / s.interval));
}

/**
 * Take the slot to run at `now` (call when `dueAt(s) <= now`): the latest slot that has come,
 * and how many earlier slots go without a tick. Advances the schedule past it.
 */
export function takeSlot(s: Schedule, now: number): { slot: number; at: number; skipped: number } {
  const latest = Math.max(s.next, Math.floor((now - s.anchor) / s.interval));
  const skipped = latest - s.next;
  s.next = latest + 1;
  return { slot: latest, at: slotTime(s, latest), skipped };
}

/**
 * Where a vigy's schedule starts: within its first interval (at most a second in), at a phase
 * taken from its id, so that a fleet started together spreads its ticks over the interval
 * instead of ticking in one burst.
 */
export function anchorFor(id: string, intervalMs: number, start: number): number {
  const spread = Math.min(intervalMs, 1000);
  return start + (parseInt(id.slice(0, 8), 16) % spread);
}
