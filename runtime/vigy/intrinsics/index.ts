/** The six standard extensions, in the original's installation order (spec/vigy.md §7). */
import type { Extension } from "../extension.js";
import { ACTIONS } from "./actions.js";
import { CONVERGENCE } from "./convergence.js";
import { DIAGNOSTICS } from "./diagnostics.js";
import { KV } from "./kv.js";
import { SCHEDULING } from "./scheduling.js";
import { STATE } from "./state.js";

export { ACTIONS, STATE, KV, CONVERGENCE, SCHEDULING, DIAGNOSTICS };

export const STANDARD_EXTENSIONS: readonly Extension[] = Object.freeze([ACTIONS, STATE, KV, CONVERGENCE, SCHEDULING, DIAGNOSTICS]);
