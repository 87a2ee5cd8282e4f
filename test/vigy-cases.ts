/**
 * vigy host behaviour table: every case is a program ticked by the runner (runtime/vigy/runner.ts)
 * against an in-memory kv, checked on every engine by vigy-host.test.ts. Expected values follow
 * /work/shared/spec/vigy.md (§2 host and dirty/deleted rules, §3 errors, §4 conversions, §5
 * intrinsics, §7 extensions and chains, §8.3 the tick sandwich, §12 the original's tests, §15
 * the port checklist) — not the implementation's output.
 *
 * Conventions:
 *   - `now` is one tick start per tick (default [1000]); the wall clock is `clock`, else each
 *     tick's start, so condition and convergence timestamps are fixed.
 *   - `src` is one program; an array is a chain of programs (files part1.lisp, part2.lisp, …) on
 *     one host (§7 ChainReconciler); `NOOP` stands for the no-op program.
 *   - `expect` is one expectation per tick, or a single one for the last tick. JSON expectations
 *     are canonical text (object keys sorted). `value` is `display : type` of the last form.
 *     `kv` checks the store after the tick: key → JSON text, or null for "absent".
 *   - A failed tick is always also checked to commit nothing (no actions, no dirty/deleted keys,
 *     store unchanged) — spec §8.3.
 *   - `nil` is not a literal in this tatara-lisp; `()` evaluates to nil.
 */
import { extension, type Extension } from "../runtime/vigy/extension.js";
import { STANDARD_EXTENSIONS } from "../runtime/vigy/intrinsics/index.js";

export interface TickExpect {
  readonly result?: "ok" | "failed";
  /** Exact error text, or a pattern. */
  readonly error?: string | RegExp;
  readonly value?: string;
  readonly tick?: number;
  readonly previous?: number | null;
  readonly actions?: string;
  readonly desired?: string;
  readonly observed?: string;
  readonly conditions?: string;
  readonly log?: string;
  readonly trace?: string;
  readonly metrics?: string;
  readonly events?: string;
  readonly kv?: Readonly<Record<string, string | null>>;
  /** The whole store after the tick. */
  readonly store?: string;
  readonly dirty?: readonly string[];
  readonly deleted?: readonly string[];
}

export interface VigyCase {
  readonly group: string;
  readonly name: string;
  readonly src: string | readonly string[];
  /** Initial kv as JSON object text. */
  readonly kv?: string;
  readonly now?: readonly number[];
  readonly clock?: number;
  readonly extensions?: readonly Extension[];
  readonly expect: TickExpect | readonly TickExpect[];
}

/** The no-op program (the original's NoopReconciler). */
export const NOOP = "<noop>";

type Extra = Omit<VigyCase, "group" | "name" | "src" | "expect">;
const cases: VigyCase[] = [];
let group = "";
const g = (name: string): void => void (group = name);
function c(name: string, src: VigyCase["src"], expect: VigyCase["expect"], extra: Extra = {}): void {
  cases.push({ group, name, src, expect, ...extra });
}

const SYS = ["__sys::prev_tick_ms", "__sys::tick_count"];
/** The record's dirty list: the runner's two stamps plus `keys`, sorted. */
const dirty = (...keys: string[]): string[] => [...SYS, ...keys].sort();
/** Error text of a failed tick, positioned at `pos` of vigy.lisp. */
const E = (msg: string, pos = "1:1"): string => `eval: ${msg} at vigy.lisp:${pos}`;
const fail = (msg: string, pos = "1:1"): TickExpect => ({ result: "failed", error: E(msg, pos) });
const TYPE = (got: string): string => `type mismatch: expected string|symbol|keyword, got ${got}`;
const T1 = "1970-01-01T00:00:01Z"; // RFC 3339 of 1000 ms
/** A condition as canonical JSON text (keys sorted, absent reason/message omitted). */
function cnd(name: string, status: string, reason?: string, message?: string, at = T1): string {
  const m = message === undefined ? "" : `"message":${JSON.stringify(message)},`;
  const r = reason === undefined ? "" : `"reason":${JSON.stringify(reason)},`;
  return `{"last_transition":"${at}",${m}"name":${JSON.stringify(name)},${r}"status":"${status}"}`;
}
const conds = (...cs: string[]): string => `[${cs.join(",")}]`;

const MADO = extension("mado", [
  {
    name: "mado-tear-list-sessions",
    min: 0,
    max: 0,
    fn: (_args, host) => {
      host.actions.push({ kind: "custom", payload: "tear-list-sessions" });
      return 3;
    },
  },
]);
const FAKE_CLOCK = extension("fake-clock", [{ name: "vigy-tick", min: 0, max: 1, fn: (args) => (args.length === 0 ? 42 : args[0]!) }]);
const FIRST = extension("first", [{ name: "ext-which", min: 0, max: 0, fn: () => "first" }]);
const SECOND = extension("second", [{ name: "ext-which", min: 0, max: 0, fn: () => "second" }]);
// A stdlib (prelude) function. Overriding a native such as `length` works on the interpreter but
// needs `lateBound` for compiled code (deviation 12, docs/deviations.md): test/vigy/extension-binding.test.ts.
const SHADOW_STDLIB = extension("shadow", [{ name: "last", min: 1, max: 1, fn: () => 99 }]);
const HOST_READER = extension("host-reader", [
  { name: "ext-host", min: 0, max: 0, fn: (_args, host) => [host.tickStartMs, host.tickCount, host.kv.has("seen")] },
]);

