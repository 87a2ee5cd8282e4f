/**
 * The literal translations (bench/literal/*.ts): fleet, maps and strings as their Lisp
 * programs' steps written in TypeScript, next to the hand-written ticks of bench/hand.
 * test/bench-literal.test.ts checks they leave the same records as the hand-written ones.
 */
import type { VigyHost } from "../../runtime/vigy/host.js";
import fleet from "./fleet.js";
import maps from "./maps.js";
import strings from "./strings.js";

export const LITERAL: Record<string, (host: VigyHost) => void> = { fleet, maps, strings };
