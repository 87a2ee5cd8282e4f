/**
 * Where each IR node kind is lowered to JS: one entry per kind (a kind missing does not
 * compile), each a value lowering and, where they differ, its effect and tail lowerings
 * (lowering.ts dispatches through this table). Calls: emit-call.ts; lambdas: emit-lambda.ts;
 * everything else: emit-expr.ts.
 */
import type { LowerTable } from "./lowering.js";
import { CALL } from "./emit-call.js";
import { AND_OR, BODY, DEFG, DEFL, DELAY, EMIT, FAIL, GLOBAL, IF, LAMBDA, LIT, LOCAL, NOT, QUASI, REFLECTIVE, REQUIRE, SET } from "./emit-expr.js";

export const LOWER: LowerTable = {
  lit: LIT,
  qq: QUASI,
  local: LOCAL,
  global: GLOBAL,
  dyn: REFLECTIVE,
  set: SET,
  defl: DEFL,
  defg: DEFG,
  defx: REFLECTIVE,
  if: IF,
  seq: BODY,
  and: AND_OR,
  or: AND_OR,
  not: NOT,
  let: BODY,
  lambda: LAMBDA,
  call: CALL,
  try: BODY,
  delay: DELAY,
  eval: REFLECTIVE,
  macroexpand: REFLECTIVE,
  require: REQUIRE,
  emit: EMIT,
  fail: FAIL,
};
