/**
 * Messages between the supervisor (main thread) and a tick worker. The supervisor compiles each
 * program version once and hands the code over; a worker owns the vigies assigned to it (their
 * kv in memory, their schedules, their journal chains) and sends back finished runs in batches.
 */
import type { RunCommit } from "../store/store.js";

/** A program version, compiled once by the supervisor. */
export interface ProgramMsg {
  readonly type: "program";
  readonly digest: string;
  readonly file: string;
  /** Emitted code in the function shape (a body taking the runtime as `$r`). */
  readonly code: string;
  /** The gensym number its ticks start from (after its own macro expansion's names). */
  readonly gensymBase: number;
  /** The program text and the IR the code came from (JSON text; null if none): a failed tick's report names its functions from them. */
  readonly source: string;
  readonly ir: string | null;
}

export interface VigySettings {
  readonly intervalMs: number;
  readonly budgetMs: number;
  readonly enabled: boolean;
}

export interface AssignMsg {
  readonly type: "assign";
  /** The supervisor's number for this ownership (the watchdog's slot names it). */
  readonly handle: number;
  readonly id: string;
  readonly name: string;
  readonly digest: string;
  readonly settings: VigySettings;
  /** The current kv: key, canonical text, version (the run that wrote it). */
  readonly kv: readonly (readonly [string, string, number])[];
  readonly head: { readonly seq: number; readonly digest: string } | null;
  readonly failures: number;
  /** Slot 0 of its schedule (epoch ms). */
  readonly anchor: number;
  /** No scheduled tick before this (a vigy taken over after a failure keeps its backoff). */
  readonly notBefore: number;
}

export interface UpdateMsg {
  readonly type: "update";
  readonly handle: number;
  readonly settings: VigySettings;
  readonly anchor: number;
}

export interface ReleaseMsg {
  readonly type: "release";
  readonly handle: number;
}

export interface TickNowMsg {
  readonly type: "tick-now";
  readonly handle: number;
  readonly request: number;
}

/** Finish the tick in flight, send what is done, and tick no more. */
export interface StopMsg {
  readonly type: "stop";
}

/** Replay one recorded tick: its kv as it stood before, its recorded inputs. */
export interface ReplayMsg {
  readonly type: "replay";
  readonly id: string;
  readonly digest: string;
  readonly seq: number;
  readonly prev: string | null;
  readonly kv: readonly (readonly [string, string, number])[];
  readonly tickStartMs: number;
  readonly clock: readonly number[];
  readonly gensymBase: number;
}

export type ToWorker = ProgramMsg | AssignMsg | UpdateMsg | ReleaseMsg | TickNowMsg | StopMsg | ReplayMsg;

/** A finished run, ready to commit. */
export interface RunOutcome extends RunCommit {
  readonly handle: number;
  /** The tick-now request it answers. */
  readonly request?: number;
  /** One line of what it did (actions, first log line), for the runner's output. */
  readonly summary: string;
}

export interface ResultsMsg {
  readonly type: "results";
  readonly runs: readonly RunOutcome[];
}

export interface StoppedMsg {
  readonly type: "stopped";
}

export interface ReadyMsg {
  readonly type: "ready";
}

export interface ReplayedMsg {
  readonly type: "replayed";
  readonly seq: number;
  readonly entry: string;
  /** The replayed tick read the clock more often than the recorded one did. */
  readonly extraClockReads: number;
}

export type FromWorker = ResultsMsg | StoppedMsg | ReadyMsg | ReplayedMsg;

export interface WorkerInit {
  /** The shared slot the worker marks while a tick runs (running-slot.ts). */
  readonly slot: SharedArrayBuffer;
}
