/**
 * bench/programs/strings.lisp written directly in TypeScript: split, join, toUpperCase,
 * template strings. Level keys in the per-level counts are keywords in the Lisp, so they are
 * ":info" etc. in JSON.
 */
import type { VigyHost } from "../../runtime/vigy/host.js";
import type { Json } from "../../runtime/vigy/json.js";

interface Entry {
  time: string;
  level: string;
  service: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  note: string[];
}

function parse(line: string): Entry {
  const f = line.split(" ");
  return {
    time: f[0]!,
    level: f[1]!,
    service: f[2]!,
    method: f[3]!,
    path: f[4]!,
    status: Number(f[5]),
    ms: Number(f[6]),
    note: f.slice(7),
  };
}

const render = (e: Entry): string =>
  `[${e.level.toUpperCase()}] ${e.time} ${e.service} ${e.method} ${e.path} -> ${e.status} in ${e.ms}ms` +
  (e.note.length === 0 ? "" : ` (${e.note.join(" ")})`);

const route = (e: Entry): string => `${e.method} ${e.path}`;

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export default function tick(host: VigyHost): void {
  const lines = (host.kv.get("logs/lines") ?? []) as string[];
  const entries = lines.map(parse);
  const rendered = entries.map(render);

  const failing: Entry[] = [];
  const timeouts: Entry[] = [];
  const perService = new Map<string, number>();
  const perLevel = new Map<string, number>();
  const routes = new Set<string>();
  let slow = 0;
  let slowest = entries[0]!;
  for (const e of entries) {
    if (e.status >= 500) failing.push(e);
    if (e.ms > 500) slow++;
    if (e.note.includes("timeout")) timeouts.push(e);
    tally(perService, e.service);
    tally(perLevel, ":" + e.level);
    routes.add(route(e));
    if (e.ms > slowest.ms) slowest = e;
  }
  const services = [...perService.keys()].sort();
  const errorRate = (100 * failing.length) / Math.max(1, entries.length);
  const serviceSummary = services.map((s) => `${s}=${perService.get(s)}`).join(", ");
  const digest =
    `${entries.length} requests, ${failing.length} failed (${errorRate}%), ${slow} slow, ` +
    `${timeouts.length} timeouts; slowest: ${render(slowest)}; per service: ${serviceSummary}`;

  for (const e of failing) host.log.push({ level: "warn", message: render(e) });
  reportDigest(host, {
    digest,
    failed: failing.slice(0, 5).map(render),
    timeouts: timeouts.map(route),
    perService,
    perLevel,
    routes: routes.size,
    requests: entries.length,
    errorRate,
    slow,
    services,
    firstLineFields: lines[0]!.split(" "),
    rendered,
  });
}

/** The digest's event, action, metrics, trace and kv as the Lisp emits them (shared with bench/literal/strings.ts). */
export function reportDigest(
  host: VigyHost,
  n: {
    digest: string;
    failed: string[];
    timeouts: string[];
    perService: Map<string, number>;
    perLevel: Map<string, number>;
    routes: number;
    requests: number;
    errorRate: number;
    slow: number;
    services: string[];
    firstLineFields: string[];
    rendered: string[];
  },
): void {
  host.events.push({ kind: "LogDigest", message: n.digest });
  host.actions.push({
    kind: "push",
    payload: new Map<string, Json>([
      ["digest", n.digest],
      ["failed", n.failed],
      ["timeouts", n.timeouts],
      ["per_service", n.perService],
      ["per_level", n.perLevel],
      ["routes", n.routes],
    ]),
  });
  host.metrics.set("requests", n.requests);
  host.metrics.set("error_rate_pct", n.errorRate);
  host.metrics.set("slow_requests", n.slow);
  host.trace.set("services", n.services);
  host.trace.set("first_line_fields", n.firstLineFields);
  host.kvSet("logs/digest", n.digest);
  host.kvSet("logs/rendered", n.rendered);
}
