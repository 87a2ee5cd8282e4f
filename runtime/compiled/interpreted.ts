/**
 * The runtime part a reflective program's module imports (`vigy-js/runtime/compiled/interpreted`):
 * a program that uses eval or macroexpand needs the macro table and environments at run time,
 * so its module embeds the IR and runs it on the interpreter, in a fresh session per tick. The
 * module also imports the front end those forms need (the compiler's expander and analyzer,
 * `vigy-js/runtime/compiled/reflect`) and hands it over here, so it runs without any setup.
 */
import type { Program } from "../ir/nodes.js";
import { Session } from "../interp/session.js";
import { installFrontEnd, type FrontEndHook } from "../reflect/frontend-hook.js";
import type { CompiledProgram } from "./program.js";

export function interpreted(ir: Program, frontEnd?: FrontEndHook): CompiledProgram {
  return {
    file: ir.file,
    engine: "interp",
    unreadable: ir.unreadable === true,
    run: (t) => {
      if (frontEnd !== undefined) installFrontEnd(frontEnd);
      return new Session({ intrinsics: t }).run(ir);
    },
  };
}