// ───────────────────────────────────────────────── §12 vigy-eval, current tests
g("§12 vigy-eval");
c("empty_program", "", { actions: "[]", store: `{"__sys::prev_tick_ms":1000,"__sys::tick_count":1}`, dirty: dirty(), deleted: [] });
c(
  "typed_action_verbs",
  '(vigy-noop) (vigy-defer "later") (vigy-pull "p") (vigy-push "q") (vigy-create "c") (vigy-update "u") (vigy-delete-action "d") (vigy-apply "a") (vigy-restart "r")',
  {
    actions:
      '[{"kind":"noop","result":"ok"},{"kind":"defer","message":"later","result":"skipped"},{"kind":"pull","payload":"p"},' +
      '{"kind":"push","payload":"q"},{"kind":"create","payload":"c"},{"kind":"update","payload":"u"},{"kind":"delete","payload":"d"},' +
      '{"kind":"apply","payload":"a"},{"kind":"restart","payload":"r"}]',
  },
);
c(
  "structured_state_buffers",
  '(vigy-desired "replica_count" 3) (vigy-observed "replica_count" 2) (vigy-condition "Ready" "False" "BackoffActive" "backing off") (vigy-condition "InSync" "True")',
  {
    desired: '{"replica_count":3}',
    observed: '{"replica_count":2}',
    conditions: conds(cnd("Ready", "false", "BackoffActive", "backing off"), cnd("InSync", "true")),
  },
);
c("kv_set_get_default", '(vigy-set "replicas" 5) (vigy-set "env" "production") (list (vigy-get "replicas" 0) (vigy-get "env" "dev"))', {
  value: '(5 "production") : list',
  kv: { replicas: "5", env: '"production"' },
  dirty: dirty("env", "replicas"),
});
c("kv_get_returns_previous_tick_value", '(vigy-set "attempts" (* 2 (vigy-get "attempts")))', { kv: { attempts: "14" } }, { kv: '{"attempts":7}' });
c(
  "updating a map or list read from kv leaves the stored value alone",
  `(define m (vigy-get "m")) (define n (vigy-get "n")) (define xs (vigy-get "xs"))
   (vigy-set "m2" (assoc (assoc m "a" 0) "z" 9))
   (vigy-set "n2" (assoc n "b" (assoc (get n "b") "c" 5)))
   (vigy-set "xs2" (cons 0 xs))
   (list m n xs)`,
  [
    {
      value: '({"a" 1, "b" 2} {"a" 1, "b" {"c" 2}} (1 2)) : list',
      kv: { m: '{"a":1,"b":2}', n: '{"a":1,"b":{"c":2}}', m2: '{"a":0,"b":2,"z":9}', n2: '{"a":1,"b":{"c":5}}', xs2: "[0,1,2]" },
    },
    { value: '({"a" 1, "b" 2} {"a" 1, "b" {"c" 2}} (1 2)) : list', kv: { m: '{"a":1,"b":2}', n: '{"a":1,"b":{"c":2}}', xs: "[1,2]" } },
  ],
  { kv: '{"m":{"a":1,"b":2},"n":{"b":{"c":2},"a":1},"xs":[1,2]}', now: [1000, 2000] },
);
c(
  "each read of a kv list is a fresh list (lists compare by identity), of a map an equal map",
  `(list (eq? (vigy-get "xs") (vigy-get "xs")) (equal? (vigy-get "xs") (vigy-get "xs"))
         (eq? (car (get (vigy-get "m") "l")) (car (get (vigy-get "m") "l")))
         (hash-map-get (hash-map-set (vigy-get "m") "k" 1) "k") (hash-map-get (vigy-get "m") "k")
         (hash-map-get (hash-map-set (vigy-get "o") "k" 2) "k") (hash-map-get (vigy-get "o") "k")
         (eq? (vigy-get "ys") (vigy-get "ys")) (eq? (vigy-get "ys") (vigy-get "ys")) (vigy-get "ys"))`,
  [
    { value: '(#f #t #f 1 () 2 () #f #f (1 "a" {"b" 2})) : list', kv: {} },
    { value: '(#f #t #f 1 () 2 () #f #f (1 "a" {"b" 2})) : list', kv: {} },
  ],
  { kv: '{"xs":[1,[2]],"m":{"l":[[3]]},"o":{"p":{"q":1}},"ys":[1,"a",{"b":2}]}', now: [1000, 2000] },
);
c("kv_get_with_default", '(vigy-get "missing" 42)', { value: "42 : int", kv: { missing: null }, dirty: dirty() });
c(
  "kv_incr_starts_at_delta_when_absent",
  '(if (= (vigy-tick-count) 1) (vigy-incr "n") (vigy-incr "n" 4))',
  [
    { value: "1 : int", kv: { n: "1" } },
    { value: "5 : int", kv: { n: "5" } },
  ],
  { now: [1000, 2000] },
);
c(
  "kv_has_and_del",
  '(vigy-trace "before" (vigy-has? "x")) (vigy-del "x") (vigy-trace "after" (vigy-has? "x"))',
  { trace: '{"after":false,"before":true}', deleted: ["x"], kv: { x: null } },
  { kv: '{"x":1}' },
);
c("once_fires_only_once", '(vigy-once "boot")', [{ value: "#t : bool", kv: { "__once::boot": "true" } }, { value: "#f : bool" }], {
  now: [1000, 2000],
});
c(
  "mark_and_check_converged",
  '(vigy-trace "before" (vigy-converged? "sync")) (vigy-mark-converged "sync") (vigy-trace "after" (vigy-converged? "sync"))',
  { trace: '{"after":true,"before":false}', kv: { "__converged::sync": `"${T1}"` } },
);
c(
  "tick_count_and_since_last",
  "(list (vigy-tick) (vigy-tick-count) (vigy-since-last-tick))",
  { value: "(1000 7 200) : list", tick: 7, previous: 800 },
  { kv: '{"__sys::tick_count":6,"__sys::prev_tick_ms":800}' },
);
c(
  "rate_limit_gates_within_window",
  '(vigy-rate-limited? "sync" 500)',
  [
    { value: "#f : bool", kv: { "__ratelimit::sync": "1000" } },
    { value: "#t : bool", kv: { "__ratelimit::sync": "1000" } },
    { value: "#f : bool", kv: { "__ratelimit::sync": "1600" } },
  ],
  { now: [1000, 1300, 1600] },
);
c("backoff_curve_caps_at_30s", "(list (vigy-backoff-ms 0) (vigy-backoff-ms 1) (vigy-backoff-ms 3) (vigy-backoff-ms 100))", {
  value: "(1000 2000 8000 30000) : list",
});
c("lisp_reconciler_runs_a_program", "(vigy-noop)", { actions: '[{"kind":"noop","result":"ok"}]' });
c("noop_reconciler_returns_host_unchanged", NOOP, { actions: "[]", value: "() : nil", store: '{"__sys::prev_tick_ms":42,"__sys::tick_count":1}' }, { now: [42] });
c("chain_reconciler_threads_host_through_children", ['(vigy-pull "a")', '(vigy-push "b")', '(vigy-apply "c")'], {
  actions: '[{"kind":"pull","payload":"a"},{"kind":"push","payload":"b"},{"kind":"apply","payload":"c"}]',
});
c(
  "custom_host_extension_registers_intrinsic",
  '(vigy-set "sessions" (mado-tear-list-sessions))',
  { kv: { sessions: "3" }, actions: '[{"kind":"custom","payload":"tear-list-sessions"}]' },
  { extensions: [...STANDARD_EXTENSIONS, MADO] },
);
c("trace_metric_event", '(vigy-trace "phase" "reconciling") (vigy-metric "bytes" 4096) (vigy-metric "ratio" 0.42) (vigy-event "Reconciled" "all good")', {
  trace: '{"phase":"reconciling"}',
  metrics: '{"bytes":4096.0,"ratio":0.42}',
  events: '[{"kind":"Reconciled","message":"all good"}]',
});

