/**
 * A runtime error as a person reads it (vigyc eval, vigyc tick, the REPL): what went wrong, in
 * which function (with its parameters) and where, a code frame, the Lisp call stack (function
 * names with file:line:col), and a suggestion where one helps. The same on both engines, as
 * they record the same positions (runtime/errors/frames.ts). A host extension's JS exception
 * is shown as a bug in the host, with its JS stack. The message a program's `catch` sees stays
 * the reference's; this text is only what is shown.
 *
 *   error: type mismatch: expected number, got string
 *     at (inner x) app.lisp:1:19
 *        1 | (define (inner x) (+ x 1))
 *          |                   ^^^^^^^
 *     called from (middle y) app.lisp:2:26
 *     called from the top level app.lisp:4:1
 *
 * A recursion shows as its function once (compiled code runs some recursions as loops, so
 * their depth is not shown).
 */
import type { LispError } from "../../runtime/errors/lisp-error.js";
import type { Expr, Program } from "../../runtime/ir/nodes.js";
import { prelude } from "../../runtime/stdlib/prelude-ir.generated.js";
import { display } from "../../runtime/values/printer.js";
import type { SpanLike } from "../../runtime/values/types.js";
import { closest, orList } from "./closest.js";
import { docOf, docs, argumentsWord } from "../docs/table.js";
import { formatDiagnostic } from "./format.js";
import { SourceLines } from "./source-lines.js";
import { FunctionMap, functionText, type FunctionInfo } from "./function-map.js";

/** A program the error may have passed through: its IR (function names) and text (code frame). */
export interface ProgramText {
  readonly program: Program;
  readonly source: string;
}

export interface ReportContext {
  /** The programs by file name (the one that ran; the REPL's earlier inputs). */
  readonly programs?: readonly ProgramText[];
  readonly color?: boolean;
}

const STDLIB = "<stdlib>";
/** A stack line in vigy-js's code that calls host functions (sources, tsc's tree, the bundle). */
const VIGY_HOST_CALL = /[\\/](runtime[\\/]vigy[\\/]extension\.[jt]s|runtime[\\/]core\.js):/;
let stdlibMap: FunctionMap | undefined;

export function errorReport(err: LispError, ctx: ReportContext = {}): string {
  const maps = new Map<string, { map: FunctionMap; source?: string }>();
  for (const p of ctx.programs ?? []) maps.set(p.program.file, { map: new FunctionMap(p.program), source: p.source });
  const mapOf = (file: string): FunctionMap | undefined => {
    if (file === STDLIB) return (stdlibMap ??= new FunctionMap(prelude()));
    return maps.get(file)?.map;
  };
  const where = (s: SpanLike): string => {
    const f = mapOf(s.file)?.functionAt(s);
    const fn = f !== undefined ? functionText(f) : mapOf(s.file) !== undefined ? "the top level" : undefined;
    const pos = s.file === STDLIB ? "in the stdlib" : `${s.file}:${s.line}:${s.col}`;
    return fn === undefined ? pos : `${fn} ${pos}`;
  };
  const fnOf = (s: SpanLike): FunctionInfo | "top" | undefined => mapOf(s.file)?.functionAt(s) ?? (mapOf(s.file) !== undefined ? "top" : undefined);

  // A function's definition: in the file of the position, else in another program (the REPL's
  // earlier inputs, newest first).
  const definedAs = (name: string, file: string): FunctionInfo | undefined => {
    const own = mapOf(file)?.defined.get(name);
    if (own !== undefined) return own;
    for (const m of [...maps.values()].reverse()) {
      const d = m.map.defined.get(name);
      if (d !== undefined) return d;
    }
    return undefined;
  };
  const lookup: Lookup = { mapOf, definedAs, definedNames: () => [...maps.values()].flatMap((m) => [...m.map.defined.keys()]) };
  let out = `error: ${headline(err, lookup)}\n`;
  const span = err.span;
  if (span !== undefined) {
    out += `  at ${where(span)}\n`;
    const source = maps.get(span.file)?.source;
    if (source !== undefined && span.line > 0) {
      // The code frame of a diagnostic, without its first line, indented under the position.
      const lines = new SourceLines(source);
      const end = span.end > span.offset ? lines.position(span.end) : { line: span.line, col: span.col };
      const frame = formatDiagnostic({ severity: "error", code: "V100", file: span.file, line: span.line, col: span.col, endLine: end.line, endCol: end.col, message: "" }, lines, { color: ctx.color });
      out += frame.split("\n").slice(1).filter((l) => l !== "").map((l) => `  ${l}\n`).join("");
    }
  }
  // Frames. Consecutive frames in one function (a recursion) are shown once, at the innermost,
  // and not at all in the function the error is in: compiled code runs some recursions as loops
  // (a cons onto a self call), so their depth is not the same on both engines.
  const frames = err.frames ?? [];
  let previous = span === undefined ? undefined : fnOf(span);
  for (const f of frames) {
    const fn = fnOf(f);
    if (fn !== undefined && fn !== "top" && fn === previous) continue;
    out += `  called from ${where(f)}\n`;
    previous = fn;
  }
  const help = suggestion(err, lookup);
  if (help !== undefined) out += `  help: ${help}\n`;
  if (err.hostCause !== undefined) {
    // The host's own frames: the stack up to where vigy-js called the host function.
    const all = (err.hostCause.error.stack ?? `${err.hostCause.error.name}: ${err.hostCause.error.message}`).split("\n");
    const cut = all.findIndex((l, i) => i > 0 && VIGY_HOST_CALL.test(l));
    const stack = cut < 0 ? all : all.slice(0, cut);
    out += `  JS stack of the host function:\n${stack.map((l) => `    ${l.trim()}\n`).join("")}`;
    out += `  This is a bug in the host's extension \`${err.hostCause.extension}\`, not in the Lisp program (which sees the catchable error \`${err.displayText}\`).\n`;
  }
  return out;
}

