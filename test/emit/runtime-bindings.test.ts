/**
 * A module binds exactly the runtime members it reads (compiler/emit/runtime-refs.ts). The
 * bindings come from what lowering asked for, not from a walk over the finished code, so a node
 * built and then thrown away would leave a binding nothing reads, and a member read written
 * past the bookkeeping would stay a namespace read. Checked on the parsed JS of the tables'
 * programs, the examples, the benchmark programs and the compiled stdlib: every `$x_Y = $x.Y`
 * declared is read, no other code reads a part's member (except the module constants that are
 * one: `const $U = $r.U`, `const car$n = $b.car`), and the parts imported are the parts read.
 */
import * as acorn from "acorn";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/emit/compile.js";
import { PART_NAMES } from "../../compiler/emit/runtime-parts.js";
import { samplePrograms } from "../support/sample-programs.js";

type Node = acorn.Node & Record<string, unknown>;

const PARTS: ReadonlySet<string> = new Set(PART_NAMES);
const isPartMember = (n: Node | null | undefined): boolean =>
  n?.type === "MemberExpression" && !n.computed && (n.object as Node).type === "Identifier" && PARTS.has((n.object as Node).name as string);

/** What is wrong with how `code` binds the runtime: empty when nothing is. */
function problems(code: string, sourceType: "module" | "script"): string[] {
  const program = acorn.parse(code, { ecmaVersion: "latest", sourceType, allowReturnOutsideFunction: true }) as unknown as Node;
  const out: string[] = [];
  const bound = new Map<string, string>();
  const imported = new Set<string>();
  const readParts = new Set<string>();
  for (const s of program.body as Node[]) {
    if (s.type === "ImportDeclaration") imported.add(((s.specifiers as Node[])[0]!.local as Node).name as string);
    if (s.type !== "VariableDeclaration" || s.kind !== "const") continue;
    for (const d of s.declarations as Node[]) {
      const init = d.init as Node | null;
      if (!isPartMember(init)) continue;
      const part = (init!.object as Node).name as string;
      const prop = (init!.property as Node).name as string;
      readParts.add(part);
      const name = (d.id as Node).name as string;
      if (/^\$[a-z]_/.test(name)) {
        if (name !== `${part}_${prop}`) out.push(`${name} binds ${part}.${prop}`);
        bound.set(name, `${part}.${prop}`);
      }
      d.init = null; // a module constant that is a part's member: not a stray read below
    }
  }
  const reads = new Set<string>();
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== "object") return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as Node;
    if (isPartMember(node)) out.push(`a member read outside the bindings: ${code.slice(node.start, node.end)}`);
    if (node.type === "Identifier") reads.add(node.name as string);
    if (node.type === "MemberExpression" && !node.computed) return visit(node.object);
    for (const [k, v] of Object.entries(node)) if (k !== "id" || node.type !== "VariableDeclarator") visit(v);
  };
  visit(program.body);
  for (const [name, member] of bound) if (!reads.has(name)) out.push(`${name} (${member}) is declared but never read`);
  if (sourceType === "module") {
    const parts = [...readParts].sort().join(" ");
    if ([...imported].sort().join(" ") !== parts) out.push(`imports ${[...imported].sort().join(" ")}, reads ${parts}`);
  }
  return out;
}

const files = (dir: string): { name: string; src: string }[] =>
  readdirSync(new URL(`../../${dir}/`, import.meta.url))
    .filter((f) => f.endsWith(".lisp"))
    .map((f) => ({ name: `${dir}/${f}`, src: readFileSync(new URL(`../../${dir}/${f}`, import.meta.url), "utf8") }));

describe("a module binds exactly the runtime members it reads", () => {
  it("the check sees an unread binding, a stray member read and a missing import", () => {
    expect(problems('import * as $r from "x";\nconst $r_U = $r.U;\nconst $r_fn = $r.fn;\n$r_fn($b.car);', "module")).toEqual([
      "a member read outside the bindings: $b.car",
      "$r_U ($r.U) is declared but never read",
    ]);
    expect(problems('const $r_fn = $r.fn;\nconst car$n = $b.car;\n$r_fn(car$n);', "module")).toEqual(["imports , reads $b $r"]);
  });

  it("in every table program, example and benchmark program (module and function shapes)", () => {
    const found: string[] = [];
    for (const p of [...samplePrograms(), ...files("examples"), ...files("bench/programs")]) {
      const mod = compile(p.src, { filename: "t.lisp", sourcemap: "none" }).code;
      for (const x of problems(mod, "module")) found.push(`${p.name}: ${x}`);
      const fn = compile(p.src, { filename: "t.lisp", sourcemap: "none", shape: "function" }).code;
      for (const x of problems(fn, "script")) found.push(`${p.name} (function): ${x}`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it("in the compiled stdlib", () => {
    for (const f of ["prelude-js.generated.ts", "prelude-js-bound.generated.ts"]) {
      const text = readFileSync(new URL(`../../runtime/stdlib/${f}`, import.meta.url), "utf8");
      expect(problems(text, "module"), f).toEqual([]);
    }
  });
});
