/**
 * Labels and selectors (spec/vigy.md §6): keys of 1..=253 characters of [A-Za-z0-9-_./], any
 * value; a selector `k=v,k2=v2` matches when every piece matches exactly (a piece splits at its
 * first `=`; empty pieces are skipped; the empty selector matches everything).
 */
import { RegistryError } from "./interval.js";

export type Labels = ReadonlyMap<string, string>;

export function checkLabelKey(key: string): string {
  if (key.length < 1 || key.length > 253) throw new RegistryError(`invalid label key ${JSON.stringify(key)}: must be 1..=253 chars`);
  if (!/^[A-Za-z0-9\-_./]+$/.test(key)) throw new RegistryError(`invalid label key ${JSON.stringify(key)}: only [A-Za-z0-9-_./] allowed`);
  return key;
}

/** `--label k=v` / `@label k=v`. */
export function parseLabel(text: string): [string, string] {
  const at = text.indexOf("=");
  if (at < 0) throw new RegistryError(`label must be k=v, got ${JSON.stringify(text)}`);
  return [checkLabelKey(text.slice(0, at)), text.slice(at + 1)];
}

export type Selector = readonly (readonly [string, string])[];

export function parseSelector(text: string): Selector {
  const pieces: [string, string][] = [];
  for (const raw of text.split(",")) {
    const piece = raw.trim();
    if (piece === "") continue;
    const at = piece.indexOf("=");
    if (at < 0) throw new RegistryError(`invalid label selector ${JSON.stringify(text)}: expected key=value`);
    pieces.push([piece.slice(0, at), piece.slice(at + 1)]);
  }
  return pieces;
}

export const matchesSelector = (labels: Labels, selector: Selector): boolean => selector.every(([k, v]) => labels.get(k) === v);

/** Sorted, as the original's BTreeMap keeps them. */
export function labelsJson(labels: Labels): string {
  return JSON.stringify(Object.fromEntries([...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

export function labelsFromJson(text: string): Labels {
  return new Map(Object.entries(JSON.parse(text) as Record<string, string>));
}

export const labelsText = (labels: Labels): string => [...labels].map(([k, v]) => `${k}=${v}`).join(",");
