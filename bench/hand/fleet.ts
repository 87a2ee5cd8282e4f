/**
 * bench/programs/fleet.lisp written directly against the host: one pass over the desired list
 * (create or update), then deletes for the unwanted deployments, in name order as the Lisp
 * sees a map read from kv. kv objects arrive as Maps; payloads are Maps with the Lisp's keys.
 */
import type { VigyHost } from "../../runtime/vigy/host.js";
import type { Json, JsonObject } from "../../runtime/vigy/json.js";

interface Deployment {
  name: string;
  replicas: number;
  image: string;
}

const spec = (d: Deployment): JsonObject =>
  new Map<string, Json>([
    ["replicas", d.replicas],
    ["image", d.image],
  ]);

export default function tick(host: VigyHost): void {
  const desired = ((host.kv.get("fleet/desired") ?? []) as JsonObject[]).map(
    (o): Deployment => ({ name: o.get("name") as string, replicas: o.get("replicas") as number, image: o.get("image") as string }),
  );
  const observed = (host.kv.get("fleet/observed") ?? new Map()) as Map<string, JsonObject>;

  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const d of desired) {
    const have = observed.get(d.name);
    if (have === undefined) {
      host.actions.push({
        kind: "create",
        payload: new Map<string, Json>([
          ["name", d.name],
          ["replicas", d.replicas],
          ["image", d.image],
        ]),
      });
      created++;
      continue;
    }
    const changes: string[] = [];
    if (have.get("replicas") !== d.replicas) changes.push("replicas");
    if (have.get("image") !== d.image) changes.push("image");
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    host.actions.push({
      kind: "update",
      payload: new Map<string, Json>([
        ["name", d.name],
        ["changes", changes],
        ["from", have],
        ["to", spec(d)],
      ]),
    });
    updated++;
  }

  const wanted = new Set(desired.map((d) => d.name));
  const extra = [...observed.keys()].filter((name) => !wanted.has(name)).sort();
  for (const name of extra) {
    host.actions.push({
      kind: "delete",
      payload: new Map<string, Json>([
        ["name", name],
        ["reason", ":not-desired"],
      ]),
    });
  }
  const deleted = extra.length;

  let desiredReplicas = 0;
  for (const d of desired) desiredReplicas += d.replicas;
  let observedReplicas = 0;
  for (const s of observed.values()) observedReplicas += s.get("replicas") as number;
  host.desired.set("deployments", desired.length);
  host.desired.set("replicas", desiredReplicas);
  host.observed.set("deployments", observed.size);
  host.observed.set("replicas", observedReplicas);

  reportDrift(host, { created, updated, deleted, unchanged, desired: desired.length });

  const next: JsonObject = new Map();
  for (const d of desired) next.set(d.name, spec(d));
  host.kvSet("fleet/observed", next);
}

/**
 * The counts as the Lisp reports them: the convergence condition, metrics and trace (shared
 * with the literal translation, bench/literal/fleet.ts, which reports the same way).
 */
export function reportDrift(host: VigyHost, n: { created: number; updated: number; deleted: number; unchanged: number; desired: number }): void {
  const { created, updated, deleted, unchanged } = n;
  const drift = created + updated + deleted;
  if (drift === 0) {
    host.actions.push({ kind: "noop", result: "ok" });
    host.kvStamp("__converged::fleet", host.now());
    host.conditions.push({
      name: "FleetInSync",
      status: "true",
      reason: "Converged",
      message: "every deployment matches",
      last_transition: host.now(),
    });
  } else {
    const generation = host.kv.get("fleet/generation");
    host.kvSet("fleet/generation", (typeof generation === "number" ? generation : 0) + 1);
    host.conditions.push({
      name: "FleetInSync",
      status: "false",
      reason: "Drift",
      message: `${created} to create, ${updated} to update, ${deleted} to delete`,
      last_transition: host.now(),
    });
  }

  host.metrics.set("fleet_creates", created);
  host.metrics.set("fleet_updates", updated);
  host.metrics.set("fleet_deletes", deleted);
  host.metrics.set("fleet_drift_ratio", drift / Math.max(1, n.desired));
  host.trace.set(
    "fleet",
    new Map<string, Json>([
      ["created", created],
      ["updated", updated],
      ["deleted", deleted],
      ["unchanged", unchanged],
    ]),
  );
}
