/**
 * kv JSON speed: parse (parseJson) and write (jsonText) of kv files of about 5 MB and 50 MB,
 * side by side with JSON.parse / JSON.stringify on the same text (which cannot keep `5.0` apart
 * from `5`: the ceiling, not an alternative). Prints MB/s and the ratios, plus the heap a parse
 * keeps, and writes the figures to bench/kv-json/results.json.
 *
 *   npx tsx bench/kv-json/run.ts            # 5 MB and 50 MB
 *   npx tsx bench/kv-json/run.ts --quick    # 1 MB, one round
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jsonText, parseJson } from "../../runtime/vigy/json.js";

const quick = process.argv.includes("--quick");

/** A kv object like a fleet of vigies keeps: per-item records with ints, floats, strings, lists, nesting. */
function kvText(targetBytes: number): string {
  const parts: string[] = [];
  let size = 2;
  for (let i = 0; size < targetBytes; i++) {
    const name = `svc-${String(i).padStart(6, "0")}`;
    const entry = JSON.stringify(`item::${name}`) + ":" + JSON.stringify({
      name,
      replicas: 1 + (i % 5),
      image: `registry.example/${name}:v${i % 17}`,
      labels: { team: `team-${i % 13}`, tier: i % 2 ? "web" : "batch", "é": "ünï😀" },
      ports: [8000 + (i % 100), 9000 + (i % 7)],
      history: [1700000000000 + i, 1700000001000 + i, -i],
    }).replace(/"cpu":0}/, "") + "";
    // floats as serde writes them, which JSON.stringify cannot: 0.25 and 2.0
    const withFloats = entry.slice(0, -1) + `,"cpu":${(i % 8) / 4 + 0.25},"mem":${(i % 4) + 1}.0}`;
    parts.push(withFloats);
    size += withFloats.length + 1;
  }
  return "{" + parts.join(",") + "}";
}

function mbps(bytes: number, f: () => unknown, rounds: number): { mbps: number; ms: number } {
  f(); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  const ms = times.sort((a, b) => a - b)[times.length >> 1]!;
  return { mbps: bytes / 1e6 / (ms / 1000), ms };
}

const results: Record<string, unknown>[] = [];
const sizes = quick ? [1e6] : [5e6, 50e6];
console.log("| file | parseJson | JSON.parse | ratio | jsonText | JSON.stringify | ratio | heap kept by parse |");
console.log("|---|---|---|---|---|---|---|---|");
for (const target of sizes) {
  const text = kvText(target);
  const bytes = Buffer.byteLength(text);
  const rounds = quick ? 1 : target > 1e7 ? 3 : 7;
  const parsed = parseJson(text);
  const plain = JSON.parse(text);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = parseJson(text);
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  const p = mbps(bytes, () => parseJson(text), rounds);
  const pn = mbps(bytes, () => JSON.parse(text), rounds);
  const w = mbps(bytes, () => jsonText(parsed), rounds);
  const wn = mbps(bytes, () => JSON.stringify(plain), rounds);
  void kept;
  const mb = (bytes / 1e6).toFixed(1);
  console.log(
    `| ${mb} MB | ${p.mbps.toFixed(0)} MB/s (${p.ms.toFixed(0)} ms) | ${pn.mbps.toFixed(0)} MB/s | ${(pn.mbps / p.mbps).toFixed(2)}× | ` +
      `${w.mbps.toFixed(0)} MB/s (${w.ms.toFixed(0)} ms) | ${wn.mbps.toFixed(0)} MB/s | ${(wn.mbps / w.mbps).toFixed(2)}× | ${global.gc ? heapMb.toFixed(0) + " MB" : "(run with --expose-gc)"} |`,
  );
  results.push({ bytes, parse: p, jsonParse: pn, write: w, jsonStringify: wn, heapKeptMb: global.gc ? heapMb : null });
}
if (!quick) writeFileSync(fileURLToPath(new URL("./results.json", import.meta.url)), JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2) + "\n");
