/**
 * Command lines parsed against the command table (commands.ts) with node:util's parseArgs,
 * turning its terse failures into messages that say what was expected, with "did you mean"
 * for a mistyped option and the allowed values of an option that has a fixed set.
 */
import { parseArgs } from "node:util";
import { closest, orList } from "../diagnostics/closest.js";
import type { CommandSpec, OptionSpec } from "./commands.js";

/** A command-line mistake: `vigyc CMD: message`, a pointer to the command's help, exit 2. */
export class UsageError extends Error {}

export interface Parsed {
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: string[];
}

const flag = (o: OptionSpec): string => (o.short !== undefined ? `-${o.short}/--${o.name}` : `--${o.name}`);

/** The options a mistyped `--name` (or `-x`) may have meant, as `did you mean …?`. */
export function optionSuggestion(spec: CommandSpec, typed: string): string {
  const bare = typed.replace(/^-+/, "").replace(/=.*$/, "");
  const names = spec.options.map((o) => o.name);
  const near = closest(bare, names);
  return near.length === 0 ? "" : ` (did you mean ${orList(near.map((n) => `--${n}`), "")}?)`;
}

export function parseCommand(spec: CommandSpec, args: readonly string[]): Parsed {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const o of spec.options) options[o.name] = { type: o.type, ...(o.short !== undefined ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(argsMessage(spec, e));
  }
  const values = { ...(parsed.values as Parsed["values"]) };
  for (const o of spec.options) {
    const v = values[o.name];
    if (v === undefined && o.default !== undefined) values[o.name] = o.default;
    if (o.choices !== undefined && typeof v === "string" && !o.choices.includes(v)) {
      const near = closest(v, o.choices);
      throw new UsageError(`${flag(o)} expects ${orList(o.choices, "")} (got "${v}")${near.length > 0 ? `; did you mean ${near[0]}?` : ""}`);
    }
  }
  return { values, positionals: parsed.positionals };
}

/** parseArgs' error as a message that says what to do. */
export function argsMessage(spec: CommandSpec, e: unknown): string {
  const code = (e as { code?: string }).code;
  const msg = e instanceof Error ? e.message : String(e);
  const named = /'(-[^' ]*)/.exec(msg)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && named !== undefined) return `unknown option ${named}${optionSuggestion(spec, named)}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const o = spec.options.find((x) => msg.includes(`--${x.name}`));
    if (o !== undefined) return o.type === "boolean" ? `${flag(o)} takes no value` : `${flag(o)} needs a value (${o.value ?? "VALUE"})`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument: ${msg}`;
  return msg;
}

/** Whether the arguments ask for help (`-h`/`--help` before any `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === "--") return false;
    if (a === "--help" || a === "-h") return true;
  }
  return false;
}
