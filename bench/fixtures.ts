/**
 * The starting point of each benchmark program (bench/programs/*.lisp): the kv before its
 * first tick (JSON object text, as `vigyc tick --kv` reads it) and the tick's start time.
 * Generated deterministically, so every run (and every engine) sees the same bytes.
 */
import { jsonText, parseJson } from "../runtime/vigy/json.js";

export interface Fixture {
  /** The kv before the tick, a JSON object (integers and floats kept apart). */
  readonly kv: string;
  /** Tick start, epoch ms. */
  readonly now: number;
}

const NOW = 1700000000000;

const pad3 = (n: number): string => String(n).padStart(3, "0");
const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * fleet: 100 desired deployments; the observed state lacks 10 of them (create), has 15 with
 * other replicas or an older image (svc-085 both; update) and 6 that nobody wants (delete).
 * The unwanted ones sort before the others but come last in the text.
 */
function fleetKv(): string {
  const desired: { name: string; replicas: number; image: string }[] = [];
  const observed: Record<string, { replicas: number; image: string }> = {};
  for (let i = 0; i < 100; i++) {
    const name = `svc-${pad3(i)}`;
    const replicas = 1 + (i % 5);
    const image = `registry.example/svc-${pad3(i)}:1.${i % 7}.0`;
    desired.push({ name, replicas, image });
    if (i % 10 === 3) continue; // missing
    observed[name] = {
      replicas: i % 8 === 5 ? replicas + 1 : replicas,
      image: i % 13 === 7 ? `registry.example/svc-${pad3(i)}:0.9.0` : image,
    };
  }
  for (const old of ["batch-a", "batch-b", "cron-nightly", "legacy-api", "legacy-web", "report-gen"]) {
    observed[old] = { replicas: 2, image: `registry.example/${old}:0.1.0` };
  }
  return JSON.stringify({ "fleet/desired": desired, "fleet/observed": observed, "fleet/generation": 41 });
}

/** maps: 200 SKUs in stock (some low), 50 shipments (one for a SKU not in the catalog), 40 reservations. */
function mapsKv(): string {
  const stock: Record<string, number> = {};
  for (let i = 0; i < 200; i++) stock[`sku-${i}`] = (i * 7) % 40;
  const shipments: Record<string, number> = {};
  for (let i = 0; i < 50; i++) shipments[`sku-${i * 4}`] = 5 + (i % 3) * 10;
  shipments["sku-250"] = 12;
  const reservations: Record<string, number> = {};
  for (let i = 0; i < 40; i++) reservations[`sku-${i * 5 + 1}`] = 1 + (i % 8) * 3;
  return JSON.stringify({
    "maps/stock": stock,
    "maps/shipments": shipments,
    "maps/reservations": reservations,
    "maps/config": { reorder_below: 8, max_listed: 15 },
  });
}

/** strings: 200 access-log lines; every field reads back as the same text (no floats, no leading zeros). */
function stringsKv(): string {
  const services = ["api", "auth", "billing", "search", "cart", "catalog", "gateway", "media"];
  const methods = ["GET", "GET", "POST", "GET", "PUT", "DELETE"];
  const resources = ["users", "orders", "items", "sessions", "carts"];
  const lines: string[] = [];
  for (let i = 0; i < 200; i++) {
    const time = `2023-11-14T22:${pad2(13 + Math.floor(i / 60))}:${pad2(i % 60)}Z`;
    const status = i % 11 === 4 ? 503 : i % 13 === 6 || i === 198 ? 500 : i % 9 === 2 ? 404 : i % 3 === 0 ? 201 : 200;
    const ms = i % 19 === 3 ? 800 + i : 5 + ((i * 37) % 300);
    const level = status >= 500 ? "error" : ms > 500 ? "warn" : i % 17 === 0 ? "debug" : "info";
    const path = `/v1/${resources[(i * 3) % 5]}` + (i % 4 === 0 ? `/${i + 1000}` : "");
    const note =
      status === 503 ? " upstream timeout after 3 retries" : ms > 500 ? " client timeout" : i % 23 === 5 ? " cache miss" : "";
    lines.push(`${time} ${level} ${services[(i * 7 + Math.floor(i / 9)) % 8]} ${methods[i % 6]} ${path} ${status} ${ms}${note}`);
  }
  return JSON.stringify({ "logs/lines": lines });
}

/** tear-mirror: initialised earlier, the daemon is ahead (a pull) and failures are past the backoff threshold. */
const tearMirrorKv = JSON.stringify({
  "__once::init": true,
  consecutive_failures: 4,
  last_daemon_session_count: 5,
  last_embed_session_count: 3,
  "__ratelimit::sync-work": NOW - 5000,
  "__sys::tick_count": 41,
  "__sys::prev_tick_ms": NOW - 1000,
});

/** kv text as a store the runner wrote would hold it: canonical, object keys sorted. */
const stored = (text: string): string => jsonText(parseJson(text));

export const FIXTURES: Record<string, Fixture> = {
  hello: { kv: "{}", now: NOW },
  "tear-mirror": { kv: stored(tearMirrorKv), now: NOW },
  fleet: { kv: stored(fleetKv()), now: NOW },
  compute: { kv: "{}", now: NOW },
  maps: { kv: stored(mapsKv()), now: NOW },
  strings: { kv: stored(stringsKv()), now: NOW },
};
