/**
 * bench/programs/maps.lisp written directly against the host with JS Maps. Keyword keys and
 * values in the Lisp (the categories) are the strings ":tools" etc. that they become in JSON.
 */
import type { VigyHost } from "../../runtime/vigy/host.js";
import type { Json, JsonObject } from "../../runtime/vigy/json.js";

const CATEGORIES = [":tools", ":garden", ":kitchen", ":toys", ":books"];
const CATALOG_SIZE = 200;

const counts = (o: Json | undefined): Map<string, number> => (o instanceof Map ? (o as Map<string, number>) : new Map());

export default function tick(host: VigyHost): void {
  // The catalog.
  const skus: string[] = [];
  const prices = new Map<string, number>();
  const categoryOf = new Map<string, string>();
  for (let i = 0; i < CATALOG_SIZE; i++) {
    const sku = `sku-${i}`;
    skus.push(sku);
    prices.set(sku, 199 + 25 * ((i * 37) % 80));
    categoryOf.set(sku, CATEGORIES[i % 5]!);
  }

  const config: JsonObject = new Map<string, Json>([
    ["reorder_below", 10],
    ["max_listed", 12],
    ["currency", "EUR"],
  ]);
  const overrides = host.kv.get("maps/config");
  if (overrides instanceof Map) for (const [k, v] of overrides) config.set(k, v);

  const shipments = counts(host.kv.get("maps/shipments"));
  const reservations = counts(host.kv.get("maps/reservations"));

  // Book every shipment into stock.
  const restocked = new Map(counts(host.kv.get("maps/stock")));
  for (const [sku, qty] of shipments) restocked.set(sku, (restocked.get(sku) ?? 0) + qty);

  const threshold = config.get("reorder_below") as number;
  const lowStock: string[] = [];
  const oversold: string[] = [];
  const byCategory = new Map<string, number>();
  let stockValue = 0;
  for (const sku of skus) {
    const available = (restocked.get(sku) ?? 0) - (reservations.get(sku) ?? 0);
    if (available < threshold) {
      lowStock.push(sku);
      const c = categoryOf.get(sku)!;
      byCategory.set(c, (byCategory.get(c) ?? 0) + 1);
    }
    if (available < 0) oversold.push(sku);
    stockValue += Math.max(0, available) * prices.get(sku)!;
  }

  reportStock(host, { lowStock, byCategory, oversold, stockValue, config, booked: shipments.size, stocked: restocked.size, listed: prices.size });

  host.kvSet("maps/stock", restocked);
  host.kvDelete("maps/shipments");
}

/** The summary action, metrics and trace as the Lisp emits them (shared with bench/literal/maps.ts). */
export function reportStock(
  host: VigyHost,
  n: { lowStock: string[]; byCategory: Map<string, number>; oversold: string[]; stockValue: number; config: JsonObject; booked: number; stocked: number; listed: number },
): void {
  const { lowStock, byCategory, oversold, stockValue, config } = n;
  host.actions.push({
    kind: "apply",
    payload: new Map<string, Json>([
      ["reorder", lowStock.slice(0, config.get("max_listed") as number)],
      ["reorder_count", lowStock.length],
      ["by_category", byCategory],
      ["oversold", oversold],
      ["stock_value_cents", stockValue],
      ["currency", config.get("currency")!],
      ["shipments_booked", n.booked],
    ]),
  });

  host.observed.set("skus", n.stocked);
  host.desired.set("skus", n.listed);
  host.metrics.set("reorder_count", lowStock.length);
  host.metrics.set("stock_value", stockValue / 100);
  host.trace.set("config", config);
  host.trace.set("categories", [...byCategory.keys()]);
}
