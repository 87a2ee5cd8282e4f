/**
 * bench/programs/maps.lisp translated step by step into TypeScript, form by form: the SKU
 * strings built three times, each catalog map built from a flattened key/value list, three
 * reads of `available` per SKU, two passes for (frequencies (map …)) — so it measures what the
 * program's own steps cost in JS. Keywords are the ":name" strings they are in JSON.
 */
import type { VigyHost } from "../../runtime/vigy/host.js";
import type { Json, JsonObject } from "../../runtime/vigy/json.js";
import { reportStock } from "../hand/maps.js";

/** The prelude's frequencies: a fold that updates a count per element. */
function frequencies<T>(xs: readonly T[]): Map<T, number> {
  return xs.reduce((acc, x) => {
    const n = acc.get(x);
    return acc.set(x, n === undefined ? 1 : n + 1);
  }, new Map<T, number>());
}

/** (range n) */
function range(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}

/** (apply hash-map kvs): a map from a flat key, value, key, value… list. */
function hashMap<K, V>(kvs: readonly (K | V)[]): Map<K, V> {
  const m = new Map<K, V>();
  for (let i = 0; i < kvs.length; i += 2) m.set(kvs[i] as K, kvs[i + 1] as V);
  return m;
}

export default function tick(host: VigyHost): void {
  const sku = (i: number): string => "sku-" + String(i);
  const skuIds = range(200);
  const skus = skuIds.map(sku);

  // The catalog maps are built in one go from key/value lists.
  // (apply append lists) is concat over the spread lists.
  const catalogMap = <V>(valueOf: (i: number) => V): Map<string, V> =>
    hashMap<string, V>(([] as (string | V)[]).concat(...skuIds.map((i): (string | V)[] => [sku(i), valueOf(i)])));
  const categories = [":tools", ":garden", ":kitchen", ":toys", ":books"];
  const prices = catalogMap((i) => 199 + 25 * ((i * 37) % 80));
  const categoryOf = catalogMap((i) => categories[i % 5]!);

  const defaults: JsonObject = new Map<string, Json>([
    ["reorder_below", 10],
    ["max_listed", 12],
    ["currency", "EUR"],
  ]);
  // (hash-map-merge defaults (vigy-get "maps/config" (hash-map)))
  const config: JsonObject = new Map(defaults);
  for (const [k, v] of (host.kv.get("maps/config") ?? new Map()) as JsonObject) config.set(k, v);

  const stock = (host.kv.get("maps/stock") ?? new Map()) as Map<string, number>;
  const shipments = (host.kv.get("maps/shipments") ?? new Map()) as Map<string, number>;
  const reservations = (host.kv.get("maps/reservations") ?? new Map()) as Map<string, number>;

  // Book every shipment into stock (a shipment may bring a SKU we did not stock yet). The
  // first update copies the kv's map, as the Lisp never changes a map it does not own.
  const restocked = [...shipments.entries()].reduce((m, entry) => {
    const own = m === stock ? new Map(stock) : m;
    const onHand = own.get(entry[0]);
    return own.set(entry[0], (onHand ?? 0) + entry[1]);
  }, stock);

  // Available = on hand − reserved, for every catalog SKU.
  const available = skus.reduce(
    (m, k) => m.set(k, (restocked.get(k) ?? 0) - (reservations.get(k) ?? 0)),
    new Map<string, number>(),
  );

  const threshold = config.get("reorder_below") as number;
  const lowStock = skus.filter((k) => available.get(k)! < threshold);
  const byCategory = frequencies(lowStock.map((k) => categoryOf.get(k)!));
  const oversold = skus.filter((k) => available.get(k)! < 0);

  const stockValue = [...available.keys()].reduce((acc, k) => acc + Math.max(0, available.get(k)!) * prices.get(k)!, 0);

  reportStock(host, { lowStock, byCategory, oversold, stockValue, config, booked: shipments.size, stocked: restocked.size, listed: prices.size });

  host.kvSet("maps/stock", restocked);
  host.kvDelete("maps/shipments");
}
