/** How a command's failure ends: a usage mistake (exit 2) or a bug in vigyc (exit 70). */
import { isStackOverflow } from "../../runtime/errors/lisp-error.js";
import { argsMessage, UsageError } from "./args.js";
import type { CommandSpec } from "./commands.js";
import type { Io } from "./io.js";

/** A usage mistake exits 2 with a pointer to the command's help; anything else is an internal error. */
export function failure(c: CommandSpec, e: unknown, io: Io): number {
  if (io.shallowStack === true && isStackOverflow(e)) throw e;
  const parseError = e instanceof TypeError && String((e as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS");
  if (e instanceof UsageError || parseError) {
    io.err(`vigyc ${c.name}: ${parseError ? argsMessage(c, e) : (e as Error).message}\nRun 'vigyc ${c.name} --help' for usage.\n`);
    return 2;
  }
  return internalError(c.name, e, io);
}

/**
 * Anything else thrown out of a command is a bug in vigy-js (a program's own errors are results,
 * and bad input gets positioned diagnostics): one clear line instead of a stack dump, the
 * stack with VIGYC_DEBUG=1, and exit status 70 (EX_SOFTWARE).
 */
export function internalError(command: string, e: unknown, io: Io): number {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.err(`vigyc ${command}: internal error: ${what}\n`);
  io.err("  This is a bug in vigy-js, not in your program: please report it with the input that caused it.\n");
  if (process.env["VIGYC_DEBUG"] && e instanceof Error && e.stack !== undefined) io.err(e.stack + "\n");
  else io.err("  Run with VIGYC_DEBUG=1 to see where it happened.\n");
  return 70;
}

