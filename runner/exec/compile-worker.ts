/**
 * The compile worker: the supervisor's programs are compiled here, off the thread that commits
 * and schedules, and under a time limit, since compiling can run the program's own forms (a
 * macro defined after other forms makes the front end evaluate those first). The gensym
 * counter starts at 0 for each program, so the base its ticks start from depends only on the
 * program.
 */
import { parentPort } from "node:worker_threads";
import { compile } from "../../compiler/emit/compile.js";
import { withOutput } from "../../runtime/io/output.js";
import { nextGensym, setNextGensym } from "../../runtime/stdlib/natives/reader-fns.js";

export interface CompileRequest {
  readonly digest: string;
  readonly file: string;
  readonly source: string;
}

export type CompileReply =
  | {
      readonly digest: string;
      readonly code: string;
      readonly gensymBase: number;
      readonly diagnostics: string[];
      /** The IR the code was emitted from, as JSON text: what names functions in a failed tick's report. */
      readonly ir: string;
    }
  | { readonly digest: string; readonly error: string };

const port = parentPort!;
port.on("message", (r: CompileRequest) => {
  try {
    setNextGensym(0);
    const { code, diagnostics, ir } = withOutput(
      () => {}, // what compile-time evaluation prints is not the program's output
      () => compile(r.source, { filename: r.file, shape: "function", sourcemap: "none" }),
    );
    const reply: CompileReply = {
      digest: r.digest,
      code,
      gensymBase: nextGensym(),
      diagnostics: diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`),
      ir: JSON.stringify(ir),
    };
    port.postMessage(reply);
  } catch (e) {
    port.postMessage({ digest: r.digest, error: e instanceof Error ? e.message : String(e) } satisfies CompileReply);
  }
});
