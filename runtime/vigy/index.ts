/** The vigy host API: hosts, intrinsics and extensions, ticks, the runner and its records. */
export { VigyHost, rfc3339, KINDS, LEVELS, type HostInit, type ReconcileAction, type ReconcileKind, type ResultStatus, type LogEntry, type LogLevel, type HostEvent, type Condition, type ConditionStatus } from "./host.js";
export { extension, currentHost, intrinsicTable, IntrinsicTable, type Extension, type Intrinsic } from "./extension.js";
export { STANDARD_EXTENSIONS, ACTIONS, STATE, KV, CONVERGENCE, SCHEDULING, DIAGNOSTICS } from "./intrinsics/index.js";
export { evaluate, tick, chain, noop, type TickOptions, type VigyProgram } from "./evaluate.js";
export { runTick, tickStamps, TICK_COUNT_KEY, PREV_TICK_KEY, type TickRecord, type RunTickOptions } from "./runner.js";
export { MemoryKv, type KvStore } from "./kv-store.js";
export { recordJson, recordText, actionJson, conditionJson } from "./record.js";
export { jsonText, parseJson, jsonFloat, asI64, JsonSyntaxError, type Json, type JsonObject } from "./json.js";
export { lispToJson, jsonToLisp, lispString, displayString } from "./convert.js";
