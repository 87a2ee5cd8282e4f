/**
 * The runtime API compiled modules import (as `$r`). Everything emitted code calls is listed
 * here by name, so a reader of generated code can find each helper in one place.
 */
export { fn, consOnto, consTail, tail, tail0, tail1, tail2, tail3, positional } from "./closures.js";
export { done, call0, call1, call2, call3, callv } from "../values/call.js";
export { spans, flt, sym, kw, sexp } from "./data.js";
export { newArray, fromJson } from "./js-builtins.js";
export { U, unbound, g, gset, linked, freshEnv, env, type Env, type Linked, type Installer } from "./globals.js";
export { caught, out, qq, rethrow, inlined, fail, requireFail, delay } from "./control.js";
export { program, type CompiledProgram } from "./program.js";
export { add2, sub2, mul2, div2, neg, numEq, numLt, numGt, numLe, numGe, min2, max2 } from "../values/arith.js";
export { truthy, eq, equal } from "../values/equality.js";
export { listView } from "../stdlib/natives/lists.js";
export { listOf } from "../values/list-storage.js";
export { LList } from "../values/types.js";
export { setAcc, updateCurrent, updateResult } from "../stdlib/natives/maps.js";
