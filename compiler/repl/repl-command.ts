/**
 * `vigyc repl [--engine compiled|interp] [--history FILE]`: the terminal side of the REPL, on the
 * main thread (line editing, history, completion); the engine runs in a worker with a large
 * stack (engine-worker.ts). Input is read until its parens and strings balance, so a form may
 * span lines. Lines starting with `:` are commands. When stdin is not a terminal (a pipe, a
 * file) there are no prompts and no history, and the session is scriptable: values on stdout,
 * errors on stderr.
 */
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { Worker } from "node:worker_threads";
import type { Parsed } from "../cli/args.js";
import type { Io } from "../cli/io.js";
import { balance } from "./balance.js";
import { complete } from "./completion.js";
import { appendHistory, HISTORY_SIZE, historyFile, loadHistory, trimHistory } from "./history.js";
import type { Reply, Request } from "./protocol.js";

const HELP = `commands:
  :engine [compiled|interp]  show or switch the engine (definitions are kept)
  :load FILE                 evaluate a file's forms in this session
  :tick [MS]                 run everything entered so far as one tick (starting at MS, default
                             now) against a scratch host and kv, and show the record
  :kv                        the scratch kv (:tick commits to it)
  :doc NAME                  a name's parameters and description
  :reset                     forget every definition and the scratch kv
  :help                      this help
  :quit                      leave (so does end of input, Ctrl-D)
Forms are read until their parens balance. Tab completes names.
`;

/** The engine worker's code: the bundled build when there is one. */
function engineUrl(): URL {
  const bundled = new URL("../../pkg/compiler/repl/engine-worker.js", import.meta.url);
  return bundled.protocol === "file:" && existsSync(bundled) ? bundled : new URL("./engine-worker.js", import.meta.url);
}

export async function run(p: Parsed, io: Io): Promise<number> {
  const v = p.values as { engine: "compiled" | "interp"; history?: string };
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const worker = new Worker(engineUrl(), { workerData: { engine: v.engine }, resourceLimits: { stackSizeMb: 256 } });
  let next = 0;
  const pending = new Map<number, (r: Reply) => void>();
  worker.on("message", ({ id, reply }: { id: number; reply: Reply }) => {
    pending.get(id)?.(reply);
    pending.delete(id);
  });
  const ask = (request: Request): Promise<Reply> =>
    new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      worker.postMessage({ id, request });
    });
  const show = (r: Reply): void => {
    if (r.out !== "") io.out(r.out);
    if (r.err !== "") io.err(r.err);
  };

  /** What Tab completes: asked of the worker again whenever definitions may have changed (a terminal only). */
  let names: readonly string[] = [];
  const refreshNames = async (): Promise<void> => {
    if (interactive) names = (await ask({ op: "names" })).names ?? names;
  };
  await refreshNames();
  const hist = interactive ? historyFile(v.history) : undefined;
  const history = hist === undefined ? [] : loadHistory(hist);
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
    history,
    historySize: HISTORY_SIZE,
    completer: (line: string): [string[], string] => complete(line, names),
  });
  const prompt = (more: boolean): void => {
    if (!interactive) return;
    rl.setPrompt(more ? "...   " : "vigy> ");
    rl.prompt();
  };
  if (interactive) io.out(`vigyc repl (${v.engine} engine): :help for commands, Ctrl-D to leave\n`);
  prompt(false);

  let buffer = "";
  let quit = false;
  let engine = v.engine;
  const command = async (line: string): Promise<void> => {
    const [cmd, ...rest] = line.trim().split(/\s+/);
    const arg = rest.join(" ");
    switch (cmd) {
      case ":quit":
      case ":q":
      case ":exit":
        quit = true;
        return;
      case ":help":
        return void io.out(HELP);
      case ":engine":
        if (arg === "") return void io.out(`engine: ${engine} (switch with :engine compiled or :engine interp)\n`);
        if (arg !== "compiled" && arg !== "interp") return void io.err(`:engine expects compiled or interp (got "${arg}")\n`);
        engine = arg;
        show(await ask({ op: "engine", name: arg }));
        return refreshNames();
      case ":load":
        if (arg === "") return void io.err(":load expects a file\n");
        show(await ask({ op: "load", file: arg }));
        return refreshNames();
      case ":tick": {
        const now = arg === "" ? Date.now() : Number(arg);
        if (!Number.isSafeInteger(now)) return void io.err(`:tick expects a start time in epoch milliseconds (got "${arg}")\n`);
        return show(await ask({ op: "tick", now }));
      }
      case ":kv":
        return show(await ask({ op: "kv" }));
      case ":reset":
        show(await ask({ op: "reset" }));
        return refreshNames();
      case ":doc":
        if (arg === "") return void io.err(":doc expects a name\n");
        return show(await ask({ op: "doc", name: arg }));
      default:
        io.err(`unknown command ${cmd} (:help lists them)\n`);
    }
  };

  for await (const line of rl) {
    if (buffer === "" && line.trim().startsWith(":")) {
      if (hist !== undefined) appendHistory(hist, line);
      await command(line);
      if (quit) break;
      prompt(false);
      continue;
    }
    buffer = buffer === "" ? line : `${buffer}\n${line}`;
    if (buffer.trim() === "") {
      buffer = "";
      prompt(false);
      continue;
    }
    if (balance(buffer) === "incomplete") {
      prompt(true);
      continue;
    }
    if (hist !== undefined) appendHistory(hist, buffer);
    const source = buffer;
    buffer = "";
    show(await ask({ op: "eval", source }));
    await refreshNames();
    prompt(false);
  }
  // Input ended inside a form: evaluate what there is (the reader reports what is missing).
  if (!quit && buffer.trim() !== "") show(await ask({ op: "eval", source: buffer }));
  rl.close();
  if (interactive) io.out("\n");
  await worker.terminate();
  if (hist !== undefined) trimHistory(hist);
  return 0;
}
