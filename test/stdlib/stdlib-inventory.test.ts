/**
 * The stdlib inventory of spec Appendix A: every native with its arity, every Lisp-level
 * function with its parameter list (closures print their params), every macro.
 */
import { describe, expect, it } from "vitest";
import { Session } from "../../runtime/interp/session.js";
import { arityText } from "../../runtime/errors/lisp-error.js";
import { Closure, Native } from "../../runtime/values/types.js";
import { display } from "../../runtime/values/printer.js";
import { installHook } from "../../compiler/frontend/hook.js";

installHook();

/** name/arity as Appendix A writes it: n exact, n+ at least, a-b range, * any. */
const NATIVES = ["*/0+", "+/0+", "-/1+", "//1+", "</2+", "<!/1", "<=/2+", "=/2+", ">/2+", ">!/2", ">=/2+", "abs/1", "any?/2", "append/*", "apply/2+", "atom?/1", "bit-and/0+", "bit-not/1", "bit-or/0+", "bit-shift-left/2", "bit-shift-right/2", "bit-xor/0+", "boolean?/1", "car/1", "cdr/1", "ceiling/1", "chan/0-1", "chan-capacity/1", "chan-closed?/1", "chan-len/1", "chan?/1", "close!/1", "compare/2", "cons/2", "cos/1", "count-if/2", "display/1", "drain!/1", "drop/2", "drop-while/2", "eq?/2", "equal?/2", "error/2-3", "error-data/1", "error-data-get/2", "error-message/1", "error-tag/1", "error?/1", "every?/2", "ex-info/1-2", "exp/1", "expt/2", "filter/2", "find/2", "find-index/2", "floor/1", "foldl/3", "foldr/3", "for-each/2", "force/1", "foreign?/1", "gcd/0+", "gensym/0-1", "go/1", "go-error/1", "go-result/1", "go-run/1", "go-status/1", "go?/1", "group-by/2", "hash-map/*", "hash-map-count/1", "hash-map-empty?/1", "hash-map-entries/1", "hash-map-get/2", "hash-map-get-or/3", "hash-map-has?/2", "hash-map-keys/1", "hash-map-merge/1+", "hash-map-remove/2", "hash-map-set/3", "hash-map-update/3", "hash-map-values/1", "hash-map?/1", "integer?/1", "is?/2", "iterate/3", "keyword->string/1", "keyword?/1", "lcm/0+", "length/1", "list/*", "list?/1", "log/1-2", "map/2+", "max/1+", "min/1+", "modulo/2", "newline/0", "nth/2", "null?/1", "number?/1", "pair?/1", "partition/2", "pr-str/1", "print/1", "println/*", "procedure?/1", "promise?/1", "read-all/1", "read-string/1", "reduce/2-3", "remove/2", "repeatedly/2", "reverse/1", "round/1", "scan-left/3", "sin/1", "some/2", "sort-by/2", "sqrt/1", "string/1", "string->keyword/1", "string->symbol/1", "string-append/*", "string-length/1", "string?/1", "symbol->string/1", "symbol?/1", "take/2", "take-while/2", "tan/1", "the/2", "throw/1", "truncate/1", "type-of/1"];

