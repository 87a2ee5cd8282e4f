/**
 * File names never become code. A `.lisp` file's name reaches emitted text in the
 * `sourceMappingURL` comment, the map's `file` and `sources` (URLs, percent-encoded), and the
 * span table and program object (string literals). Whatever the name holds (a newline and a
 * statement, a comment closer, quotes, `#`, `?`, `%`, a backslash, which on POSIX is part of
 * the name), the module parses to the same code, importing it runs nothing of the name, and a
 * stack trace under `node --enable-source-maps` still names the file.
 */
import * as acorn from "acorn";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../compiler/cli/main.js";
import { compile, jsNameFor } from "../../compiler/emit/compile.js";

/** Names a file can have (no `/`, no NUL). */
const NAMES = [
  "evil\nprocess.exit(7);x.lisp",
  "evil\r\nprocess.exit(7);x.lisp",
  "sep\u2028process.exit(7);\u2029.lisp",
  "star*\\process.exit(7).lisp",
  "back\\slash.lisp",
  "hash#frag?query=1&x.lisp",
  "per%41cent %zz.lisp",
  "quote\"'`${process.exit(7)}.lisp",
  "ünï😀 λ.lisp",
  "<!--script>.lisp",
];

/** Paths given to compile() as the file name: `/` separates segments. */
const PATHS = [...NAMES, "dir/evil\n*/process.exit(7)//.lisp", "../x/<\/script>.lisp"];

const encoded = (path: string): string => path.split("/").map(encodeURIComponent).join("/");

/** The module's comments, except the compiler's own `@__PURE__` annotations (no name is in them). */
const comments = (code: string): string[] => {
  const out: string[] = [];
  acorn.parse(code, { ecmaVersion: "latest", sourceType: "module", onComment: (_block, text) => text !== " @__PURE__ " && out.push(text) });
  return out;
};

describe("file names in emitted modules", () => {
  for (const name of PATHS) {
    it(`${JSON.stringify(name)}: one comment, an encoded URL, the same code`, () => {
      const { code, map } = compile("(define (f x) (car x)) (f 5)", { filename: name });
      const plain = compile("(define (f x) (car x)) (f 5)", { filename: "plain.lisp" });
      expect(comments(code)).toEqual(["# sourceMappingURL=" + encodeURIComponent(jsNameFor(name) + ".map")]);
      // Only the string literals holding the name differ from a plainly named file's module.
      const statements = (c: string) => acorn.parse(c, { ecmaVersion: "latest", sourceType: "module" }).body.length;
      expect(statements(code)).toBe(statements(plain.code));
      expect(map!.sources).toEqual([encoded(name)]);
      expect(map!.sources[0]!.split("/").map(decodeURIComponent).join("/")).toBe(name);
      expect(map!.file).toBe(encodeURIComponent(jsNameFor(name)));
    });
  }

  it("a backslash is part of a POSIX file name, not a separator", () => {
    expect(jsNameFor("dir/a\\b.lisp")).toBe("a\\b.js");
  });
});

describe.runIf(process.platform !== "win32")("built modules with hostile file names", () => {
  const runtime = pathToFileURL(resolve("dist/runtime/compiled/index.js")).href;
  const host = pathToFileURL(resolve("dist/runtime/index.js")).href;

  it("import without running the name, and stack traces name the .lisp file", () => {
    const dir = mkdtempSync(join(tmpdir(), "vigy-names-"));
    mkdirSync(join(dir, "src"));
    for (const name of NAMES) writeFileSync(join(dir, "src", name), "(define (inner x)\n  (car x))\n(inner 5)\n");
    const io = { out: () => {}, err: () => {} };
    expect(main(["build", join(dir, "src"), "-o", join(dir, "out"), "--runtime", runtime], io)).toBe(0);
    for (const name of NAMES) {
      const js = join(dir, "out", jsNameFor(name));
      const map = JSON.parse(readFileSync(js + ".map", "utf8"));
      expect(map.sources[0].split("/").map(decodeURIComponent).join("/")).toBe(`../src/${name}`);
      // Node refuses to import a file URL holding an encoded backslash (ERR_INVALID_MODULE_SPECIFIER).
      if (name.includes("\\")) continue;
      const runner = join(dir, "run.mjs");
      writeFileSync(runner, `const m = await import(${JSON.stringify(pathToFileURL(js).href)});\nconst { tick } = await import(${JSON.stringify(host)});\ntry { tick(m.default); } catch (e) { console.log(e.stack); }\n`);
      // execFileSync throws on a non-zero exit (7 if the name had run as code).
      const stack = execFileSync(process.execPath, ["--enable-source-maps", runner], { encoding: "utf8" });
      expect(stack, name).toContain("type mismatch: expected pair, got int");
      expect(stack, name).toContain(`${join(dir, "src", name)}:2:`);
    }
  });
});