// ───────────────────────────────────────────────── §12 vigy-eval, initial commit
g("§12 vigy-eval (initial commit)");
c("evaluate_runs_an_empty_program", "  \n;; only a comment\n", { actions: "[]" });
c("vigy_noop_emits_one_action", "(vigy-noop)", { actions: '[{"kind":"noop","result":"ok"}]' });
c("vigy_pull_with_payload", '(vigy-pull "ghcr.io/pleme-io/app:latest")', { actions: '[{"kind":"pull","payload":"ghcr.io/pleme-io/app:latest"}]' });
c("vigy_log_records_levelled_message", '(vigy-log "info" "hello")', { log: '[{"level":"info","message":"hello"}]' });
c("vigy_tick_returns_host_start_time", '(vigy-emit "custom" (vigy-tick))', { actions: '[{"kind":"custom","payload":1700000000000}]' }, { now: [1700000000000] });
const BOGUS = 'in native fn vigy-emit: unknown kind "bogus"; expected noop|defer|pull|push|create|update|delete|apply|restart|custom';
c("invalid_kind_is_rejected_at_eval_time", '(vigy-emit "bogus")', fail(BOGUS));

// ───────────────────────────────────────────────── §12 vigy-runtime (no scheduler needed)
g("§12 vigy-runtime");
c("register_and_tick_emits_an_action", "(vigy-noop)", { actions: '[{"kind":"noop","result":"ok"}]', tick: 1 });
c(
  "kv_persists_across_ticks",
  '(vigy-incr "hits")',
  [1, 2, 3].map((n) => ({ tick: n, kv: { hits: String(n), "__sys::tick_count": String(n) } })),
  { now: [1000, 2000, 3000] },
);
c("tick_now_with_swaps_reconciler (noop)", NOOP, { actions: "[]" });
c("tick_now_with_swaps_reconciler (chain of two pulls)", ['(vigy-pull "one")', '(vigy-pull "two")'], {
  actions: '[{"kind":"pull","payload":"one"},{"kind":"pull","payload":"two"}]',
});
c(
  "convergence_flag_survives_ticks",
  '(vigy-set "is_converged_now" (vigy-converged? "x")) (vigy-mark-converged "x")',
  [
    { kv: { is_converged_now: "false", "__converged::x": `"${T1}"` } },
    { kv: { is_converged_now: "true", "__converged::x": '"1970-01-01T00:00:02Z"' } },
  ],
  { now: [1000, 2000] },
);
c(
  "failed_run_records_error_and_keeps_loop_alive",
  "(this-symbol-does-not-exist)",
  [
    { ...fail("unbound symbol: this-symbol-does-not-exist", "1:2"), tick: 1, store: "{}" },
    { ...fail("unbound symbol: this-symbol-does-not-exist", "1:2"), tick: 1, store: "{}" },
  ],
  { now: [1000, 2000] },
);

// ───────────────────────────────────────────────── §3 arity: checked before the body runs
g("arity");
const ARITIES: [string, number, number | null][] = [
  ["vigy-emit", 1, null], ["vigy-noop", 0, 0], ["vigy-defer", 1, 1], ["vigy-pull", 1, 1], ["vigy-push", 1, 1],
  ["vigy-create", 1, 1], ["vigy-update", 1, 1], ["vigy-delete-action", 1, 1], ["vigy-apply", 1, 1], ["vigy-restart", 1, 1],
  ["vigy-desired", 2, 2], ["vigy-observed", 2, 2], ["vigy-condition", 2, null], ["vigy-get", 1, null], ["vigy-set", 2, 2],
  ["vigy-incr", 1, null], ["vigy-has?", 1, 1], ["vigy-del", 1, 1], ["vigy-once", 1, 1], ["vigy-mark-converged", 1, 1],
  ["vigy-converged?", 1, 1], ["vigy-tick", 0, 0], ["vigy-tick-count", 0, 0], ["vigy-since-last-tick", 0, 0], ["vigy-rate-limited?", 2, 2],
  ["vigy-backoff-ms", 1, 1], ["vigy-log", 2, 2], ["vigy-trace", 2, 2], ["vigy-metric", 2, 2], ["vigy-event", 2, 2],
];
const call = (fn: string, n: number): string => `(${[fn, ...Array.from({ length: n }, () => '"a"')].join(" ")})`;
for (const [fn, min, max] of ARITIES) {
  const want = max === null ? `AtLeast(${min})` : `Exact(${min})`;
  if (min > 0) c(`${fn} with ${min - 1} args`, call(fn, min - 1), fail(`arity mismatch in ${fn}: expected ${want}, got ${min - 1}`));
  if (max !== null) c(`${fn} with ${max + 1} args`, call(fn, max + 1), fail(`arity mismatch in ${fn}: expected ${want}, got ${max + 1}`));
}
c("arity is checked before argument types", "(vigy-set 5)", fail("arity mismatch in vigy-set: expected Exact(2), got 1"));
c("vigy-emit with 3 args", '(vigy-emit "pull" 1 2)', fail("in native fn vigy-emit: expected 1 or 2 args (kind, payload?), got 3"));
const CONDITION_MAX = "in native fn vigy-condition: expected 2..4 args (name, status, reason?, message?), got 5";
c("vigy-condition with 5 args", '(vigy-condition "A" "true" "r" "m" "x")', fail(CONDITION_MAX));
c("vigy-condition max checked before the name", '(vigy-condition 5 "TRUE" () () ())', fail(CONDITION_MAX));
c("vigy-get has no upper bound", '(vigy-get "missing" 1 2 3 4)', { value: "() : nil" });
c("vigy-incr ignores arguments after the delta", '(vigy-incr "n" 2 "junk" 1.5 ())', { value: "2 : int", kv: { n: "2" } });

