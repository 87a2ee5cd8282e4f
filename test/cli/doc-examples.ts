/**
 * The shell examples of the docs, as a test runs them. A ```console block holds commands
 * (`$ cmd`, continued on lines starting with `> `, as a shell prompts) each followed by the
 * output it prints (stdout and stderr together, in the order written). A command's exit
 * status is 0 unless it ends with `# exit N`. The blocks of one document run in order in one
 * scratch directory, with `vigyc` the built binary of this checkout.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Example {
  /** The command as bash runs it (continuation lines joined with newlines). */
  readonly command: string;
  readonly output: string;
  readonly exit: number;
  /** The line of the doc the command is on. */
  readonly line: number;
}

export function examplesOf(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split("\n");
  let inBlock = false;
  let current: { command: string[]; output: string[]; line: number } | undefined;
  const flush = (): void => {
    if (current === undefined) return;
    const command = current.command.join("\n");
    const exit = /#\s*exit\s+(\d+)\s*$/.exec(current.command[0]!)?.[1];
    out.push({ command, output: current.output.join("\n"), exit: exit === undefined ? 0 : Number(exit), line: current.line });
    current = undefined;
  };
  lines.forEach((l, i) => {
    if (!inBlock) {
      if (l.trim() === "```console") inBlock = true;
      return;
    }
    if (l.trim() === "```") {
      flush();
      inBlock = false;
    } else if (l.startsWith("$ ")) {
      flush();
      current = { command: [l.slice(2)], output: [], line: i + 1 };
    } else if (current !== undefined && l.startsWith("> ") && current.output.length === 0) current.command.push(l.slice(2));
    else if (current !== undefined && l === ">" && current.output.length === 0) current.command.push("");
    else current?.output.push(l);
  });
  return out;
}

/** A scratch directory with `vigyc` on the PATH running this checkout's binary. */
export function scratch(root: string): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), "vigyc-docs-"));
  const bin = join(dir, ".bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "vigyc"), `#!/bin/sh\nexec "${process.execPath}" "${join(root, "bin", "vigyc.js")}" "$@"\n`);
  chmodSync(join(bin, "vigyc"), 0o755);
  // The repo's examples, as the docs name them.
  symlinkSync(join(root, "examples"), join(dir, "examples"), "dir");
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env["PATH"] ?? ""}`, NO_COLOR: "1", VIGYC_HISTORY: "" };
  delete env["FORCE_COLOR"];
  return { dir, env };
}

export function runExample(e: Example, dir: string, env: NodeJS.ProcessEnv): { output: string; exit: number | null } {
  // stdout and stderr in the order written: one pipe for both.
  const merged = spawnSync("bash", ["-c", `{ ${e.command}\n} 2>&1`], { cwd: dir, env, encoding: "utf8", timeout: 60_000 });
  return { output: merged.stdout.replace(/\n+$/, ""), exit: merged.status };
}
