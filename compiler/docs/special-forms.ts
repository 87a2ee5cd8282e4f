/**
 * The special forms (spec §3.5) and top-level directives: the shape each expects, which the
 * diagnostics of a malformed form show, and a one-line description. A test checks that every
 * form the analyzer knows has an entry.
 */
export interface FormDoc {
  /** The expected shape, e.g. `(let ((name value)…) body…)`. */
  readonly shape: string;
  readonly summary: string;
}

export const SPECIAL_FORM_DOCS: Readonly<Record<string, FormDoc>> = {
  quote: { shape: "(quote datum)", summary: "datum itself, unevaluated; also written 'datum." },
  quasiquote: { shape: "(quasiquote template)", summary: "A template with ,x unquoted and ,@xs spliced; also written `template." },
  unquote: { shape: ",expr (inside a quasiquote)", summary: "In a quasiquote template: the value of expr." },
  "unquote-splice": { shape: ",@expr (inside a list of a quasiquote)", summary: "In a quasiquote template: the elements of the list expr." },
  if: { shape: "(if test then [else])", summary: "then when test is true (anything but nil and #f), else else (or nil)." },
  cond: { shape: "(cond (test body…)… [(else body…)])", summary: "The body of the first clause whose test is true; nil when none is." },
  when: { shape: "(when test body…)", summary: "The body's last value when test is true, else nil." },
  unless: { shape: "(unless test body…)", summary: "The body's last value when test is false, else nil." },
  let: { shape: "(let ((name value)…) body…)", summary: "body with the names bound to values computed outside the new scope." },
  "let*": { shape: "(let* ((name value)…) body…)", summary: "body with the names bound in order, each value seeing the previous names." },
  letrec: { shape: "(letrec ((name value)…) body…)", summary: "body with the names bound in one scope their values can refer to (for recursive functions)." },
  lambda: { shape: "(lambda (param… [&rest rest]) body…)", summary: "A function." },
  define: { shape: "(define name value) or (define (name param… [&rest rest]) body…)", summary: "Bind name in the current scope (a global at top level)." },
  "set!": { shape: "(set! name value)", summary: "Assign an existing binding." },
  begin: { shape: "(begin form…)", summary: "Evaluate the forms in order; the last one's value (nil when empty)." },
  and: { shape: "(and expr…)", summary: "The first false value, or the last value; (and) is #t." },
  or: { shape: "(or expr…)", summary: "The first true value, or the last value; (or) is #f." },
  not: { shape: "(not expr)", summary: "#t when expr is nil or #f, else #f." },
  try: { shape: "(try body… (catch (e) handler…))", summary: "body's value, or, when it raises, handler's with e bound to the thrown value or an error object." },
  delay: { shape: "(delay expr)", summary: "A promise that computes expr when forced." },
  eval: { shape: "(eval expr)", summary: "Evaluate the value of expr as code, in the current scope." },
  macroexpand: { shape: "(macroexpand expr)", summary: "The form expr's value expands to, every macro expanded." },
  "macroexpand-1": { shape: "(macroexpand-1 expr)", summary: "The form expr's value expands to, its head macro expanded once." },
  defmacro: { shape: "(defmacro name (param… [&rest rest]) body)", summary: "Define a macro (top level only); body computes the form that replaces a call." },
  provide: { shape: "(provide name…)", summary: "Declare a module's exports (top level only)." },
  require: { shape: "(require \"module\")", summary: "Load a module from the host's loader (top level only)." },
};