/** (name params…) of the Lisp-defined functions. */
const FUNCTIONS = [
"actor-drain! a",
"actor-empty? a",
"actor-run! a n",
"actor-state a",
"actor-step! a",
"actor-tell a m",
"assoc m k v",
"assoc-in m path v",
"butlast xs",
"case-build-clause k-sym clause",
"comp f g",
"compile-list-pattern val-sym pattern",
"compile-match-clauses val-sym clauses",
"compile-match-pattern val-sym pattern",
"compose &rest fs",
"concat &rest lists",
"const x",
"count xs",
"cycle xs",
"cycle-impl original remaining",
"dec x",
"decorate f &rest kvs",
"defn-typed-args pairs",
"defn-typed-checks pairs",
"dispatch-command bus name &rest args",
"dispatch-query bus name &rest args",
"dissoc m k",
"distinct xs",
"empty? xs",
"error-msg msg",
"even? x",
"event-append! s e",
"event-history s",
"event-project s fold init",
"first xs",
"flatten xs",
"flip f",
"fourth xs",
"frequencies xs",
"get m k",
"get-in m path",
"group-by-into-map f xs",
"identity x",
"inc x",
"interleave xs ys",
"intersperse sep xs",
"into-hash-map xs",
"iterate-lazy f x",
"juxt &rest fs",
"last xs",
"lazy-drop n s",
"lazy-empty",
"lazy-empty? s",
"lazy-filter p s",
"lazy-head s",
"lazy-map f s",
"lazy-rest s",
"lazy-take n s",
"make-actor initial-state behavior",
"make-bus",
"make-event-store",
"make-pipeline stages",
"make-sm spec",
"make-strategy &rest kvs",
"make-subject",
"make-transducer &rest kvs",
"make-visitor &rest kvs",
"max-by f xs",
"member? x xs",
"memoize f",
"min-by f xs",
"negative? x",
"not-empty? xs",
"not= a b",
"odd? x",
"partial f &rest more",
"pipe &rest fs",
"pipeline-on-stage! p s f",
"pipeline-run! p init",
"plist-get plist key",
"position x xs",
"positive? x",
"range &rest args",
"range-impl start end step",
"realize s",
"record-field-accessor record-name field",
"record-field-setter record-name field",
"record-keyword field",
"register-command! bus name fn",
"register-query! bus name fn",
"repeat-lazy x",
"repeat-list x n",
"rest xs",
"safe-nth n xs",
"second xs",
"select-keys m keys",
"sm-can? sm event",
"sm-current sm",
"sm-fire-event-actions actions event payload",
"sm-fire-state-actions actions state",
"sm-history sm",
"sm-lookup-row trans state event",
"sm-reset! sm",
"sm-send sm event &rest args",
"sm-spec &rest kvs",
"sm-spec-get s key",
"sm-spec? s",
"some? x",
"strategy-call s variant &rest args",
"subject-emit! s m",
"subject-subscribe! s f",
"subject-unsubscribe! s f",
"tap f x",
"third xs",
"transducer-feed! t in",
"transducer-run! t inputs",
"transducer-state t",
"unwrap-or v default",
"update-in m path f",
"visit v tagged-value",
"zero? x",
"zip xs ys",
"zipmap keys vals"
];

/** (name params…) of the macros. */
const MACROS = [
"-> x &rest steps",
"->1 x step",
"->> x &rest steps",
"->>1 x step",
"assert pred message",
"case key &rest clauses",
"comment &rest _",
"defactor name initial-state behavior-fn",
"defcommand bus name params &rest body",
"defflow name &rest fs",
"define-record name fields",
"defn-typed name params arrow ret-ty &rest body",
"defquery bus name params &rest body",
"defsm name &rest kvs",
"defstrategy name &rest kvs",
"defvisitor name &rest kvs",
"dolist binding &rest body",
"doseq binding &rest body",
"dotimes binding &rest body",
"if-let binding then else",
"lazy-cons head tail-expr",
"match expr &rest clauses",
"unless-let binding &rest body",
"when-let binding &rest body",
"while cond &rest body",
"with-gensyms names &rest body"
];

const arityOf = (spec: string): string => {
  if (spec === "*") return "Any";
  if (spec.endsWith("+")) return arityText(Number(spec.slice(0, -1)), Infinity);
  const [lo, hi] = spec.split("-");
  return arityText(Number(lo), Number(hi ?? lo));
};

describe("stdlib inventory (spec Appendix A)", () => {
  const s = new Session();
  it("has the 136 natives with their arities", () => {
    expect(NATIVES.length).toBe(136);
    for (const entry of NATIVES) {
      const i = entry.lastIndexOf("/");
      const name = entry.slice(0, i);
      const v = s.globals.get(name);
      expect(v, name).toBeInstanceOf(Native);
      const n = v as Native;
      expect(`${name}/${arityText(n.min, n.max)}`).toBe(`${name}/${arityOf(entry.slice(i + 1))}`);
    }
  });
  it("has the 123 Lisp-level functions with their parameter lists", () => {
    expect(FUNCTIONS.length).toBe(123);
    for (const sig of FUNCTIONS) {
      const [name, ...params] = sig.split(" ");
      const v = s.globals.get(name!);
      expect(v, name).toBeInstanceOf(Closure);
      const restAt = params.indexOf("&rest");
      const positional = restAt < 0 ? params : params.slice(0, restAt);
      const shown = positional.length === 0 ? "#<closure>" : `#<closure (${positional.join(" ")}${restAt < 0 ? "" : " . " + params[restAt + 1]})>`;
      expect(display(v!), name).toBe(shown);
    }
  });
  it("has the 26 macros with their parameter lists", () => {
    expect(MACROS.length).toBe(26);
    for (const sig of MACROS) {
      const [name, ...params] = sig.split(" ");
      const def = s.macros.get(name!);
      expect(def, name).toBeDefined();
      const restAt = params.indexOf("&rest");
      expect(def!.params, name).toEqual(restAt < 0 ? params : params.slice(0, restAt));
      expect(def!.rest, name).toBe(restAt < 0 ? null : params[restAt + 1]);
    }
  });
});
