/**
 * The Lisp files a command is given: each named file, and every .lisp file below each named
 * directory (in name order). A file that is not Lisp (`app.mjs`) or not there is a usage error
 * naming it, so nothing compiles JavaScript as Lisp.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { UsageError } from "./args.js";

export interface LispInput {
  readonly file: string;
  /** Output paths are relative to this (the named directory, or the file's own). */
  readonly root: string;
}

const NOT_LISP: Record<string, string> = {
  ".js": "JavaScript",
  ".mjs": "JavaScript",
  ".cjs": "JavaScript",
  ".ts": "TypeScript",
  ".mts": "TypeScript",
  ".json": "JSON",
  ".map": "a source map",
};

/** Why a file could not be read or written, in words (Node's errno text names the syscall). */
export function fileProblem(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ENOTDIR":
    case "EEXIST":
      return "a part of the path is a file, not a directory";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** Check that `file` may be read as Lisp (exists, is a file, ends in .lisp). */
export function checkLispFile(file: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(file).isDirectory();
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${fileProblem(e)}`);
  }
  if (isDir) throw new UsageError(`${file} is a directory; give a .lisp file`);
  const ext = extname(file).toLowerCase();
  if (ext !== ".lisp") {
    const kind = NOT_LISP[ext];
    throw new UsageError(kind !== undefined ? `${file} is ${kind}, not Lisp: give .lisp files` : `${file} is not a .lisp file`);
  }
}

/** Every .lisp file named or below a named directory. */
export function lispInputs(inputs: readonly string[]): LispInput[] {
  const out: LispInput[] = [];
  for (const input of inputs) {
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch (e) {
      throw new UsageError(`cannot read ${input}: ${fileProblem(e)}`);
    }
    if (!isDir) {
      checkLispFile(input);
      out.push({ file: input, root: dirname(input) });
      continue;
    }
    const found: LispInput[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const p = join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (entry.name.endsWith(".lisp")) found.push({ file: p, root: input });
      }
    };
    walk(input);
    if (found.length === 0) throw new UsageError(`no .lisp files in ${input}`);
    out.push(...found);
  }
  return out;
}
