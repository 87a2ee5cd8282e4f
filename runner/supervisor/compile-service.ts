/**
 * Programs are compiled once per version (content digest), by one compile worker, never per
 * tick. Compiling is given COMPILE_LIMIT_MS: a program whose compile-time evaluation does not
 * finish gets code whose every tick fails with that reason, and the worker is replaced.
 */
import type { Worker } from "node:worker_threads";
import type { CompileReply, CompileRequest } from "../exec/compile-worker.js";
import { spawnWorker } from "../exec/spawn.js";

export const COMPILE_LIMIT_MS = 10_000;

export interface CompiledCode {
  readonly digest: string;
  readonly file: string;
  /** Function-shape code (runtime as `$r`). */
  readonly code: string;
  readonly gensymBase: number;
  /** Positioned diagnostics (`file:line:col: error: …`); the program still runs and fails where they are. */
  readonly diagnostics: readonly string[];
  /** The program text and its IR as JSON text, for failed ticks' reports (null: no IR, the program could not be compiled). */
  readonly source: string;
  readonly ir: string | null;
}

/** Code whose ticks all fail with `reason` (a program vigy-js could not compile). */
function failing(digest: string, file: string, source: string, reason: string): CompiledCode {
  const msg = `vigy-js could not compile ${file}: ${reason}`;
  const code = `return { file: ${JSON.stringify(file)}, engine: "compiled", unreadable: false, run() { throw new Error(${JSON.stringify(msg)}); } };`;
  return { digest, file, code, gensymBase: 0, diagnostics: [`${file}: error: ${reason}`], source, ir: null };
}

interface Job {
  readonly req: CompileRequest;
  readonly done: (c: CompiledCode) => void;
}

export class CompileService {
  private readonly cache = new Map<string, Promise<CompiledCode>>();
  private readonly jobs: Job[] = [];
  private worker: Worker | null = null;
  private current: { job: Job; timer: NodeJS.Timeout } | null = null;

  constructor(private readonly limitMs = COMPILE_LIMIT_MS) {}

  compile(digest: string, file: string, source: string): Promise<CompiledCode> {
    let p = this.cache.get(digest);
    if (p === undefined) {
      p = new Promise<CompiledCode>((done) => this.jobs.push({ req: { digest, file, source }, done }));
      this.cache.set(digest, p);
      this.next();
    }
    return p;
  }

  private spawn(): Worker {
    const w = spawnWorker("exec/compile-worker", { workerData: {} });
    w.unref();
    w.on("message", (r: CompileReply) => {
      const cur = this.current;
      if (this.worker !== w) return;
      if (cur === null || cur.job.req.digest !== r.digest) return;
      clearTimeout(cur.timer);
      this.current = null;
      const { file, source } = cur.job.req;
      cur.job.done(
        "error" in r
          ? failing(r.digest, file, source, r.error)
          : { digest: r.digest, file, code: r.code, gensymBase: r.gensymBase, diagnostics: r.diagnostics, source, ir: r.ir },
      );
      this.next();
    });
    // Events of a worker already replaced (after a time-out) concern nobody.
    w.on("error", (e) => {
      if (this.worker === w) this.lost(`the compiler failed: ${e.message}`);
    });
    w.on("exit", () => {
      if (this.worker === w) this.lost("the compile worker stopped");
    });
    return w;
  }

  private lost(reason: string): void {
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
    const cur = this.current;
    if (cur === null) return;
    clearTimeout(cur.timer);
    this.current = null;
    cur.job.done(failing(cur.job.req.digest, cur.job.req.file, cur.job.req.source, reason));
    this.next();
  }

  private next(): void {
    if (this.current !== null) return;
    const job = this.jobs.shift();
    if (job === undefined) return;
    this.worker ??= this.spawn();
    const timer = setTimeout(() => this.lost(`compiling took more than ${this.limitMs / 1000} s (compile-time evaluation of its forms did not finish)`), this.limitMs);
    this.current = { job, timer };
    this.worker.postMessage(job.req);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w !== null) await w.terminate();
  }
}