// ───────────────────────────────────────────────── §4.1 lisp_string
g("lisp_string");
c("string, symbol and keyword keys", "(vigy-set \"str\" 1) (vigy-set 'sym 2) (vigy-set :kw 3)", { kv: { str: "1", sym: "2", kw: "3", ":kw": null } });
c("keyword key reads back without the colon", '(vigy-set "k" 1) (list (vigy-get :k) (vigy-has? \'k))', { value: "(1 #t) : list" });
c("keyword level and symbol message", "(vigy-log :warn 'careful)", { log: '[{"level":"warn","message":"careful"}]' });
c("keyword and symbol emit kinds", "(vigy-emit :pull 1) (vigy-emit 'push 2)", { actions: '[{"kind":"pull","payload":1},{"kind":"push","payload":2}]' });
c("keyword event kind and message", "(vigy-event :Synced :done)", { events: '[{"kind":"Synced","message":"done"}]' });
c("keyword name but keyword value keeps its colon", "(vigy-desired :replicas :three)", { desired: '{"replicas":":three"}' });
c("keyword once key", "(vigy-once :boot)", { kv: { "__once::boot": "true", "__once:::boot": null } });
const REJECT: [string, string][] = [
  ["(vigy-set () 1)", "nil"], ["(vigy-set 1 1)", "int"], ["(vigy-set #t 1)", "bool"], ["(vigy-set #f 1)", "bool"], ["(vigy-set 1.5 1)", "float"],
  ['(vigy-set (list "a") 1)', "list"], ["(vigy-get ())", "nil"], ["(vigy-incr 7)", "int"], ["(vigy-has? 5)", "int"], ["(vigy-del #t)", "bool"],
  ["(vigy-once 5)", "int"], ["(vigy-mark-converged ())", "nil"], ["(vigy-converged? 1.0)", "float"], ["(vigy-rate-limited? 5 10)", "int"], ["(vigy-emit ())", "nil"],
  ["(vigy-emit 5)", "int"], ["(vigy-desired () 1)", "nil"], ["(vigy-observed 3 1)", "int"], ['(vigy-log () "m")', "nil"], ['(vigy-log "info" ())', "nil"],
  ['(vigy-log "info" 5)', "int"], ["(vigy-trace 1 1)", "int"], ["(vigy-metric #f 1)", "bool"], ['(vigy-event "K" 5)', "int"], ['(vigy-event () "m")', "nil"],
];
for (const [src, got] of REJECT) c(`${src} rejects ${got}`, src, fail(TYPE(got)));

// ───────────────────────────────────────────────── §5.3 vigy-get / vigy-set
g("vigy-get");
c("default only with exactly two args", '(list (vigy-get "m") (vigy-get "m" 42) (vigy-get "m" 42 43))', { value: "(() 42 ()) : list" });
c("stored null gives nil, not the default", '(vigy-get "z" 42)', { value: "() : nil" }, { kv: '{"z":null}' });
c("present key ignores the default", '(vigy-get "a" 42)', { value: "1 : int" }, { kv: '{"a":1}' });
c("default comes back unconverted", '(list (vigy-get "m" :kw) (vigy-get "m" \'sym))', { value: "(:kw sym) : list" });
c("default is not stored", '(vigy-get "m" 42)', { kv: { m: null }, dirty: dirty() });
const KINDS_KV =
  '{"i":5,"f":5.0,"g":2.5,"s":"hi","k":":k","n":null,"t":true,"l":[1,2.5,"x",null,[]],"e":[],"o":{"b":1,"a":"z"},"big":18446744073709551615,"max":9223372036854775807}';
c(
  "JSON kinds come back typed",
  '(map (lambda (k) (type-of (vigy-get k))) (list "i" "f" "g" "s" "k" "n" "t" "l" "e" "o" "big" "max"))',
  { value: "(:int :float :float :string :string :nil :bool :list :list :map :float :int) : list" },
  { kv: KINDS_KV },
);
c("float 5.0 reads as a float", '(vigy-get "f")', { value: "5 : float" }, { kv: KINDS_KV });
c("stored keyword text stays a string", '(vigy-get "k")', { value: '":k" : string' }, { kv: KINDS_KV });
c("array elements: null is nil, [] is an empty list", '(map type-of (vigy-get "l"))', { value: "(:int :float :string :nil :list) : list" }, { kv: KINDS_KV });
c("empty array is an empty list, not nil", '(list (type-of (vigy-get "e")) (null? (vigy-get "e")) (if (vigy-get "e") 1 2))', { value: "(:list #t 1) : list" }, { kv: KINDS_KV });
c("object keys are strings", '(let ((o (vigy-get "o"))) (list (hash-map-get o "a") (hash-map-get o :a) (hash-map-get o "b")))', { value: '("z" () 1) : list' }, { kv: KINDS_KV });
c("u64 above i64::MAX reads as a float", '(vigy-get "big")', { value: "18446744073709552000 : float" }, { kv: KINDS_KV });
c("i64::MAX reads as an int", '(vigy-get "max")', { value: "9223372036854775807 : int" }, { kv: KINDS_KV });
c("symbols and keyword map keys come back as strings", '(vigy-set "s" \'foo) (vigy-set "m" (hash-map :a 1)) (list (type-of (vigy-get "s")) (hash-map-get (vigy-get "m") ":a"))', {
  value: "(:string 1) : list",
  kv: { s: '"foo"', m: '{":a":1}' },
});
c("reads see in-tick writes", '(vigy-set "a" 1) (vigy-set "a" 2) (vigy-get "a")', { value: "2 : int" });

g("vigy-set");
c("nil stores null and has? is true", '(vigy-set "z" ()) (list (vigy-has? "z") (vigy-get "z" 42))', { value: "(#t ()) : list", kv: { z: "null" }, dirty: dirty("z") });
c("vigy-set returns nil", '(vigy-set "a" 1)', { value: "() : nil" });
c("float 5.0 stays a float", '(vigy-set "f" 5.0) (vigy-set "h" 0.5) (vigy-set "negz" -0.0)', { kv: { f: "5.0", h: "0.5", negz: "-0.0" } });
c("large and small floats", '(vigy-set "big" 1e21) (vigy-set "tiny" 1e-7)', { kv: { big: "1e21", tiny: "1e-7" } });
c("non-finite floats store null", '(vigy-set "n" nan) (vigy-set "i" inf) (vigy-set "s" (sqrt -1)) (vigy-has? "n")', {
  value: "#t : bool",
  kv: { n: "null", i: "null", s: "null" },
});
c("a stored float survives untouched and copies as a float", '(vigy-set "copy" (vigy-get "f"))', { kv: { f: "5.0", copy: "5.0", s: '"7"' } }, { kv: '{"f":5.0,"s":"7"}' });
c(
  "nested values round-trip through get and set",
  '(vigy-set "copy" (vigy-get "src"))',
  { kv: { copy: '{"a":5.0,"b":[1,2.5,null,[],"s",true,{"y":-1}]}' } },
  { kv: '{"src":{"b":[1,2.5,null,[],"s",true,{"y":-1}],"a":5.0}}' },
);
c("symbols, keywords and lists as values", "(vigy-set \"sym\" 'foo) (vigy-set \"kw\" :foo) (vigy-set \"lst\" '(1 \"two\" :three))", {
  kv: { sym: '"foo"', kw: '":foo"', lst: '[1,"two",":three"]' },
});

