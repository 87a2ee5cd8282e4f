/**
 * The CLI as people expect a tool to behave: help for every command (`vigyc help CMD` and
 * `vigyc CMD --help` print the same), `--version`, "did you mean" for mistyped commands and
 * options (the runner's too), inputs checked (a .js file is not Lisp), consistent exit statuses.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../compiler/cli/commands.js";
import { main } from "../../compiler/cli/main.js";

const ROOT = join(import.meta.dirname, "..", "..");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The built binary, as a user runs it. */
function vigyc(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "vigyc.js"), ...args], { encoding: "utf8", input, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "vigyc-cli-"));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("help", () => {
  it("lists every command of the table", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.out).toContain(`  ${c.name.padEnd(10)} ${c.summary}`);
    expect(await run(["help"])).toEqual(r);
    expect((await run(["-h"])).out).toBe(r.out);
  });

  it("without a command, prints the overview on stderr and exits 2", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("usage: vigyc <command> [options]");
  });

  for (const c of COMMANDS) {
    it(`vigyc help ${c.name} and vigyc ${c.name} --help give its usage, options and exit statuses`, async () => {
      const a = await run(["help", c.name]);
      expect(a.code).toBe(0);
      expect(a.out).toContain(`usage: vigyc ${c.name} `);
      for (const o of c.options) expect(a.out).toContain(`--${o.name}`);
      expect(a.out).toContain("exit status: ");
      expect(await run([c.name, "--help"])).toEqual(a);
      expect(await run([c.name, "-h"])).toEqual(a);
    });
  }

  it("vigyc help help is the overview", async () => {
    expect(await run(["help", "help"])).toEqual(await run(["--help"]));
  });

  it("--version prints the package's version", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, out: `vigyc ${VERSION}\n`, err: "" });
  });
});

describe("did you mean", () => {
  it("suggests the closest command", async () => {
    expect(await run(["bulid"])).toEqual({ code: 2, out: "", err: 'vigyc: unknown command "bulid" (did you mean `build`?)\nRun \'vigyc --help\' for the list of commands.\n' });
    expect((await run(["chek"])).err).toContain("(did you mean `check`?)");
    expect((await run(["help", "tik"])).err).toContain("(did you mean `tick`?)");
    expect((await run(["frobnicate"])).err).toBe('vigyc: unknown command "frobnicate"\nRun \'vigyc --help\' for the list of commands.\n');
  });

  it("suggests the closest option of the command", async () => {
    expect(await run(["build", "x.lisp", "--outdir", "y"])).toEqual({ code: 2, out: "", err: "vigyc build: unknown option --outdir (did you mean --out?)\nRun 'vigyc build --help' for usage.\n" });
    expect((await run(["check", "--strikt", "x.lisp"])).err).toContain("unknown option --strikt (did you mean --strict?)");
    expect((await run(["eval", "--egnine", "interp", "-e", "1"])).err).toContain("unknown option --egnine (did you mean --engine?)");
  });

  it("names the allowed values of an option with a fixed set", async () => {
    expect((await run(["eval", "--engine", "interpreter", "-e", "1"])).err).toContain('--engine expects compiled or interp (got "interpreter"); did you mean interp?');
    expect((await run(["build", "x.lisp", "--sourcemap", "extern"])).err).toContain('--sourcemap expects external, inline or none (got "extern"); did you mean external?');
  });

  it("says an option needs a value, or takes none", async () => {
    expect((await run(["build", "x.lisp", "-o"])).err).toContain("-o/--out needs a value (DIR)");
    expect((await run(["check", "x.lisp", "--strict=yes"])).err).toContain("--strict takes no value");
  });

  it("works for the runner's commands, which parse their own options", () => {
    const r = vigyc(["register", "x.lisp", "--nme", "a"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("vigyc register: unknown option --nme (did you mean --name?)\nRun 'vigyc register --help' for usage.\n");
  });
});

describe("inputs", () => {
  it("refuses a file that is not Lisp, naming what it is", async () => {
    const js = file("app.mjs", "console.log(1)\n");
    for (const cmd of [["build", js], ["check", js], ["eval", js], ["tick", js]]) {
      const r = await run(cmd);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${js} is JavaScript, not Lisp: give .lisp files`);
    }
    expect((await run(["check", file("notes.txt", "x")])).err).toContain("notes.txt is not a .lisp file");
  });

  it("refuses a file that is not there, and a directory without .lisp files", async () => {
    expect(await run(["check", join(dir, "nope.lisp")])).toMatchObject({ code: 2, err: expect.stringContaining(`cannot read ${join(dir, "nope.lisp")}: no such file or directory`) });
    const empty = join(dir, "empty");
    mkdirSync(empty);
    expect(await run(["build", empty])).toMatchObject({ code: 2, err: expect.stringContaining(`no .lisp files in ${empty}`) });
  });
});

describe("files that cannot be read or written", () => {
  it("says why in words, and exits 2", async () => {
    const good = file("ok.lisp", "(vigy-set \"a\" 1)\n");
    const blocker = file("blocker", "a file where a directory is wanted\n");
    expect(await run(["build", good, "-o", blocker])).toMatchObject({ code: 2, err: `vigyc build: cannot write ${blocker}: a part of the path is a file, not a directory\n` });
    expect(await run(["tick", good, "--kv", join(dir, "missing.json")])).toEqual({ code: 2, out: "", err: `vigyc tick: ${join(dir, "missing.json")}: cannot read it: no such file or directory\n` });
    const r = await run(["tick", good, "--now", "1000", "--kv-out", join(blocker, "kv.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`vigyc tick: cannot write ${join(blocker, "kv.json")}: a part of the path is a file, not a directory\n`);
    expect(await run(["eval", join(dir, "missing.lisp")])).toMatchObject({ code: 2, err: expect.stringContaining(`cannot read ${join(dir, "missing.lisp")}: no such file or directory`) });
  });
});

describe("exit statuses", () => {
  it("0 success, 1 the input has errors, 2 a bad command line or input", async () => {
    const good = file("good.lisp", "(+ 1 2)\n");
    const warns = file("warns.lisp", "(lisst 1)\n");
    const bad = file("bad.lisp", "(let ((x)) x)\n");
    expect((await run(["check", good])).code).toBe(0);
    expect((await run(["check", warns])).code).toBe(0);
    expect((await run(["check", "--strict", warns])).code).toBe(1);
    expect((await run(["check", bad])).code).toBe(1);
    expect((await run(["build", bad, "-o", join(dir, "out")])).code).toBe(1);
    expect((await run(["check"])).code).toBe(2);
    expect((await run(["eval", "-e", "(car 5)"])).code).toBe(0);
  });

  it("the binary answers help and mistakes without loading the compiler", () => {
    expect(vigyc(["--version"])).toEqual({ code: 0, out: `vigyc ${VERSION}\n`, err: "" });
    expect(vigyc(["bulid"]).code).toBe(2);
    expect(vigyc(["eval", "-e", "(+ 1 2)"])).toEqual({ code: 0, out: "3\n", err: "" });
  });

  it("eval re-runs in a large stack when the program needs one, printing only that run", () => {
    const deep = "(define (d n) (if (= n 0) 0 (+ 1 (d (- n 1))))) (display \"start \") (try (d 30000) (catch (e) :overflow))";
    expect(vigyc(["eval", "-e", deep])).toEqual({ code: 0, out: '"start "\n30000\n', err: "" });
  });
});
