/**
 * The reconcile actions the standard intrinsics append to a host: plain fields (as
 * ReconcileAction describes them) and a `toJSON`, so `JSON.stringify(action)` and
 * `JSON.stringify(host.actions)` write the payload as JSON instead of `{}` for a Map.
 */
import type { Json } from "./json.js";
import type { ReconcileAction, ReconcileKind, ResultStatus } from "./host.js";
import { plainJson } from "./plain-json.js";
import { actionJson } from "./record.js";

export class HostAction implements ReconcileAction {
  constructor(
    public kind: ReconcileKind,
    public payload?: Json,
    public result?: ResultStatus,
    public message?: string,
  ) {}

  toJSON(): unknown {
    return plainJson(actionJson(this));
  }
}