// ───────────────────────────────────────────────── §5.3 vigy-incr
g("vigy-incr");
c("saturates at i64::MAX", '(list (vigy-incr "n") (vigy-incr "p" 100))', { value: "(9223372036854775807 9223372036854775807) : list", kv: { n: "9223372036854775807", p: "9223372036854775807" } }, {
  kv: '{"n": 9223372036854775807, "p": 9223372036854775800}',
});
c("saturates at i64::MIN", '(vigy-incr "m" -1)', { value: "-9223372036854775808 : int", kv: { m: "-9223372036854775808" } }, { kv: '{"m": -9223372036854775808}' });
c("max plus min is -1", '(vigy-incr "n" -9223372036854775808)', { value: "-1 : int" }, { kv: '{"n": 9223372036854775807}' });
c(
  "non-integer current values count as 0",
  '(map (lambda (k) (vigy-incr k)) (list "f" "g" "s" "b" "z" "l" "o" "u"))',
  { value: "(1 1 1 1 1 1 1 1) : list", kv: { f: "1", g: "1", s: "1", b: "1", z: "1", l: "1", o: "1", u: "1" } },
  { kv: '{"f":2.5,"g":5.0,"s":"7","b":true,"z":null,"l":[1],"o":{"a":1},"u":18446744073709551615}' },
);
c("5.0 counts as 0 with a delta", '(vigy-incr "g" 10)', { value: "10 : int", kv: { g: "10" } }, { kv: '{"g":5.0}' });
c("absent key starts at the delta", '(vigy-incr "n" -3)', { value: "-3 : int", kv: { n: "-3" }, dirty: dirty("n") });
c("float delta is an error", '(vigy-incr "n" 1.5)', fail("type mismatch: expected integer delta, got float"));
c("integral float delta is an error", '(vigy-incr "n" 2.0)', fail("type mismatch: expected integer delta, got float"));
c("string delta is an error", '(vigy-incr "n" "2")', fail("type mismatch: expected integer delta, got string"));
c("nil delta is an error", '(vigy-incr "n" ())', fail("type mismatch: expected integer delta, got nil"));

// ───────────────────────────────────────────────── §2 dirty/deleted bookkeeping
g("dirty and deleted");
c("vigy-del returns whether the key existed", '(list (vigy-del "x") (vigy-del "x") (vigy-del "z"))', { value: "(#t #f #t) : list", deleted: ["x", "z"] }, { kv: '{"x":1,"z":null}' });
c("vigy-del marks deleted even when absent", '(vigy-del "never")', { value: "#f : bool", deleted: ["never"], dirty: dirty() });
c("vigy-del un-marks dirty", '(vigy-set "y" 1) (vigy-del "y")', { dirty: dirty(), deleted: ["y"], kv: { y: null } });
c("vigy-set after vigy-del un-marks deleted", '(vigy-del "x") (vigy-set "x" 2)', { deleted: [], dirty: dirty("x"), kv: { x: "2" } }, { kv: '{"x":1}' });
c("vigy-incr after vigy-del un-marks deleted and starts from 0", '(vigy-del "x") (vigy-incr "x")', { value: "1 : int", deleted: [], kv: { x: "1" } }, { kv: '{"x":5}' });
c(
  "del then once: the key is in both sets and ends deleted",
  '(if (= (vigy-tick-count) 1) (vigy-del "__once::x")) (vigy-once "x")',
  [
    { value: "#t : bool", dirty: dirty("__once::x"), deleted: ["__once::x"], kv: { "__once::x": null } },
    { value: "#t : bool", deleted: [], kv: { "__once::x": "true" } },
  ],
  { kv: '{"__once::x":true}', now: [1000, 2000] },
);
c(
  "mark-converged and rate-limited? do not clear deleted",
  '(vigy-del "__converged::c") (vigy-mark-converged "c") (vigy-del "__ratelimit::r") (vigy-rate-limited? "r" 10) (list (vigy-converged? "c") (vigy-has? "__ratelimit::r"))',
  {
    value: "(#t #t) : list",
    dirty: dirty("__converged::c", "__ratelimit::r"),
    deleted: ["__converged::c", "__ratelimit::r"],
    kv: { "__converged::c": null, "__ratelimit::r": null },
  },
);
c("__sys stamps are dirty and visible", '(list (vigy-get "__sys::tick_count") (vigy-get "__sys::prev_tick_ms") (vigy-has? "__sys::tick_count"))', {
  value: "(5 5000 #t) : list",
  tick: 5,
  previous: 4000,
  dirty: dirty(),
  kv: { "__sys::tick_count": "5", "__sys::prev_tick_ms": "5000" },
}, { kv: '{"__sys::tick_count":4,"__sys::prev_tick_ms":4000}', now: [5000] });
c(
  "deleting __sys::tick_count restarts the count",
  '(vigy-del "__sys::tick_count")',
  [
    { tick: 1, dirty: ["__sys::prev_tick_ms"], deleted: ["__sys::tick_count"], kv: { "__sys::tick_count": null } },
    { tick: 1, previous: 1000 },
  ],
  { now: [1000, 2000] },
);
c("overwriting __sys::tick_count moves the count", '(if (= (vigy-tick-count) 1) (vigy-set "__sys::tick_count" 100))', [{ tick: 1 }, { tick: 101 }], { now: [1000, 2000] });
c(
  "a non-integer __sys::prev_tick_ms means no previous tick",
  '(vigy-trace "since" (vigy-since-last-tick)) (vigy-set "__sys::prev_tick_ms" "junk")',
  [
    { trace: '{"since":-1}', previous: null },
    { trace: '{"since":-1}', previous: null, tick: 2 },
  ],
  { now: [1000, 2000] },
);

// ───────────────────────────────────────────────── §5.1 actions and §4.2/§4.3 conversions
g("actions");
c("every action intrinsic returns nil", '(map type-of (list (vigy-noop) (vigy-defer 1) (vigy-pull 1) (vigy-emit "push") (vigy-restart 2)))', { value: "(:nil :nil :nil :nil :nil) : list" });
c("vigy-delete is unbound", '(vigy-delete "x")', fail("unbound symbol: vigy-delete", "1:2"));
const KINDS = ["noop", "defer", "pull", "push", "create", "update", "delete", "apply", "restart", "custom"];
c("vigy-emit accepts the ten kinds", KINDS.map((k, i) => `(vigy-emit "${k}" ${i})`).join(" "), {
  actions: `[${KINDS.map((k, i) => `{"kind":"${k}","payload":${i}}`).join(",")}]`,
});
c('(vigy-emit "noop") has no result', '(vigy-emit "noop") (vigy-emit "custom")', { actions: '[{"kind":"noop"},{"kind":"custom"}]' });
c('(vigy-emit "defer" x) puts x in the payload', '(vigy-emit "defer" "why")', { actions: '[{"kind":"defer","payload":"why"}]' });
c("vigy-emit with a nil payload has a null payload", '(vigy-emit "pull" ())', { actions: '[{"kind":"pull","payload":null}]' });
c("vigy-emit kinds are case-sensitive", '(vigy-emit "Pull")', fail('in native fn vigy-emit: unknown kind "Pull"; expected noop|defer|pull|push|create|update|delete|apply|restart|custom'));
c("vigy-emit keyword kind is checked without its colon", "(vigy-emit :bogus)", fail(BOGUS));
c("actions keep call order", '(vigy-push 1) (vigy-noop) (vigy-pull 2) (vigy-noop)', {
  actions: '[{"kind":"push","payload":1},{"kind":"noop","result":"ok"},{"kind":"pull","payload":2},{"kind":"noop","result":"ok"}]',
});

