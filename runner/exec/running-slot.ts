/**
 * What a worker is doing, readable by the supervisor without a message: while a tick runs, the
 * worker's shared slot names the vigy (its handle), when the tick started and the tick metadata,
 * so a watchdog can stop a tick that overruns its budget and record it for the right vigy, and
 * a worker that died (out of memory) tells whose tick killed it.
 */
const I_STATE = 0; // Int32: 0 idle, 1 running
const I_HANDLE = 1;
const F_STARTED = 1; // Float64 (after the Int32 header): monotonic epoch ms
const F_TICK = 2;
const F_TICK_START = 3; // the tick's start as the program sees it (wall clock)
const F_PREVIOUS = 4; // NaN: none
const F_SLOT = 5; // the schedule slot it runs for; NaN: a manual tick

export const SLOT_BYTES = 8 * 8;

export interface RunningTick {
  readonly handle: number;
  readonly startedAt: number;
  readonly tick: number;
  readonly tickStartMs: number;
  readonly previousTickMs: number | null;
  readonly slotAt: number | null;
}

export class RunningSlot {
  private readonly i: Int32Array;
  private readonly f: Float64Array;
  constructor(readonly buffer: SharedArrayBuffer) {
    this.i = new Int32Array(buffer, 0, 2);
    this.f = new Float64Array(buffer);
  }

  begin(handle: number, startedAt: number, tick: number, tickStartMs: number, previousTickMs: number | null, slotAt: number | null): void {
    Atomics.store(this.i, I_HANDLE, handle);
    this.f[F_SLOT] = slotAt ?? NaN;
    this.f[F_STARTED] = startedAt;
    this.f[F_TICK] = tick;
    this.f[F_TICK_START] = tickStartMs;
    this.f[F_PREVIOUS] = previousTickMs ?? NaN;
    Atomics.store(this.i, I_STATE, 1);
  }

  end(): void {
    Atomics.store(this.i, I_STATE, 0);
  }

  /** The tick running now, if any. */
  read(): RunningTick | null {
    if (Atomics.load(this.i, I_STATE) !== 1) return null;
    const prev = this.f[F_PREVIOUS]!;
    const slot = this.f[F_SLOT]!;
    return {
      handle: Atomics.load(this.i, I_HANDLE),
      startedAt: this.f[F_STARTED]!,
      tick: this.f[F_TICK]!,
      tickStartMs: this.f[F_TICK_START]!,
      previousTickMs: Number.isNaN(prev) ? null : prev,
      slotAt: Number.isNaN(slot) ? null : slot,
    };
  }
}

export const newSlotBuffer = (): SharedArrayBuffer => new SharedArrayBuffer(SLOT_BYTES);

/** Monotonic time in epoch ms, comparable across threads (each thread's timeOrigin differs). */
export const monoNow = (): number => performance.timeOrigin + performance.now();
