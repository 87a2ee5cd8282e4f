/** ActionsExtension (spec/vigy.md §5.1): typed reconcile actions, appended in call order. */
import { nativeErr } from "../../errors/lisp-error.js";
import { displayString, lispString, lispToJson } from "../convert.js";
import { extension, type Intrinsic } from "../extension.js";
import { HostAction } from "../action.js";
import { KINDS, type ReconcileKind } from "../host.js";

const payloadVerb = (name: string, kind: ReconcileKind): Intrinsic => ({
  name,
  min: 1,
  max: 1,
  fn: ([p], host) => (host.actions.push(new HostAction(kind, lispToJson(p!))), null),
});

function parseKind(v: string): ReconcileKind {
  if ((KINDS as readonly string[]).includes(v)) return v as ReconcileKind;
  throw nativeErr("vigy-emit", `unknown kind ${JSON.stringify(v)}; expected ${KINDS.join("|")}`);
}

export const ACTIONS = extension("actions", [
  {
    name: "vigy-emit",
    min: 1,
    max: Infinity,
    fn: (args, host) => {
      if (args.length > 2) throw nativeErr("vigy-emit", `expected 1 or 2 args (kind, payload?), got ${args.length}`);
      const kind = parseKind(lispString(args[0]!));
      host.actions.push(args.length === 2 ? new HostAction(kind, lispToJson(args[1]!)) : new HostAction(kind));
      return null;
    },
  },
  { name: "vigy-noop", min: 0, max: 0, fn: (_, host) => (host.actions.push(new HostAction("noop", undefined, "ok")), null) },
  {
    name: "vigy-defer",
    min: 1,
    max: 1,
    fn: ([reason], host) => (host.actions.push(new HostAction("defer", undefined, "skipped", displayString(reason!))), null),
  },
  payloadVerb("vigy-pull", "pull"),
  payloadVerb("vigy-push", "push"),
  payloadVerb("vigy-create", "create"),
  payloadVerb("vigy-update", "update"),
  // Named so it does not collide with the kv's `vigy-del`; there is no `vigy-delete`.
  payloadVerb("vigy-delete-action", "delete"),
  payloadVerb("vigy-apply", "apply"),
  payloadVerb("vigy-restart", "restart"),
]);