g("vigy-defer display strings");
const DEFER: [string, string][] = [
  ["1.0", "1"], ["0.5", "0.5"], ["1e21", "1000000000000000000000"], ["1e-7", "0.0000001"], ["-0.0", "-0"], ["42", "42"],
  ["-7", "-7"], ['"text"', "text"], [":why", "why"], ["'sym", "sym"], ["#t", "true"], ["#f", "false"],
  ["()", "nil"], ["(list 1 2)", "<list>"], ["(list)", "<list>"], ["nan", "NaN"], ["inf", "inf"], ["-inf", "-inf"],
  ["(hash-map)", "<map>"], ["(lambda (x) x)", "<closure>"], ["car", "<native-fn>"], ['(error :t "m")', "<error>"], ["(delay 1)", "<promise>"],
];
for (const [lisp, text] of DEFER) {
  c(`(vigy-defer ${lisp})`, `(vigy-defer ${lisp})`, { actions: `[{"kind":"defer","message":${JSON.stringify(text)},"result":"skipped"}]` });
}

g("payload JSON");
const PAYLOAD: [string, string][] = [
  ["()", "null"], ["#t", "true"], ["5", "5"], ["5.0", "5.0"],
  ["9223372036854775807", "9223372036854775807"], ["1e21", "1e21"], [":k", '":k"'], ["'foo", '"foo"'],
  ['"s"', '"s"'], ["(lambda (x) x)", '"<closure>"'], ["car", '"<native-fn>"'], ['(error :t "m")', '"<error>"'],
  ["(delay 1)", '"<promise>"'], ["nan", "null"], ["inf", "null"], ["-inf", "null"],
  ["(sqrt -1)", "null"], ["(list)", "[]"], ["'()", "[]"], ["(list 1 () \"x\" :k 'y 2.5 #t)", '[1,null,"x",":k","y",2.5,true]'],
  ["(list (list 1) (list) (list ()))", "[[1],[],[null]]"], ['(hash-map "b" 1 "a" 2 :c 3 \'d 4 5 6 1.0 7 #t 8 () 9)', '{"1":7,"5":6,":c":3,"a":2,"b":1,"d":4,"null":9,"true":8}'], ['(list (hash-map "z" 1 "y" (list 2.0 nan)))', '[{"y":[2.0,null],"z":1}]'],
];
for (const [lisp, json] of PAYLOAD) c(`(vigy-pull ${lisp})`, `(vigy-pull ${lisp})`, { actions: `[{"kind":"pull","payload":${json}}]` });
c("equal maps in different insertion orders give equal JSON", '(vigy-pull (hash-map "a" 1 "b" 2 "c" 3)) (vigy-pull (hash-map "c" 3 "a" 1 "b" 2))', {
  actions: '[{"kind":"pull","payload":{"a":1,"b":2,"c":3}},{"kind":"pull","payload":{"a":1,"b":2,"c":3}}]',
});

// ───────────────────────────────────────────────── §5.2 structured state
g("structured state");
c("desired/observed: last write per key wins", "(vigy-desired \"a\" 1) (vigy-desired \"a\" 2) (vigy-desired :b :v) (vigy-observed 'c (list 1 2.0)) (vigy-observed \"d\" ())", {
  desired: '{"a":2,"b":":v"}',
  observed: '{"c":[1,2.0],"d":null}',
});
c(
  "condition status spellings",
  '(vigy-condition "A" "true") (vigy-condition "B" "True") (vigy-condition "C" "false") (vigy-condition "D" "False") (vigy-condition "E" "unknown") (vigy-condition "F" "Unknown") (vigy-condition "G" :true) (vigy-condition "H" \'False)',
  {
    conditions: conds(...["true", "true", "false", "false", "unknown", "unknown", "true", "false"].map((st, i) => cnd("ABCDEFGH"[i]!, st))),
  },
);
c("conditions are not de-duplicated", '(vigy-condition "Ready" "false") (vigy-condition "Ready" "true")', { conditions: conds(cnd("Ready", "false"), cnd("Ready", "true")) });
c("3-arg form and keyword/symbol reason and message", "(vigy-condition \"A\" \"true\" \"Why\") (vigy-condition :B 'unknown :Because 'msg)", {
  conditions: conds(cnd("A", "true", "Why"), cnd("B", "unknown", "Because", "msg")),
});
c("last_transition is the wall clock at the call", '(vigy-condition "A" "true")', { conditions: conds(cnd("A", "true", undefined, undefined, "2023-11-14T22:13:20.123Z")) }, { clock: 1700000000123 });
const STATUS = (s: string): string => `in native fn vigy-condition: status must be true|false|unknown, got "${s}"`;
c("status TRUE is rejected", '(vigy-condition "A" "TRUE")', fail(STATUS("TRUE")));
c("status yes is rejected", '(vigy-condition "A" "yes")', fail(STATUS("yes")));
c("status #t is a type error", '(vigy-condition "A" #t)', fail(TYPE("bool")));
c("nil reason is a type error", '(vigy-condition "Healthy" "true" () ())', fail(TYPE("nil")));
c("nil message is a type error", '(vigy-condition "Healthy" "true" "Fine" ())', fail(TYPE("nil")));
c("int reason is a type error", '(vigy-condition "A" "true" 5)', fail(TYPE("int")));
c("name is validated first", '(vigy-condition 5 "TRUE")', fail(TYPE("int")));
c("status value before reason", '(vigy-condition "A" "TRUE" ())', fail(STATUS("TRUE")));
c("reason before message", '(vigy-condition "A" "true" 5 ())', fail(TYPE("int")));
c("the unfixed tear-mirror line fails the tick", '(vigy-noop) (vigy-condition "Healthy" "true" nil nil)', fail("unbound symbol: nil", "1:46"));

