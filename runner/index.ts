/**
 * The runner as a library (`vigy-js/runner`, Node only): stores, the runner, registration and
 * replay. `vigyc run` and the other runner commands are built on exactly this. See docs/runner.md.
 */
export { SqliteStore, type Durability, type SqliteOptions } from "./store/sqlite/sqlite-store.js";
export { MemoryStore } from "./store/memory-store.js";
export { StoreError, StoreLockedError } from "./store/errors.js";
export { storePath } from "./store/default-path.js";
export type {
  Store,
  VigySpec,
  VigyRow,
  VigyState,
  KvVersion,
  RunRow,
  RunCommit,
  StoredRun,
  CommitBatch,
  RegisterMode,
  RegisterResult,
  Trigger,
} from "./store/store.js";
export { Runner, DEFAULTS, type RunnerOptions, type RunnerScope, type Reporter, type CommittedRun, type StopResult } from "./supervisor/runner.js";
export { specFromFile, specFromSource, DEFAULT_BUDGET_MS, type SpecOptions } from "./registry/spec-from-file.js";
export { vigyId, programDigest } from "./registry/vigy-id.js";
export { parseDuration, tickInterval, RegistryError, MIN_TICK_INTERVAL_MS, DEFAULT_TICK_INTERVAL_MS } from "./registry/interval.js";
export { parseSelector, matchesSelector, type Labels, type Selector } from "./registry/labels.js";
export { replayVigy, type ReplayOptions, type ReplaySummary, type TickReplay, type Verdict } from "./replay/replay.js";
export { runJson } from "./journal/record-text.js";
