/** The REPL's engine, in a worker thread with a large stack (as `vigyc eval` runs programs). */
import { parentPort, workerData } from "node:worker_threads";
import { ReplEngine } from "./engine.js";
import type { Reply, Request } from "./protocol.js";

const engine = new ReplEngine((workerData as { engine: "compiled" | "interp" }).engine);

function handle(r: Request): Reply {
  switch (r.op) {
    case "eval":
      return engine.eval(r.source);
    case "load":
      return engine.load(r.file);
    case "engine":
      engine.setEngine(r.name);
      return { out: `engine: ${r.name}\n`, err: "" };
    case "tick":
      return engine.tick(r.now);
    case "kv":
      return { out: engine.kvText(), err: "" };
    case "reset":
      engine.reset();
      return { out: "session reset: no definitions, an empty kv\n", err: "" };
    case "doc":
      return { out: engine.doc(r.name), err: "" };
    case "names":
      return { out: "", err: "", names: engine.names() };
  }
}

parentPort!.on("message", ({ id, request }: { id: number; request: Request }) => {
  let reply: Reply;
  try {
    reply = handle(request);
  } catch (e) {
    reply = { out: "", err: `vigyc repl: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n` };
  }
  parentPort!.postMessage({ id, reply });
});
