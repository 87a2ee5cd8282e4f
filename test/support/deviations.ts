/** Corpus cases vigy-js deliberately does not match; each is explained in docs/deviations.md. */
export const DEVIATIONS: ReadonlyMap<string, string> = new Map([]);
