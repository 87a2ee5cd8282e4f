// The browser example: two vigies bundled with the esbuild plugin (build.mjs), ticked on a
// timer, each tick's actions and kv shown as they happen. ?every=MS sets the interval (default
// 1000), ?ticks=N stops after N ticks (default: never). A vigy's tick depends only on its kv
// and the tick's start time (timestamps inside a tick are the tick's start), so the same tick
// times give the same records in Node (test/bundle/browser.test.ts checks it).
import inventory from "./vigies/inventory.lisp";
import rules from "./vigies/rules.lisp";
import { MemoryKv, recordText, runTick } from "vigy-js/runtime";

const params = new URLSearchParams(location.search);
const every = Number(params.get("every") ?? 1000);
const limit = Number(params.get("ticks") ?? Infinity);

const vigies = [
  { name: "inventory", program: inventory, store: new MemoryKv() },
  { name: "rules", program: rules, store: new MemoryKv() },
];

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function show(vigy, record) {
  const row = document.createElement("tr");
  row.append(
    cell(String(record.tick)),
    cell(String(record.tick_start_ms)),
    cell(record.result + (record.error ? `: ${record.error}` : "")),
    cell(JSON.stringify(record.actions)),
    cell(JSON.stringify(Object.fromEntries([...record.kv].filter(([k]) => !k.startsWith("__sys::"))))),
  );
  document.querySelector(`#${vigy.name} tbody`).append(row);
  // The whole record, as `vigyc tick --json` prints it.
  const pre = document.createElement("pre");
  pre.className = "record";
  pre.textContent = recordText(record);
  document.querySelector(`#${vigy.name} .records`).append(pre);
}

let ticks = 0;
const timer = setInterval(() => {
  const now = Date.now();
  for (const v of vigies) show(v, runTick(v.program, v.store, { now, clock: () => now }));
  if (++ticks >= limit) {
    clearInterval(timer);
    document.body.dataset.done = "true";
  }
}, every);
