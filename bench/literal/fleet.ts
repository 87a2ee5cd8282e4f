/**
 * bench/programs/fleet.lisp translated step by step into TypeScript, form by form: the same
 * lookups, intermediate lists and repeated calls (changed-fields twice per update), so it
 * measures what the program's own steps cost in JS. Keywords are the ":name" strings they are in JSON.
 */
import type { VigyHost } from "../../runtime/vigy/host.js";
import type { Json, JsonObject } from "../../runtime/vigy/json.js";
import { reportDrift } from "../hand/fleet.js";

/** The prelude's frequencies: a fold that updates a count per element. */
function frequencies<T>(xs: readonly T[]): Map<T, number> {
  return xs.reduce((acc, x) => {
    const n = acc.get(x);
    return acc.set(x, n === undefined ? 1 : n + 1);
  }, new Map<T, number>());
}

export default function tick(host: VigyHost): void {
  // (define desired (vigy-get "fleet/desired" (list)))
  const desired = (host.kv.get("fleet/desired") ?? []) as JsonObject[];
  // (define observed (vigy-get "fleet/observed" (hash-map)))
  const observed = (host.kv.get("fleet/observed") ?? new Map()) as Map<string, JsonObject>;

  const specOf = (item: JsonObject): JsonObject =>
    new Map<string, Json>([
      ["replicas", item.get("replicas")!],
      ["image", item.get("image")!],
    ]);

  const changedFields = (want: JsonObject, have: JsonObject): string[] =>
    ["replicas", "image"].filter((field) => !(want.get(field) === have.get(field)));

  // One desired deployment: act on it, and say what was done.
  const reconcile = (item: JsonObject): string => {
    const name = item.get("name") as string;
    const have = observed.get(name);
    if (have === undefined) {
      host.actions.push({
        kind: "create",
        payload: new Map<string, Json>([
          ["name", name],
          ["replicas", item.get("replicas")!],
          ["image", item.get("image")!],
        ]),
      });
      return ":created";
    } else if (changedFields(item, have).length !== 0) {
      host.actions.push({
        kind: "update",
        payload: new Map<string, Json>([
          ["name", name],
          ["changes", changedFields(item, have)],
          ["from", have],
          ["to", specOf(item)],
        ]),
      });
      return ":updated";
    } else {
      return ":unchanged";
    }
  };

  const outcomes = frequencies(desired.map(reconcile));

  // Deployments that are running but no longer desired.
  const wanted = desired.reduce((acc, item) => acc.set(item.get("name") as string, true), new Map<string, boolean>());
  const extra = [...observed.keys()].filter((name) => !wanted.has(name));
  extra.forEach((name) => {
    host.actions.push({
      kind: "delete",
      payload: new Map<string, Json>([
        ["name", name],
        ["reason", ":not-desired"],
      ]),
    });
  });

  const created = outcomes.get(":created") ?? 0;
  const updated = outcomes.get(":updated") ?? 0;
  const deleted = extra.length;

  const totalReplicas = (specs: JsonObject[]): number =>
    specs.map((s) => s.get("replicas") as number).reduce((a, b) => a + b, 0);

  host.desired.set("deployments", desired.length);
  host.desired.set("replicas", totalReplicas(desired));
  host.observed.set("deployments", observed.size);
  host.observed.set("replicas", totalReplicas([...observed.values()]));

  reportDrift(host, { created, updated, deleted, unchanged: outcomes.get(":unchanged") ?? 0, desired: desired.length });

  // What the fleet looks like once the actions above are applied.
  host.kvSet(
    "fleet/observed",
    desired.reduce((acc, item) => acc.set(item.get("name") as string, specOf(item)), new Map<string, Json>()),
  );
}