/**
 * The report of a failed tick's error (runTick's `report`), as `vigyc tick`, the REPL's `:tick`
 * and the runner record it: none for a program that could not be read, whose record's `error`
 * is the reader's message.
 */
export function tickReporter(p: ProgramText, color?: boolean): (err: LispError) => string | undefined {
  return (err) => (p.program.unreadable ? undefined : errorReport(err, { programs: [p], color }));
}

interface Lookup {
  mapOf(file: string): FunctionMap | undefined;
  definedAs(name: string, file: string): FunctionInfo | undefined;
  /** Every global a program of the context defines with a lambda. */
  definedNames(): string[];
}

/** The error's text for a person. */
function headline(err: LispError, { mapOf, definedAs }: Lookup): string {
  const d = err.detail;
  if (err.hostCause !== undefined) {
    const c = err.hostCause;
    return `host bug in \`${c.intrinsic}\` (extension ${c.extension}): ${c.error.name}: ${c.error.message}`;
  }
  switch (d.kind) {
    case "unbound-symbol":
      return `unbound symbol \`${d.name}\``;
    case "user":
      return `uncaught throw: ${display(d.value)}`;
    case "arity-mismatch": {
      // Name the function called and its parameters: the call at the error's position.
      const span = err.span;
      const call = span === undefined ? undefined : mapOf(span.file)?.callAt(span);
      const name = call?.fn.t === "global" || call?.fn.t === "local" ? call.fn.name : d.fn === "<closure>" ? undefined : d.fn;
      if (name === undefined) return err.displayText;
      const own = span === undefined ? undefined : definedAs(name, span.file);
      const doc = own === undefined ? docOf(name) : undefined;
      const params = own !== undefined ? functionText(own) : doc !== undefined && !Number.isNaN(doc.min) ? doc.signature : undefined;
      // A call with another number of arguments, or of a function that takes that many, did
      // not fail itself: the error came from a function it called (map's lambda, apply's f).
      const [min, max] = own !== undefined ? [own.params.length, own.rest === null ? own.params.length : Infinity] : doc !== undefined ? [doc.min, doc.max] : [NaN, NaN];
      if (call !== undefined && (call.args.length !== d.got || (d.got >= min && d.got <= max))) return calledBy(d, name, call.args, span!.file, definedAs) ?? `${err.displayText} (in a function \`${name}\` called)`;
      const takes = own !== undefined || doc !== undefined ? argumentsWord(min, max) : undefined;
      return takes === undefined ? `\`${name}\` called with ${d.got} argument${d.got === 1 ? "" : "s"} (${d.expected})` : `${params} takes ${takes}, called with ${d.got}`;
    }
    default:
      return err.displayText;
  }
}

/** The arity an arity error's `expected` states (Exact(2), AtLeast(1), Range(1, 2), Any). */
function statedArity(expected: string): [number, number] | undefined {
  const m = /^(?:Exact\((\d+)\)|AtLeast\((\d+)\)|Range\((\d+), (\d+)\)|(Any))$/.exec(expected);
  if (m === null) return undefined;
  if (m[1] !== undefined) return [Number(m[1]), Number(m[1])];
  if (m[2] !== undefined) return [Number(m[2]), Infinity];
  if (m[3] !== undefined) return [Number(m[3]), Number(m[4])];
  return [0, Infinity];
}

/**
 * An arity error raised by a function that the called function (map, apply, foldl…) called in
 * turn: the function passed to it that takes what the error says (a lambda written there, or a
 * function the program defines), or "a function".
 *   (lambda (a b)) takes 2 arguments, called with 1 by `map`
 */
function calledBy(d: { fn: string; expected: string; got: number }, caller: string, args: readonly Expr[], file: string, definedAs: Lookup["definedAs"]): string | undefined {
  const arity = statedArity(d.expected);
  if (arity === undefined) return undefined;
  const takes = (f: FunctionInfo): boolean => f.params.length === arity[0] && (f.rest === null ? arity[1] === f.params.length : arity[1] === Infinity);
  const passed = args.flatMap((a): FunctionInfo[] => {
    if (a.t === "lambda") return [{ name: a.name, params: a.params, rest: a.rest, at: a.s }];
    if (a.t === "global") {
      const d = definedAs(a.name, file);
      return d === undefined ? [] : [d];
    }
    return [];
  }).filter(takes);
  const who = passed.length === 1 ? functionText(passed[0]!) : d.fn !== "<closure>" ? `\`${d.fn}\`` : "a function";
  return `${who} takes ${argumentsWord(arity[0], arity[1])}, called with ${d.got} by \`${caller}\``;
}

/** The closest known names for an unbound symbol. */
function suggestion(err: LispError, { definedNames }: Lookup): string | undefined {
  if (err.detail.kind !== "unbound-symbol") return undefined;
  const name = err.detail.name;
  const known = new Set<string>();
  for (const [n, d] of docs()) if (d.kind !== "special form" && d.kind !== "macro") known.add(n);
  for (const n of definedNames()) known.add(n);
  const near = closest(name, known);
  return near.length === 0 ? undefined : `did you mean ${orList(near)}?`;
}
