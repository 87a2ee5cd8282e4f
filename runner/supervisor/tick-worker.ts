/**
 * The supervisor's view of one tick worker: its thread, its running slot, the program versions
 * it has been sent and the vigies it owns (by handle). Roles: `general` workers share the fleet,
 * one `spare` waits ready to take over from a worker that stalls, and the `slow` lane holds the
 * vigies that once overran (their delays then only hit each other).
 */
import type { Worker } from "node:worker_threads";
import type { ToWorker } from "../exec/protocol.js";
import { newSlotBuffer, RunningSlot } from "../exec/running-slot.js";
import { spawnWorker } from "../exec/spawn.js";
import type { CompiledCode } from "./compile-service.js";

export type Role = "general" | "spare" | "slow";

/** Node gives a worker a 256 MB stack like the CLI's (deep non-tail recursion works as in `vigyc tick`). */
const STACK_MB = 256;

let nextId = 1;

export class TickWorker {
  readonly id = nextId++;
  readonly worker: Worker;
  readonly slot: RunningSlot;
  readonly programs = new Set<string>();
  readonly owned = new Set<number>();
  /** The budget of every vigy it was given, also after one is released (its tick may still be running). */
  readonly budgets = new Map<number, number>();
  /** Rate of ticks it owns (per second), to place vigies evenly. */
  load = 0;
  /** Its other vigies were moved away while a tick overran; it is being retired. */
  evacuated = false;
  /** Terminated or exited: everything it sends from now on is ignored. */
  dead = false;

  constructor(
    public role: Role,
    heapMb: number,
  ) {
    const buffer = newSlotBuffer();
    this.slot = new RunningSlot(buffer);
    this.worker = spawnWorker("exec/worker-main", {
      workerData: { slot: buffer },
      resourceLimits: { maxOldGenerationSizeMb: heapMb, stackSizeMb: STACK_MB },
    });
  }

  post(m: ToWorker): void {
    if (!this.dead) this.worker.postMessage(m);
  }

  ensureProgram(c: CompiledCode): void {
    if (this.programs.has(c.digest)) return;
    this.programs.add(c.digest);
    this.post({ type: "program", digest: c.digest, file: c.file, code: c.code, gensymBase: c.gensymBase, source: c.source, ir: c.ir });
  }

  kill(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }
}
