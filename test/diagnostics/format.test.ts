/** How a diagnostic reads: the first line, the code frame (tabs, wide spans, multi-line spans), the suggestion, JSON. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/emit/compile.js";
import { compileToIR } from "../../compiler/frontend/compile-ir.js";
import { diagnosticJson, formatDiagnostic } from "../../compiler/diagnostics/format.js";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.js";

const d = (over: Partial<Diagnostic>): Diagnostic => ({ severity: "warning", code: "V300", file: "a.lisp", line: 1, col: 1, endLine: 1, endCol: 2, message: "m", ...over });

describe("formatDiagnostic", () => {
  it("writes file:line:col, severity, message and code, then the line with carets under the span and the help", () => {
    const source = '(vigy-log "info" "x")\n  (vigy-gett "k")\n';
    const [diag] = compile(source, { filename: "app.lisp" }).diagnostics;
    expect(formatDiagnostic(diag!, source)).toBe(
      "app.lisp:2:4: warning: unbound symbol `vigy-gett`: nothing defines it [V300]\n" + "   2 |   (vigy-gett \"k\")\n" + "     |    ^^^^^^^^^\n" + "     = help: did you mean `vigy-get`?\n",
    );
  });

  it("lines carets up after tabs and counts columns in code points", () => {
    const text = formatDiagnostic(d({ line: 1, col: 4, endCol: 7 }), "\t😀 (abc)\n");
    expect(text.split("\n")[2]).toBe("     | \t  ^^^");
  });

  it("marks a span that runs onto later lines to the end of its first line", () => {
    const text = formatDiagnostic(d({ severity: "error", code: "V200", line: 1, col: 1, endLine: 3, endCol: 2 }), "(let ((x 1))\n  x\n)\n");
    expect(text.split("\n")[2]).toBe("     | ^^^^^^^^^^^^ … to 3:2");
  });

  it("colours severity, message and frame for a terminal", () => {
    const text = formatDiagnostic(d({ severity: "error" }), "(x)\n", { color: true });
    expect(text).toContain("\x1b[1;31merror\x1b[0m");
  });

  it("has a JSON form with every field", () => {
    expect(diagnosticJson(d({ suggestion: "s" }))).toEqual({ severity: "warning", code: "V300", file: "a.lisp", line: 1, col: 1, endLine: 1, endCol: 2, message: "m", suggestion: "s" });
  });
});

describe("diagnostics of any input", () => {
  it("are well formed: positions inside the source, the end not before the start, a known code", () => {
    const atoms = ["(", ")", "'", "`", ",", ",@", '"', "x", "let", "define", "lambda", "cond", "try", "catch", "if", "1", "vigy-gett", "nme", " ", "\n", "ü", "😀", "(quote)", "(defmacro m (a) a)", "(m)"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...atoms), { maxLength: 40 }), (parts) => {
        const source = parts.join(" ");
        const lines = source.split("\n");
        for (const diag of compileToIR(source, "f.lisp").diagnostics) {
          expect(diag.code).toMatch(/^V[1-3][0-9]{2}$/);
          expect(diag.line).toBeGreaterThanOrEqual(1);
          expect(diag.line).toBeLessThanOrEqual(lines.length);
          expect(diag.col).toBeGreaterThanOrEqual(1);
          expect(diag.endLine > diag.line || (diag.endLine === diag.line && diag.endCol >= diag.col)).toBe(true);
          expect(formatDiagnostic(diag, source)).toContain(`f.lisp:${diag.line}:${diag.col}: `);
        }
      }),
      { numRuns: 300 },
    );
  });
});
