/**
 * The benchmark programs: six vigies (bench/programs/*.lisp and two examples), each with the same tick written
 * directly in TypeScript against the host (bench/hand/*.ts), and for three of them the program's
 * steps translated literally (bench/literal/*.ts). Their starting kv and tick time
 * are in bench/fixtures.ts; test/bench/programs.test.ts checks that the compiled module, the
 * interpreter and the hand-written tick leave identical records.
 */
import { fileURLToPath } from "node:url";
import type { VigyHost } from "../../runtime/vigy/host.js";
import compute from "../hand/compute.js";
import fleet from "../hand/fleet.js";
import hello from "../hand/hello.js";
import maps from "../hand/maps.js";
import strings from "../hand/strings.js";
import tearMirror from "../hand/tear-mirror.js";
import fleetLiteral from "../literal/fleet.js";
import mapsLiteral from "../literal/maps.js";
import stringsLiteral from "../literal/strings.js";

export interface BenchProgram {
  /** Also the key of its fixture in bench/fixtures.ts. */
  readonly name: string;
  /** Absolute path of the .lisp source. */
  readonly file: string;
  /** The same tick written by hand. */
  readonly hand: (host: VigyHost) => void;
  /**
   * The program's own steps translated one by one (bench/literal), where the hand-written tick
   * takes shortcuts the program does not.
   */
  readonly literal?: (host: VigyHost) => void;
}

const lisp = (name: string): string => fileURLToPath(new URL(`./${name}.lisp`, import.meta.url));
/** hello and tear-mirror are the examples themselves (the corrected tear-mirror). */
const example = (name: string): string => fileURLToPath(new URL(`../../examples/${name}.lisp`, import.meta.url));

export const PROGRAMS: BenchProgram[] = [
  { name: "hello", file: example("hello-vigy"), hand: hello },
  { name: "tear-mirror", file: example("tear-mirror-fixed"), hand: tearMirror },
  { name: "fleet", file: lisp("fleet"), hand: fleet, literal: fleetLiteral },
  { name: "compute", file: lisp("compute"), hand: compute },
  { name: "maps", file: lisp("maps"), hand: maps, literal: mapsLiteral },
  { name: "strings", file: lisp("strings"), hand: strings, literal: stringsLiteral },
];
