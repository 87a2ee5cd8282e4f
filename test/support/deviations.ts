/** Corpus cases vigy-js deliberately does not match; each is explained in the README. */
export const DEVIATIONS: ReadonlyMap<string, string> = new Map([]);
