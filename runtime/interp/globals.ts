/**
 * The global environment of one run: the shared, read-only builtins underneath and this run's
 * own bindings on top, so that a run starts cheaply and no definition outlives it.
 */
import type { Value } from "../values/types.js";

export class Globals {
  private readonly own = new Map<string, Value>();
  constructor(private readonly base: ReadonlyMap<string, Value>) {}

  get(name: string): Value | undefined {
    const v = this.own.get(name);
    return v !== undefined ? v : this.base.get(name);
  }
  has(name: string): boolean {
    return this.own.has(name) || this.base.has(name);
  }
  define(name: string, v: Value): void {
    this.own.set(name, v);
  }
  /** set! on a global: only an existing binding may be assigned. */
  assign(name: string, v: Value): boolean {
    if (!this.has(name)) return false;
    this.own.set(name, v);
    return true;
  }
}
