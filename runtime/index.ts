/**
 * The vigy-js runtime's public API: ticking vigies (compiled modules' program objects) against
 * hosts, the runner's tick, records, JSON. The interpreter is `vigy-js/runtime/interp`.
 */
export { display } from "./values/printer.js";
export { LispError } from "./errors/lisp-error.js";
export type { Value } from "./values/types.js";
export type { Program } from "./ir/nodes.js";
export * from "./vigy/index.js";
export type { CompiledProgram } from "./compiled/program.js";
