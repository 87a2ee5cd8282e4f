/** The fixed-rate schedule and the failure backoff (pure functions; no clocks involved). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { failureBackoffMs } from "../../runner/schedule/backoff.js";
import { anchorFor, dueAt, slotTime, takeSlot, type Schedule } from "../../runner/schedule/fixed-rate.js";

describe("fixed-rate schedule", () => {
  it("is anchored: slot k is due at anchor + k·interval whatever the ticks took", () => {
    const s: Schedule = { anchor: 1000, interval: 100, next: 0, notBefore: 0 };
    const starts: number[] = [];
    for (const late of [0, 30, 99, 5, 0]) {
      const now = dueAt(s) + late;
      starts.push(takeSlot(s, now).at);
    }
    expect(starts).toEqual([1000, 1100, 1200, 1300, 1400]);
  });

  it("never bursts: a late tick runs once for the latest slot and counts the ones it passed over", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 5000 }), fc.array(fc.integer({ min: 0, max: 20000 }), { maxLength: 30 }), (interval, delays) => {
        const s: Schedule = { anchor: 0, interval, next: 0, notBefore: 0 };
        let now = 0;
        let slots = 0;
        for (const d of delays) {
          now = Math.max(now, dueAt(s)) + d;
          const before = s.next;
          const { slot, at, skipped } = takeSlot(s, now);
          expect(at).toBe(slotTime(s, slot));
          expect(at).toBeLessThanOrEqual(now);
          expect(slot - before).toBe(skipped);
          expect(dueAt(s)).toBeGreaterThan(now); // the next tick is in the future: no catch-up burst
          slots += skipped + 1;
        }
        expect(s.next).toBe(slots);
      }),
    );
  });

  it("waits out a backoff, counting the slots it skips", () => {
    const s: Schedule = { anchor: 0, interval: 100, next: 3, notBefore: 1050 };
    expect(dueAt(s)).toBe(1100);
    expect(takeSlot(s, 1100)).toEqual({ slot: 11, at: 1100, skipped: 8 });
  });

  it("starts within the first interval (a second at most), at a phase from the id", () => {
    expect(anchorFor("0000000a00000000", 100, 5000)).toBe(5010);
    expect(anchorFor("ffffffff00000000", 60000, 5000)).toBeLessThan(6000);
  });
});

describe("failure backoff", () => {
  it("is the original's 1, 2, 4, 8, 16, then 30 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 100].map(failureBackoffMs)).toEqual([0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