// ───────────────────────────────────────────────── §5.6 diagnostics
g("diagnostics");
c("the five log levels in order", '(vigy-log "trace" "a") (vigy-log "debug" "b") (vigy-log "info" "c") (vigy-log "warn" "d") (vigy-log "error" "e")', {
  log: '[{"level":"trace","message":"a"},{"level":"debug","message":"b"},{"level":"info","message":"c"},{"level":"warn","message":"d"},{"level":"error","message":"e"}]',
});
const LEVEL = (l: string): string => `in native fn vigy-log: unknown level "${l}"; expected trace|debug|info|warn|error`;
c("level INFO is rejected", '(vigy-log "INFO" "m")', fail(LEVEL("INFO")));
c("level warning is rejected", '(vigy-log "warning" "m")', fail(LEVEL("warning")));
c("level is checked before the message", '(vigy-log "INFO" 5)', fail(LEVEL("INFO")));
c("trace: last write wins, keys sorted, values converted", '(vigy-trace "b" 1) (vigy-trace "a" :k) (vigy-trace "b" (list 1.0 ()))', { trace: '{"a":":k","b":[1.0,null]}' });
c("metric int becomes a float", '(vigy-metric "bytes" 4096)', { metrics: '{"bytes":4096.0}' });
c("metric: last write wins", '(vigy-metric "m" 1) (vigy-metric "m" 2.5) (vigy-metric "a" -3)', { metrics: '{"a":-3.0,"m":2.5}' });
c("metric string is an error", '(vigy-metric "m" "5")', fail("type mismatch: expected numeric metric value, got string"));
c("metric nil is an error", '(vigy-metric "m" ())', fail("type mismatch: expected numeric metric value, got nil"));
c("metric bool is an error", '(vigy-metric "m" #t)', fail("type mismatch: expected numeric metric value, got bool"));
c("events keep call order", "(vigy-event \"A\" \"1\") (vigy-event :B 'two) (vigy-event \"A\" \"3\")", {
  events: '[{"kind":"A","message":"1"},{"kind":"B","message":"two"},{"kind":"A","message":"3"}]',
});

// ───────────────────────────────────────────────── §5.4 convergence
g("convergence");
c("once uses __once:: keys", '(list (vigy-once "a") (vigy-once "a") (vigy-once :a) (vigy-has? "__once::a"))', { value: "(#t #f #f #t) : list", kv: { "__once::a": "true" } });
c("once is false for any existing value", '(list (vigy-once "a") (vigy-once "b"))', { value: "(#f #f) : list", dirty: dirty() }, { kv: '{"__once::a":false,"__once::b":null}' });
c("converged? is true for any existing value", '(list (vigy-converged? "x") (vigy-converged? "y"))', { value: "(#t #f) : list" }, { kv: '{"__converged::x":1}' });
c("mark-converged returns nil", '(vigy-mark-converged "x")', { value: "() : nil" });
c("converged timestamp: milliseconds", '(vigy-mark-converged "x")', { kv: { "__converged::x": '"2023-11-14T22:13:20.123Z"' } }, { clock: 1700000000123 });
c("converged timestamp: whole seconds have no fraction", '(vigy-mark-converged "x")', { kv: { "__converged::x": '"2023-11-14T22:13:20Z"' } }, { clock: 1700000000000 });
c("converged timestamp: trailing zeros trimmed", '(vigy-mark-converged "x")', { kv: { "__converged::x": '"2023-11-14T22:13:20.1Z"' } }, { clock: 1700000000100 });
c("re-marking overwrites the timestamp", '(vigy-mark-converged "x")', [{ kv: { "__converged::x": `"${T1}"` } }, { kv: { "__converged::x": '"1970-01-01T00:00:02.5Z"' } }], {
  now: [1000, 2500],
});

// ───────────────────────────────────────────────── §5.5 scheduling
g("scheduling");
c(
  "tick, tick-count and since-last-tick across ticks",
  "(list (vigy-tick) (vigy-tick-count) (vigy-since-last-tick))",
  [
    { value: "(1000 1 -1) : list", tick: 1, previous: null },
    { value: "(1250 2 250) : list", tick: 2, previous: 1000 },
    { value: "(5000 3 3750) : list", tick: 3, previous: 1250 },
  ],
  { now: [1000, 1250, 5000] },
);
c("since-last-tick saturates", "(vigy-since-last-tick)", { value: "9223372036854775807 : int" }, { kv: '{"__sys::prev_tick_ms":-9223372036854775808}' });
c("since-last-tick can be negative", "(vigy-since-last-tick)", { value: "-4000 : int" }, { kv: '{"__sys::prev_tick_ms":5000}' });
c("rate-limited?: second call in one tick is limited", '(list (vigy-rate-limited? "r" 100) (vigy-rate-limited? "r" 100))', { value: "(#f #t) : list", kv: { "__ratelimit::r": "1000" } });
c("rate-limited?: min-ms 0 or less is never limited", '(list (vigy-rate-limited? "r" 0) (vigy-rate-limited? "r" 0) (vigy-rate-limited? "r" -5))', { value: "(#f #f #f) : list" });
c("rate-limited?: float window is an error", '(vigy-rate-limited? "r" 1.5)', fail("type mismatch: expected integer min-interval-ms, got float"));
c("rate-limited?: string window is an error", '(vigy-rate-limited? "r" "500")', fail("type mismatch: expected integer min-interval-ms, got string"));
c("rate-limited?: synthetic tick start below the window is limited", '(vigy-rate-limited? "r" 500)', { value: "#t : bool", dirty: dirty(), kv: { "__ratelimit::r": null } }, { now: [100] });
c("rate-limited?: elapsed equal to the window is not limited", '(vigy-rate-limited? "r" 500)', { value: "#f : bool", kv: { "__ratelimit::r": "1000" } }, { kv: '{"__ratelimit::r":500}' });
c("rate-limited?: elapsed one below the window is limited", '(vigy-rate-limited? "r" 500)', { value: "#t : bool", kv: { "__ratelimit::r": "500" } }, { kv: '{"__ratelimit::r":500}', now: [999] });
c("rate-limited?: a float record counts as 0", '(vigy-rate-limited? "r" 500)', { value: "#f : bool", kv: { "__ratelimit::r": "1000" } }, { kv: '{"__ratelimit::r":900.0}' });
c("rate-limited?: keys are independent", '(list (vigy-rate-limited? "a" 100) (vigy-rate-limited? :b 100))', { value: "(#f #f) : list", kv: { "__ratelimit::a": "1000", "__ratelimit::b": "1000" } });
c(
  "backoff-ms full curve",
  "(list (vigy-backoff-ms 0) (vigy-backoff-ms 1) (vigy-backoff-ms 2) (vigy-backoff-ms 3) (vigy-backoff-ms 4) (vigy-backoff-ms 5) (vigy-backoff-ms 6))",
  { value: "(1000 2000 4000 8000 16000 30000 30000) : list" },
);
c("backoff-ms: negative attempts count as 0", "(list (vigy-backoff-ms -1) (vigy-backoff-ms -9223372036854775808))", { value: "(1000 1000) : list" });
c("backoff-ms: attempts wrap as u32", "(list (vigy-backoff-ms 4294967296) (vigy-backoff-ms 4294967297) (vigy-backoff-ms 4294967301) (vigy-backoff-ms 9223372036854775807))", {
  value: "(1000 2000 30000 30000) : list",
});
c("backoff-ms: float attempt is an error", "(vigy-backoff-ms 1.0)", fail("type mismatch: expected integer attempt, got float"));
c("backoff-ms: string attempt is an error", '(vigy-backoff-ms "1")', fail("type mismatch: expected integer attempt, got string"));
c("value-returning intrinsics", '(list (vigy-incr "i") (vigy-has? "i") (vigy-del "i") (vigy-once "o") (vigy-converged? "m") (vigy-tick) (vigy-tick-count) (vigy-since-last-tick))', {
  value: "(1 #t #t #t #f 1000 1 -1) : list",
});

