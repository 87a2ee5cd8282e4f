/**
 * What registering a spec does to the registry, decided once for every store. Names are unique:
 * the same name and program is the same vigy (its settings are updated); the same name with
 * another program is a new id (spec/vigy.md §6) that replaces the old registration, whose runs
 * and kv stay under the old id.
 */
import { labelsJson } from "../registry/labels.js";
import { programDigest, vigyId } from "../registry/vigy-id.js";
import { RegistryError } from "../registry/interval.js";
import type { RegisterMode, VigyRow, VigySpec } from "./store.js";

export interface RegistrationPlan {
  readonly row: VigyRow;
  readonly replaced: VigyRow | null;
  readonly unchanged: boolean;
  /** A new row (else an update of `existing`). */
  readonly insert: boolean;
}

export function registration(spec: VigySpec, mode: RegisterMode, existing: VigyRow | undefined, now: number): RegistrationPlan {
  if (spec.program.trim() === "") throw new RegistryError("vigy program empty");
  const id = vigyId(spec.name, spec.program);
  const digest = programDigest(spec.file, spec.program);
  if (existing === undefined || existing.id !== id) {
    return { row: { ...spec, id, digest, createdMs: now, updatedMs: now }, replaced: existing ?? null, unchanged: false, insert: true };
  }
  const enabled = mode === "keep-enabled" ? existing.enabled : spec.enabled;
  const same =
    existing.file === spec.file &&
    existing.intervalMs === spec.intervalMs &&
    existing.budgetMs === spec.budgetMs &&
    existing.enabled === enabled &&
    labelsJson(existing.labels) === labelsJson(spec.labels);
  const row: VigyRow = same ? existing : { ...existing, file: spec.file, digest, intervalMs: spec.intervalMs, budgetMs: spec.budgetMs, enabled, labels: spec.labels, updatedMs: now };
  return { row, replaced: null, unchanged: same, insert: false };
}
