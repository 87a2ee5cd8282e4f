/** Every native builtin (spec Appendix A, 136 names), by name. */
import type { Native } from "../../values/types.js";
import { NATIVES as arithmetic } from "./arithmetic.js";
import { NATIVES as channels } from "./channels.js";
import { NATIVES as compare } from "./compare.js";
import { NATIVES as errors } from "./errors.js";
import { NATIVES as fibers } from "./fibers.js";
import { NATIVES as hof } from "./hof.js";
import { NATIVES as io } from "./io.js";
import { NATIVES as lists } from "./lists.js";
import { NATIVES as maps } from "./maps.js";
import { NATIVES as predicates } from "./predicates.js";
import { NATIVES as readerFns } from "./reader-fns.js";
import { NATIVES as strings } from "./strings.js";
import { NATIVES as types } from "./types.js";

export const ALL_NATIVES: readonly Native[] = [
  ...arithmetic,
  ...compare,
  ...predicates,
  ...lists,
  ...strings,
  ...io,
  ...errors,
  ...types,
  ...hof,
  ...maps,
  ...channels,
  ...fibers,
  ...readerFns,
];

export const BUILTINS: ReadonlyMap<string, Native> = new Map(ALL_NATIVES.map((n) => [n.name, n]));
