/**
 * Broken programs and what a person is told about each: the diagnostics (code, position, end,
 * message, suggestion) that `compile()`, `vigyc check` and `vigyc build` report, and, when the
 * mistake is only found at run time, what running it gives on both engines (the tag and short
 * message a `catch` sees stay the reference's).
 */
export interface ExpectedDiagnostic {
  readonly code: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly message: string;
  readonly suggestion?: string;
}

export interface BrokenProgram {
  readonly name: string;
  readonly source: string;
  readonly diagnostics: readonly ExpectedDiagnostic[];
  /** Globals the host declares (compile()'s `globals`, `--global`). */
  readonly globals?: readonly string[];
  /** Running it: a value (display), or an error's tag, short message and positioned display. */
  readonly runs?: { readonly display: string } | { readonly tag: string; readonly message: string; readonly at: string };
}

const w = (code: string, line: number, col: number, endLine: number, endCol: number, message: string, suggestion?: string): ExpectedDiagnostic => ({
  code,
  line,
  col,
  endLine,
  endCol,
  message,
  ...(suggestion !== undefined ? { suggestion } : {}),
});

export const BROKEN_PROGRAMS: readonly BrokenProgram[] = [
  // ── names ────────────────────────────────────────────────────────────────────────────────
  {
    name: "a typo in an intrinsic's name",
    source: '(vigy-set "n" 1)\n(vigy-gett "n")\n',
    diagnostics: [w("V300", 2, 2, 2, 11, "unbound symbol `vigy-gett`: nothing defines it", "did you mean `vigy-get`?")],
    runs: { tag: ":unbound-symbol", message: "unbound symbol `vigy-gett`", at: "2:2" },
  },
  {
    name: "a typo in a stdlib function's name",
    source: "(frequences (list 1 2 1))\n",
    diagnostics: [w("V300", 1, 2, 1, 12, "unbound symbol `frequences`: nothing defines it", "did you mean `frequencies`?")],
    runs: { tag: ":unbound-symbol", message: "unbound symbol `frequences`", at: "1:2" },
  },
  {
    name: "swapped letters in a native's name",
    source: '(define m (hash-map "a" 1))\n(hash-map-gte m "a")\n',
    diagnostics: [w("V300", 2, 2, 2, 14, "unbound symbol `hash-map-gte`: nothing defines it", "did you mean `hash-map-get`?")],
  },
  {
    name: "a typo in a parameter's name",
    source: '(define (greet name)\n  (string-append "hello " nme))\n(greet "you")\n',
    diagnostics: [w("V300", 2, 27, 2, 30, "unbound symbol `nme`: nothing defines it", "did you mean `name`?")],
    runs: { tag: ":unbound-symbol", message: "unbound symbol `nme`", at: "2:27" },
  },
  {
    name: "a typo in a special form's name",
    source: "(define f (lamda (x) x))\n",
    diagnostics: [
      w("V300", 1, 12, 1, 17, "unbound symbol `lamda`: nothing defines it", "did you mean `lambda`?"),
      w("V300", 1, 19, 1, 20, "unbound symbol `x`: nothing defines it"),
      w("V300", 1, 22, 1, 23, "unbound symbol `x`: nothing defines it"),
    ],
  },
  {
    name: "a function from another Lisp",
    source: "(number->string 42)\n",
    diagnostics: [w("V300", 1, 2, 1, 16, "unbound symbol `number->string`: nothing defines it", "tatara-lisp has no number->string: (string n) gives a number's text")],
    runs: { tag: ":unbound-symbol", message: "unbound symbol `number->string`", at: "1:2" },
  },
  {
    name: "nil, which is not a literal",
    source: '(vigy-condition "Healthy" "true" nil nil)\n',
    diagnostics: [
      w("V300", 1, 34, 1, 37, "unbound symbol `nil`: nothing defines it", "nil is not a literal in tatara-lisp: write '() for the empty list (or leave the argument out)"),
      w("V300", 1, 38, 1, 41, "unbound symbol `nil`: nothing defines it", "nil is not a literal in tatara-lisp: write '() for the empty list (or leave the argument out)"),
    ],
    runs: { tag: ":unbound-symbol", message: "unbound symbol `nil`", at: "1:34" },
  },
  {
    name: "an unbound name that is never reached builds and runs",
    source: "(if #f (vigy-gett \"k\") 1)\n",
    diagnostics: [w("V300", 1, 9, 1, 18, "unbound symbol `vigy-gett`: nothing defines it", "did you mean `vigy-get`?")],
    runs: { display: "1" },
  },
  {
    name: "a name the host provides",
    source: "(mado-sessions)\n",
    globals: ["mado-sessions"],
    diagnostics: [],
  },
  {
    name: "a name defined later in the program is known",
    source: "(define (f) (g 1))\n(define (g x) x)\n(f)\n",
    diagnostics: [],
    runs: { display: "1" },
  },
  {
    name: "a program using eval may define names when it runs",
    source: "(eval '(define made 1))\nmade\n",
    diagnostics: [],
    runs: { display: "1" },
  },
  {
    name: "set! of a name nothing defines",
    source: "(set! counter 1)\n",
    diagnostics: [w("V301", 1, 7, 1, 14, "set! of `counter`, which nothing defines (set! only assigns an existing binding)", "did you mean `count`?")],
    runs: { tag: ":unbound-symbol", message: "unbound symbol `counter`", at: "1:7" },
  },
  // ── arities ──────────────────────────────────────────────────────────────────────────────
  {
    name: "a native called with too many arguments",
    source: "(car (list 1) 2)\n",
    diagnostics: [w("V310", 1, 1, 1, 17, "`car` takes 1 argument (xs), given 2", "call it as (car xs)")],
    runs: { tag: ":arity-mismatch", message: "`car` expected Exact(1), got 2", at: "1:1" },
  },
  {
    name: "an intrinsic called with too few arguments",
    source: '(vigy-set "k")\n',
    diagnostics: [w("V310", 1, 1, 1, 15, "`vigy-set` takes 2 arguments (key value), given 1", "call it as (vigy-set key value)")],
    runs: { tag: ":arity-mismatch", message: "`vigy-set` expected Exact(2), got 1", at: "1:1" },
  },
  {
    name: "a stdlib function called with too few arguments",
    source: "(get (hash-map))\n",
    diagnostics: [w("V310", 1, 1, 1, 17, "`get` takes 2 arguments (m k), given 1", "call it as (get m k)")],
    runs: { tag: ":arity-mismatch", message: "`<closure>` expected Exact(2), got 1", at: "1:1" },
  },
  {
    name: "the program's own function called with too many arguments",
    source: "(define (add a b) (+ a b))\n(add 1 2 3)\n",
    diagnostics: [w("V310", 2, 1, 2, 12, "`add` takes 2 arguments (a b), given 3", "call it as (add a b) (defined at test.lisp:1:1)")],
    runs: { tag: ":arity-mismatch", message: "`<closure>` expected Exact(2), got 3", at: "2:1" },
  },
  {
    name: "a variadic function with too few arguments",
    source: "(define (at-least-one x &rest more) x)\n(at-least-one)\n",
    diagnostics: [w("V310", 2, 1, 2, 15, "`at-least-one` takes at least 1 argument (x &rest more), given 0", "call it as (at-least-one x &rest more) (defined at test.lisp:1:1)")],
  },
  {
    name: "a function redefined is not checked",
    source: "(define (f x) x)\n(define (f x y) y)\n(f 1 2)\n",
    diagnostics: [],
    runs: { display: "2" },
  },
  {
    name: "a literal in head position",
    source: "(1 2 3)\n",
    diagnostics: [w("V320", 1, 2, 1, 3, "this call's head is a literal, which is never a function", "to write a list of data, quote it: '(…) or (list …)")],
    runs: { tag: ":not-callable", message: "value of type int is not callable", at: "1:1" },
  },
  // ── the reader ───────────────────────────────────────────────────────────────────────────
  {
    name: "an extra closing paren",
    source: "(define (f x) (+ x 1)))\n",
    diagnostics: [w("V100", 1, 23, 1, 24, "unexpected `)`: no list is open here", "remove it, or add the `(` it was meant to close")],
    runs: { tag: ":reader", message: "unmatched closing paren at position 0", at: "1:23" },
  },
  {
    name: "a missing closing paren",
    source: "(define (f x)\n  (let ((y 1))\n    y)\n",
    diagnostics: [w("V101", 1, 1, 1, 2, "this `(` is never closed", "add the missing `)`")],
    runs: { tag: ":reader", message: "unmatched opening paren", at: "1:1" },
  },
  {
    name: "several lists left open",
    source: "(define (f x)\n  (let ((y 1))\n    (+ x y)\n",
    diagnostics: [w("V101", 2, 3, 2, 4, "this `(` is never closed", "add the missing `)` (2 lists are still open at the end of the file; this is the innermost)")],
  },
  {
    name: "an unterminated string",
    source: '(vigy-log "info" "hello)\n',
    diagnostics: [w("V102", 1, 18, 1, 19, "this string is never closed", 'add the closing `"`')],
    runs: { tag: ":reader", message: "unterminated string literal at position 17", at: "1:18" },
  },
  {
    name: "a quote before a closing paren",
    source: "(list 1 ')\n",
    diagnostics: [w("V103", 1, 9, 1, 10, "`'` is followed by `)`, with no form after it", "write the form after `'`, or remove it")],
  },
  {
    name: "a quote at the end of the input",
    source: "(list 1)\n'",
    diagnostics: [w("V103", 2, 1, 2, 2, "`'` ends the input, with no form after it", "write the form after `'`, or remove it")],
  },
  // ── malformed special forms ──────────────────────────────────────────────────────────────
  {
    name: "let without a body",
    source: "(let ((x 1)))\n",
    diagnostics: [w("V200", 1, 1, 1, 14, "malformed `let`: expected (let ((name expr)...) body...)", "expected (let ((name value)…) body…)")],
    runs: { tag: ":bad-special-form", message: "bad `let`: expected (let ((name expr)...) body...)", at: "1:1" },
  },
  {
    name: "a let binding without a value",
    source: "(let ((x)) x)\n",
    diagnostics: [w("V200", 1, 7, 1, 10, "malformed `let`: binding must be exactly (name expr)", "expected (let ((name value)…) body…)")],
    runs: { tag: ":bad-special-form", message: "bad `let`: binding must be exactly (name expr)", at: "1:7" },
  },
  {
    name: "a cond clause that is not a list",
    source: "(cond (#f 1) 2)\n",
    diagnostics: [w("V200", 1, 14, 1, 15, "malformed `cond`: clause must be a list", "expected (cond (test body…)… [(else body…)])")],
  },
  {
    name: "lambda without a parameter list",
    source: "(lambda x)\n",
    diagnostics: [w("V200", 1, 1, 1, 11, "malformed `lambda`: expected (lambda (params...) body...)", "expected (lambda (param… [&rest rest]) body…)")],
  },
  {
    name: "a lambda parameter that is not a symbol",
    source: '(lambda (x "y") x)\n',
    diagnostics: [w("V200", 1, 12, 1, 15, "malformed `lambda`: param must be a symbol", "expected (lambda (param… [&rest rest]) body…)")],
  },
  {
    name: "defmacro without a body",
    source: "(defmacro twice (x))\n",
    diagnostics: [w("V201", 1, 1, 1, 21, "malformed `defmacro`: (defmacro name (params) body) required (got 3 elements, need 4)", "expected (defmacro name (param… [&rest rest]) body)")],
    runs: { tag: ":reader", message: "compile error in defmacro: (defmacro name (params) body) required (got 3 elements, need 4)", at: "1:1" },
  },
  {
    name: "try without a catch clause",
    source: "(try (car 1) 2)\n",
    diagnostics: [w("V200", 1, 14, 1, 15, "malformed `try`: last form must be (catch (binding) handler...)", "expected (try body… (catch (e) handler…))")],
  },
  {
    name: "define with nothing to define",
    source: "(define)\n",
    diagnostics: [w("V200", 1, 1, 1, 9, "malformed `define`: expected (define name expr) or (define (name args) body)", "expected (define name value) or (define (name param… [&rest rest]) body…)")],
  },
  {
    name: "if with one operand",
    source: "(if #t)\n",
    diagnostics: [w("V200", 1, 1, 1, 8, "malformed `if`: expected (if c t [e]), got 2 subforms", "expected (if test then [else])")],
  },
  {
    name: "unquote outside a quasiquote",
    source: "(list ,x)\n",
    diagnostics: [w("V200", 1, 7, 1, 9, "`,` (unquote) outside of a quasiquote", "expected ,expr (inside a quasiquote)")],
  },
  {
    name: "a macro whose expansion fails",
    source: "(defmacro needs-two (a b) (list a b))\n(needs-two 1)\n",
    diagnostics: [w("V210", 2, 1, 2, 14, "expanding `needs-two` raised: in native fn macro needs-two: missing required arg: b")],
    runs: { tag: ":native-fn", message: "in native `macro needs-two`: missing required arg: b", at: "2:1" },
  },
];
