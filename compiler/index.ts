/** The vigy-js compiler's public API. */
export { compileToIR, type IRResult, type CompileIROptions } from "./frontend/compile-ir.js";
export { validateProgram, IRValidationError } from "./ir/validate.js";
export { runOnce, type Outcome, type EngineName } from "./engine.js";
export { compile, type CompileOptions, type CompileResult } from "./emit/compile.js";
export { mangle, demangle } from "./emit/munge.js";
export { readAll } from "../runtime/reader/read.js";
export { ReaderError } from "../runtime/reader/reader-error.js";
export type { Diagnostic, DiagnosticCode, Severity } from "./diagnostics/diagnostic.js";
export { CODES } from "./diagnostics/diagnostic.js";
export { formatDiagnostic, diagnosticJson } from "./diagnostics/format.js";
export { errorReport, type ReportContext, type ProgramText } from "./diagnostics/error-report.js";
