/** Messages between the REPL's terminal (repl-command.ts) and its engine worker (engine-worker.ts). */
export type Request =
  | { readonly op: "eval"; readonly source: string }
  | { readonly op: "load"; readonly file: string }
  | { readonly op: "engine"; readonly name: "compiled" | "interp" }
  | { readonly op: "tick"; readonly now: number }
  | { readonly op: "kv" }
  | { readonly op: "reset" }
  | { readonly op: "doc"; readonly name: string }
  | { readonly op: "names" };

export interface Reply {
  /** What the input printed, then its value (or nothing for a definition). */
  readonly out: string;
  /** An error, as a person reads it. */
  readonly err: string;
  readonly names?: readonly string[];
}
