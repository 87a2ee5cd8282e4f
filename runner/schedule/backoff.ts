/** The original's failure backoff (spec/vigy.md §8.2): 1, 2, 4, 8, 16, then 30 s; none after a success. */
export function failureBackoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(1000 * 2 ** (failures - 1), 30_000);
}
