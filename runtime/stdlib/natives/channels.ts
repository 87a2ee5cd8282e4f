/**
 * Channels (spec §4.9): non-blocking FIFO queues, `foreign` values. `(chan)` is unbounded,
 * `(chan n)` holds at most n items. `>!` answers #f when full or closed; `<!` answers the next
 * item, or `:empty` (open) / `:closed` (closed) when there is none; `drain!` empties and closes.
 */
import { nativeErr, typeErr } from "../../errors/lisp-error.js";
import { type Int } from "../../values/int64.js";
import { listOf } from "../../values/list-storage.js";
import { typeName } from "../../values/type-name.js";
import { Foreign, Kw, type Native, type Value } from "../../values/types.js";
import { native, predicate } from "./define.js";

export class Channel extends Foreign {
  readonly foreignKind = "channel";
  closed = false;
  /** Items live in queue[head..]; the consumed prefix is dropped once it dominates. */
  private queue: Value[] = [];
  private head = 0;
  private readonly limit: number;

  /** `capacity` null means unbounded. */
  constructor(readonly capacity: Int | null) {
    super();
    this.limit = capacity === null ? Infinity : Number(capacity);
  }

  get length(): number {
    return this.queue.length - this.head;
  }

  trySend(v: Value): boolean {
    if (this.closed || this.length >= this.limit) return false;
    this.queue.push(v);
    return true;
  }

  /** The next item, or undefined when the queue is empty. */
  tryRecv(): Value | undefined {
    if (this.head >= this.queue.length) return undefined;
    const v = this.queue[this.head]!;
    this.queue[this.head++] = null;
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return v;
  }

  drain(): Value[] {
    this.closed = true;
    const items = this.queue.slice(this.head);
    this.queue = [];
    this.head = 0;
    return items;
  }
}

function asChannel(v: Value): Channel {
  if (v instanceof Channel) return v;
  throw typeErr("channel", typeName(v));
}

const EMPTY = Kw.of("empty");
const CLOSED = Kw.of("closed");
const UNBOUNDED = Kw.of("unbounded");

export const chan = /* @__PURE__ */ native("chan", 0, 1, (...args) => {
  if (args.length === 0) return new Channel(null);
  const n = args[0]!;
  if (typeof n === "number" || typeof n === "bigint") {
    if (n < 0) throw nativeErr("chan", "negative capacity");
    return new Channel(n);
  }
  throw typeErr("non-negative int", typeName(n));
});

export const isChan = /* @__PURE__ */ predicate("chan?", 1, 1, (v) => v instanceof Channel);

export const isChanClosed = /* @__PURE__ */ native("chan-closed?", 1, 1, (ch) => asChannel(ch).closed);

export const chanLen = /* @__PURE__ */ native("chan-len", 1, 1, (ch) => asChannel(ch).length);

export const chanCapacity = /* @__PURE__ */ native("chan-capacity", 1, 1, (ch) => asChannel(ch).capacity ?? UNBOUNDED);

export const put = /* @__PURE__ */ native(">!", 2, 2, (ch, v) => asChannel(ch).trySend(v));

export const take = /* @__PURE__ */ native("<!", 1, 1, (ch) => {
  const c = asChannel(ch);
  const v = c.tryRecv();
  if (v !== undefined) return v;
  return c.closed ? CLOSED : EMPTY;
});

export const closeBang = /* @__PURE__ */ native("close!", 1, 1, (ch) => {
  asChannel(ch).closed = true;
  return null;
});

export const drainBang = /* @__PURE__ */ native("drain!", 1, 1, (ch) => listOf(asChannel(ch).drain()));

/** This family's natives, in registration order. */
export const NATIVES: readonly Native[] = [chan, isChan, isChanClosed, chanLen, chanCapacity, put, take, closeBang, drainBang];
