/**
 * examples/tear-mirror-fixed.lisp written directly against the host. The intrinsics' kv rules
 * are spelled out: `vigy-once` and the rate limiter stamp their reserved keys (kvStamp), the
 * counters are plain writes (kvSet), and kv values are read as the integers they are.
 */
import type { Condition, ConditionStatus, VigyHost } from "../../runtime/vigy/host.js";
import type { Json } from "../../runtime/vigy/json.js";

const int = (j: Json | undefined, fallback: number): number => (typeof j === "number" ? j : fallback);

function condition(host: VigyHost, name: string, status: ConditionStatus, reason?: string, message?: string): void {
  const c: Condition = { name, status, last_transition: host.now() };
  if (reason !== undefined) c.reason = reason;
  if (message !== undefined) c.message = message;
  host.conditions.push(c);
}

function incr(host: VigyHost, key: string): void {
  host.kvSet(key, int(host.kv.get(key), 0) + 1);
}

export default function tick(host: VigyHost): void {
  host.log.push({ level: "info", message: "tear-mirror tick" });
  host.trace.set("tick_count", host.tickCount);

  // First tick: initialise the counters.
  if (!host.kv.has("__once::init")) {
    host.kvStamp("__once::init", true);
    host.log.push({ level: "info", message: "tear-mirror initialised" });
    host.kvSet("consecutive_failures", 0);
    host.kvSet("last_daemon_session_count", 0);
    host.kvSet("last_embed_session_count", 0);
  } else {
    host.log.push({ level: "debug", message: "tear-mirror running" });
  }

  const now = Number(host.tickStartMs);
  if (now - int(host.kv.get("__ratelimit::sync-work"), 0) < 2000) {
    host.actions.push({ kind: "defer", result: "skipped", message: "rate-limited by 2s window" });
    condition(host, "Active", "true", "RateLimited", "skipping; window closes soon");
  } else {
    host.kvStamp("__ratelimit::sync-work", now);
    const daemon = int(host.kv.get("last_daemon_session_count"), 0);
    const embed = int(host.kv.get("last_embed_session_count"), 0);
    host.observed.set("daemon_session_count", daemon);
    host.observed.set("embed_session_count", embed);
    const target = Math.max(daemon, embed);
    host.desired.set("session_count", target);
    host.metrics.set("session_count_target", target);
    if (daemon > embed) {
      host.actions.push({ kind: "pull", payload: "sessions-from-daemon" });
      incr(host, "embed_session_count");
      host.events.push({ kind: "PullSessions", message: "daemon ahead; pulling sessions" });
    } else if (embed > daemon) {
      host.actions.push({ kind: "push", payload: "sessions-to-daemon" });
      incr(host, "last_daemon_session_count");
      host.events.push({ kind: "PushSessions", message: "embed ahead; pushing sessions" });
    } else {
      host.actions.push({ kind: "noop", result: "ok" });
      host.kvStamp("__converged::in_sync", host.now());
      condition(host, "Ready", "true", "InSync", "session counts match");
    }
    if (int(host.kv.get("consecutive_failures"), 0) > 3) {
      condition(host, "Healthy", "false", "BackoffActive", "too many consecutive failures");
    } else {
      condition(host, "Healthy", "true");
    }
    host.trace.set("ever_converged", host.kv.has("__converged::in_sync"));
    host.metrics.set("consecutive_failures", int(host.kv.get("consecutive_failures"), 0));
  }

  // The heartbeat as the Lisp computes it: n / 10 is exact or a float, so this holds every tick.
  const n = Number(host.tickCount);
  if (n === 10 * (n / 10)) host.events.push({ kind: "Heartbeat", message: "every 10 ticks" });
}
