/**
 * The vigy intrinsics' parameter names and one-line descriptions (spec/vigy.md §5); their
 * arities come from the intrinsics themselves (runtime/vigy/intrinsics). Keys, names, levels and
 * kinds may be strings, symbols or keywords. A test checks this table against the intrinsics.
 */
export const INTRINSIC_DOCS: Readonly<Record<string, readonly [params: string, summary: string]>> = {
  "vigy-noop": ["", "Record a noop action (result ok)."],
  "vigy-defer": ["reason", "Record a defer action (result skipped) with reason's text as its message."],
  "vigy-pull": ["payload", "Record a pull action with payload."],
  "vigy-push": ["payload", "Record a push action with payload."],
  "vigy-create": ["payload", "Record a create action with payload."],
  "vigy-update": ["payload", "Record an update action with payload."],
  "vigy-delete-action": ["payload", "Record a delete action with payload (there is no vigy-delete)."],
  "vigy-apply": ["payload", "Record an apply action with payload."],
  "vigy-restart": ["payload", "Record a restart action with payload."],
  "vigy-emit": ["kind [payload]", "Record an action of kind noop|defer|pull|push|create|update|delete|apply|restart|custom."],
  "vigy-desired": ["key value", "Set the desired state at key."],
  "vigy-observed": ["key value", "Set the observed state at key."],
  "vigy-condition": ["name status [reason [message]]", "Record a condition; status is true, false or unknown."],
  "vigy-get": ["key [default]", "The kv value at key, or default (with exactly two arguments) or nil."],
  "vigy-set": ["key value", "Store value at key in the kv (committed when the tick succeeds)."],
  "vigy-incr": ["key [delta]", "Add delta (default 1) to the int at key (0 when absent) and return it."],
  "vigy-has?": ["key", "Whether the kv holds key."],
  "vigy-del": ["key", "Delete key from the kv; whether it was there."],
  "vigy-once": ["key", "#t the first time it is called with key (across ticks), #f after."],
  "vigy-mark-converged": ["key", "Mark key converged now."],
  "vigy-converged?": ["key", "Whether key was ever marked converged."],
  "vigy-tick": ["", "This tick's start time, epoch ms."],
  "vigy-tick-count": ["", "How many ticks have run, this one included."],
  "vigy-since-last-tick": ["", "Milliseconds since the previous tick started, or -1 on the first."],
  "vigy-rate-limited?": ["key min-ms", "#t when key was let through less than min-ms ago; else record now and #f."],
  "vigy-backoff-ms": ["attempt", "Exponential backoff: 1000 ms doubled per attempt, at most 30000."],
  "vigy-log": ["level message", "Log message at level trace|debug|info|warn|error."],
  "vigy-trace": ["key value", "Record a trace value at key."],
  "vigy-metric": ["name value", "Record a numeric metric."],
  "vigy-event": ["kind message", "Record an event."],
};
