;; rules: a reflective vigy. Its rule is Lisp text kept in kv, read with read-string and run
;; with eval each tick; a macro it defines is expanded at run time, and macroexpand shows it.
;; Its compiled module imports the interpreter and the front end, so it needs no setup.

(defmacro unless-zero (x body) (list 'if (list '= x 0) "zero" body))

(define rule (vigy-get "rule" "(* 2 (vigy-tick-count))"))
(define value (eval (read-string rule)))
(vigy-set "rule" rule)
(vigy-set "value" value)
(vigy-set "parity" (eval '(unless-zero (modulo value 4) "not a multiple of 4")))
(vigy-log "info" (string-append "rule gave " (string value)))
(vigy-trace "expansion" (pr-str (macroexpand '(unless-zero n "x"))))
(vigy-emit "noop")