// ───────────────────────────────────────────────── §8.3 failed ticks commit nothing
g("failed ticks");
/** Fails on the tick starting at 1000 with `bad` at line 4, column 26; succeeds otherwise. */
const flaky = (bad: string): string =>
  `(vigy-incr "hits")\n(define fresh (vigy-once "boot"))\n(vigy-noop)\n(if (= (vigy-tick) 1000) ${bad})\n(vigy-trace "seen" (list fresh (vigy-tick-count) (vigy-since-last-tick)))`;
const RECOVERED: TickExpect = {
  tick: 1,
  previous: null,
  actions: '[{"kind":"noop","result":"ok"}]',
  trace: '{"seen":[true,1,-1]}',
  store: '{"__once::boot":true,"__sys::prev_tick_ms":2000,"__sys::tick_count":1,"hits":1}',
};
const FLAKY: [string, string, TickExpect][] = [
  ["unbound symbol", "(oops)", fail("unbound symbol: oops", "4:27")],
  ["bad argument", "(vigy-set 5 1)", fail(TYPE("int"), "4:26")],
  ["intrinsic error", '(vigy-log "INFO" "m")', fail(LEVEL("INFO"), "4:26")],
  ["division by zero", "(/ 1 0)", fail("division by zero", "4:26")],
  ["user throw", '(throw "boom")', { result: "failed", error: /^eval: user error: "boom"( at vigy\.lisp:4:26)?$/ }],
];
for (const [what, bad, first] of FLAKY) {
  c(`${what}: nothing is committed and the next tick runs as tick 1`, flaky(bad), [{ ...first, tick: 1, store: "{}" }, RECOVERED], { now: [1000, 2000] });
}
c(
  "a failure keeps the stored count, previous tick and deleted keys",
  '(vigy-del "x") (vigy-incr "hits") (vigy-once "boot") (oops)',
  { ...fail("unbound symbol: oops", "1:55"), tick: 5, previous: 500, store: '{"__sys::prev_tick_ms":500,"__sys::tick_count":4,"hits":10,"x":1}' },
  { kv: '{"hits":10,"x":1,"__sys::tick_count":4,"__sys::prev_tick_ms":500}' },
);
c("no Lisp global survives a tick", '(if (= (vigy-tick-count) 2) (vigy-set "saw" kept)) (define kept 1)', [{ tick: 1 }, { ...fail("unbound symbol: kept", "1:45"), tick: 2 }], {
  now: [1000, 2000],
});

// ───────────────────────────────────────────────── §3 parse/eval errors and empty programs
g("errors");
c("unclosed paren is a parse error", "(vigy-noop", { result: "failed", error: /^parse: / });
c("parse error runs nothing", '(vigy-incr "x") (vigy-noop) (', { result: "failed", error: /^parse: /, store: "{}" });
c("stray close paren is a parse error", "(vigy-noop))", { result: "failed", error: /^parse: / });
c("unterminated string is a parse error", '(vigy-log "info" "oops)', { result: "failed", error: /^parse: / });
c("a bad special form fails at tick time, not at load", "(vigy-noop) (if)", { result: "failed", error: /^eval: bad special form `if`: .* at vigy\.lisp:1:13$/ });
c("empty source", "", { actions: "[]", value: "() : nil" });
c("whitespace-only source", " \n\t ", { actions: "[]" });

// ───────────────────────────────────────────────── §7 extensions
g("extensions");
c("an extension overrides a built-in intrinsic", '(list (vigy-tick) (vigy-tick "x"))', { value: '(42 "x") : list' }, { extensions: [...STANDARD_EXTENSIONS, FAKE_CLOCK] });
c("the override's arity applies", "(vigy-tick 1 2)", fail("arity mismatch in vigy-tick: expected Range(0, 1), got 2"), { extensions: [...STANDARD_EXTENSIONS, FAKE_CLOCK] });
c("later extensions win", "(ext-which)", { value: '"second" : string' }, { extensions: [FIRST, SECOND] });
c("extensions override stdlib names", "(last (list 1 2))", { value: "99 : int" }, { extensions: [...STANDARD_EXTENSIONS, SHADOW_STDLIB] });
c("only the listed extensions are installed", "(vigy-noop)", fail("unbound symbol: vigy-noop", "1:2"), { extensions: [MADO] });
c("an intrinsic sees the tick's host", '(vigy-set "seen" 1) (ext-host)', { value: "(7000 3 #t) : list" }, {
  extensions: [...STANDARD_EXTENSIONS, HOST_READER],
  kv: '{"__sys::tick_count":2}',
  now: [7000],
});

// ───────────────────────────────────────────────── §7 chains
g("chains");
c(
  "chained programs see each other's buffers and kv",
  ['(vigy-set "a" 1) (vigy-trace "t" "first") (vigy-pull "p")', '(vigy-set "b" (+ 1 (vigy-get "a"))) (vigy-trace "u" (vigy-get "b")) (vigy-push (vigy-get "b"))'],
  { kv: { a: "1", b: "2" }, trace: '{"t":"first","u":2}', actions: '[{"kind":"pull","payload":"p"},{"kind":"push","payload":2}]', dirty: dirty("a", "b") },
);
c("a chain with the no-op program", [NOOP, "(vigy-noop)", NOOP], { actions: '[{"kind":"noop","result":"ok"}]' });
c("the first error aborts the chain", ['(vigy-pull "a") (oops)', '(vigy-push "b")'], { result: "failed", error: "eval: unbound symbol: oops at part1.lisp:1:18" });
c("a later child's error fails the whole tick", ['(vigy-incr "n") (vigy-pull "a")', "(oops)"], { result: "failed", error: "eval: unbound symbol: oops at part2.lisp:1:2", store: "{}" });
c("Lisp definitions do not leak between chained programs", ["(define shared 1)", '(vigy-set "v" shared)'], { result: "failed", error: "eval: unbound symbol: shared at part2.lisp:1:15" });
c("a child deletes what an earlier child set", ['(vigy-set "x" 1)', '(vigy-del "x")'], { dirty: dirty(), deleted: ["x"], kv: { x: null } });

export const VIGY_CASES: readonly VigyCase[] = cases;
