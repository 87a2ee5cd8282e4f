;; vigy-js prelude: the Lisp-level standard library of tatara-lisp (spec §4.11, Appendix A).
;;
;; Loaded once, after the natives, with ordinary program semantics (§3.1): each top-level
;; form is macro-expanded and evaluated in order. Consequences that shape this file:
;;  * a macro must be defined above every function whose body uses it (expansion happens
;;    when the defining form is evaluated);
;;  * the expander has no notion of scope, so no local variable, parameter list or let
;;    binding here may be headed by a macro name (e.g. a local named `match`);
;;  * explicit (quote …) lists are expanded too, so literal data uses the reader quote '…;
;;  * only the 123 functions and 26 macros of Appendix A may become globals, so private
;;    helpers live in local frames;
;;  * parameter names are observable (closures print their positional params), so every
;;    top-level signature and every returned closure keeps the reference's parameter names;
;;  * calls go through globals at call time, so a user redefining e.g. `second` changes
;;    `plist-get` exactly as in the reference (spec §3.3).

;; ── combinators ──────────────────────────────────────────────────────────────────────

(define (identity x) x)

(define (const x)
  (lambda (&rest _) x))

(define (flip f)
  (lambda (a b) (f b a)))

(define (comp f g)
  (lambda (x) (f (g x))))

;; Right-to-left. With no functions the result is `identity` itself.
(define (compose &rest fs)
  (if (null? fs)
      identity
      (lambda (x) (foldr (lambda (f acc) (f acc)) x fs))))

;; Left-to-right. With no functions the result is `identity` itself.
(define (pipe &rest fs)
  (if (null? fs)
      identity
      (lambda (x) (foldl (lambda (acc f) (f acc)) x fs))))

(define (partial f &rest more)
  (lambda (&rest later) (apply f (append more later))))

(define (juxt &rest fs)
  (lambda (&rest args) (map (lambda (f) (apply f args)) fs)))

(define (tap f x)
  (f x)
  x)

;; ── list accessors ───────────────────────────────────────────────────────────────────
;; Thin wrappers: their errors are the car/cdr errors.

(define (first xs) (car xs))
(define (rest xs) (cdr xs))
(define (second xs) (car (cdr xs)))
(define (third xs) (car (cdr (cdr xs))))
(define (fourth xs) (car (cdr (cdr (cdr xs)))))

;; Recursive on purpose (spec §4.11): an empty argument fails inside cdr.
(define (last xs)
  (if (null? (cdr xs))
      (car xs)
      (last (cdr xs))))

(define (butlast xs)
  (if (null? (cdr xs))
      ()
      (cons (car xs) (butlast (cdr xs)))))

;; nil past the end; an index <= 0 selects the head.
(define (safe-nth n xs)
  (cond ((null? xs) ())
        ((<= n 0) (car xs))
        (else (safe-nth (- n 1) (cdr xs)))))

(define (empty? xs) (null? xs))

(define (not-empty? xs) (not (empty? xs)))

;; Soft error used by the stdlib: shows the message (quoted, as display does) and
;; yields nil instead of raising.
(define (error-msg msg)
  (display msg)
  (newline))

;; Non-tail recursion builds the list; an empty range is nil.
(define (range-impl start end step)
  (if (cond ((> step 0) (< start end))
            ((< step 0) (> start end))
            (else #t))
      (cons start (range-impl (+ start step) end step))
      ()))

(define (range &rest args)
  (let ((argc (length args)))
    (cond ((= argc 1) (range-impl 0 (car args) 1))
          ((= argc 2) (range-impl (car args) (second args) 1))
          ((= argc 3) (range-impl (car args) (second args) (third args)))
          (else (error-msg "range: arity 1, 2, or 3")))))

(define (repeat-list x n)
  (if (> n 0)
      (cons x (repeat-list x (- n 1)))
      ()))

(define (concat &rest lists) (apply append lists))

(define (member? x xs)
  (any? (lambda (item) (equal? item x)) xs))

(define (position x xs)
  (find-index (lambda (item) (equal? item x)) xs))

(define (zip xs ys)
  (map (lambda (a b) (list a b)) xs ys))

(define (interleave xs ys)
  (apply append (zip xs ys)))

(define (intersperse sep xs)
  (cond ((null? xs) ())
        ((null? (cdr xs)) (list (car xs)))
        (else (cons (car xs) (cons sep (intersperse sep (cdr xs)))))))

;; Every list-valued element (nil and empty sublists too) is spliced in, so those vanish. In continuation-passing style, so
;; neither length nor depth uses stack; the same calls in the same order, each at the line:col it has in the recursive form.
(define (flatten xs) (define (flatten-with-cont xs k)
  (if (null? xs)
      (k ())
      (let ((head (car xs)))
        (flatten-with-cont (cdr xs) (lambda (tail)
        (if (list? head) (flatten-with-cont head (lambda (fh) (k
            (append fh tail)))) (k
            (cons head tail)))))))) (flatten-with-cont xs (lambda (r) r)))

;; First occurrence wins; equality is equal?.
(define (distinct xs)
  (reverse
   (foldl (lambda (seen x) (if (member? x seen) seen (cons x seen)))
          (list)
          xs)))

;; Strict comparison keeps the earlier element on ties.
(define (max-by f xs)
  (foldl (lambda (best x) (if (> (f x) (f best)) x best))
         (car xs)
         (cdr xs)))

(define (min-by f xs)
  (foldl (lambda (best x) (if (< (f x) (f best)) x best))
         (car xs)
         (cdr xs)))

;; ── numeric helpers ──────────────────────────────────────────────────────────────────

(define (inc x) (+ x 1))
(define (dec x) (- x 1))
(define (zero? x) (= x 0))
(define (positive? x) (> x 0))
(define (negative? x) (< x 0))
;; modulo is ints-only and never negative, which gives these their domain.
(define (even? x) (= (modulo x 2) 0))
(define (odd? x) (= (modulo x 2) 1))

;; ── general predicates ───────────────────────────────────────────────────────────────

;; Shadows the native not= (spec §2.5).
(define (not= a b) (not (equal? a b)))

(define (some? x) (not (null? x)))

;; ── syntax: threading, binding, loops ────────────────────────────────────────────────

;; One step at a time so that macroexpand-1 shows the recursion.
(defmacro -> (x &rest steps)
  (if (null? steps)
      x
      (cons '-> (cons (list '->1 x (car steps)) (cdr steps)))))

(defmacro ->1 (x step)
  (if (list? step)
      (cons (car step) (cons x (cdr step)))
      (list step x)))

(defmacro ->> (x &rest steps)
  (if (null? steps)
      x
      (cons '->> (cons (list '->>1 x (car steps)) (cdr steps)))))

(defmacro ->>1 (x step)
  (if (list? step)
      (append step (list x))
      (list step x)))

(defmacro when-let (binding &rest body)
  `(let ((,(car binding) ,(car (cdr binding))))
     (if ,(car binding) (begin ,@body) ())))

(defmacro if-let (binding then else)
  `(let ((,(car binding) ,(car (cdr binding))))
     (if ,(car binding) ,then ,else)))

(defmacro unless-let (binding &rest body)
  `(let ((,(car binding) ,(car (cdr binding))))
     (if ,(car binding) () (begin ,@body))))

;; Iterates over (range n), so it inherits range's quirks.
(defmacro dotimes (binding &rest body)
  `(for-each (lambda (,(car binding)) ,@body) (range ,(car (cdr binding)))))

(defmacro dolist (binding &rest body)
  `(for-each (lambda (,(car binding)) ,@body) ,(car (cdr binding))))

(defmacro doseq (binding &rest body)
  `(dolist ,binding ,@body))

(defmacro defflow (name &rest fs)
  `(define ,name (pipe ,@fs)))

(defmacro with-gensyms (names &rest body)
  `(let ,(map (lambda (n) (list n (list 'gensym (symbol->string n)))) names)
     ,@body))

(defmacro lazy-cons (head tail-expr)
  `(list ,head (delay ,tail-expr)))

(defmacro assert (pred message)
  `(when (not ,pred) (throw (ex-info ,message ()))))

(defmacro comment (&rest _) ())

;; ── state machines ───────────────────────────────────────────────────────────────────
;; A spec is the plist of keyword options tagged with :sm-spec. Options: :initial,
;; :transitions (rows (from event to [guard [action]])), :on-enter / :on-exit
;; ((state fn) …), :on-event ((event fn) …).

;; equal? on keys; a trailing key without a value yields nil.
(define (plist-get plist key)
  (cond ((null? plist) ())
        ((null? (cdr plist)) ())
        ((equal? (car plist) key) (second plist))
        (else (plist-get (cdr (cdr plist)) key))))

(define (sm-lookup-row trans state event)
  (find (lambda (row) (and (equal? (first row) state) (equal? (second row) event)))
        trans))

(define (sm-spec &rest kvs) (cons :sm-spec kvs))

(define (sm-spec? s)
  (and (pair? s) (equal? (car s) :sm-spec)))

(define (sm-spec-get s key) (plist-get (cdr s) key))

;; Run (fn state) for every (state fn) entry naming this state; nil.
(define (sm-fire-state-actions actions state)
  (dolist (entry actions)
    (when-let (handler (and (equal? (first entry) state) (second entry)))
      (handler state))))

;; Run (fn event payload) for every (event fn) entry naming this event; nil.
(define (sm-fire-event-actions actions event payload)
  (dolist (entry actions)
    (when-let (handler (and (equal? (first entry) event) (second entry)))
      (handler event payload))))

;; The machine is a closure over its current state and history (newest first),
;; answering :send :current :history :reset! :can?.
(define (make-sm spec)
  (let* ((rows (or (sm-spec-get spec :transitions) (list)))
         (enter-actions (or (sm-spec-get spec :on-enter) (list)))
         (exit-actions (or (sm-spec-get spec :on-exit) (list)))
         (event-actions (or (sm-spec-get spec :on-event) (list)))
         (current (sm-spec-get spec :initial))
         (history (list current)))
    (define (fire! event payload)
      (let ((row (sm-lookup-row rows current event)))
        (if (null? row)
            current
            (let ((target (safe-nth 2 row))
                  (guard (safe-nth 3 row))
                  (effect (safe-nth 4 row)))
              (if (and (some? guard) (not (guard current event payload)))
                  current
                  (begin
                    (sm-fire-state-actions exit-actions current)
                    (when (some? effect) (effect current event payload))
                    (sm-fire-event-actions event-actions event payload)
                    (set! current target)
                    (set! history (cons target history))
                    (sm-fire-state-actions enter-actions current)
                    current))))))
    (define (restart!)
      (set! current (sm-spec-get spec :initial))
      (set! history (list current))
      (sm-fire-state-actions enter-actions current)
      current)
    (sm-fire-state-actions enter-actions current)
    (lambda (msg &rest args)
      (cond ((equal? msg :send) (fire! (car args) (safe-nth 1 args)))
            ((equal? msg :current) current)
            ((equal? msg :history) history)
            ((equal? msg :reset!) (restart!))
            ((equal? msg :can?) (some? (sm-lookup-row rows current (car args))))
            (else (error-msg "unknown SM message"))))))

(defmacro defsm (name &rest kvs)
  `(define ,name (make-sm (sm-spec ,@kvs))))

;; Returns the state after the event (unchanged when no row matches or a guard refuses).
(define (sm-send sm event &rest args) (apply sm :send event args))
(define (sm-current sm) (sm :current))
(define (sm-history sm) (sm :history))
(define (sm-reset! sm) (sm :reset!))
(define (sm-can? sm event) (sm :can? event))

;; ── actors ───────────────────────────────────────────────────────────────────────────
;; Single-threaded: :tell queues (FIFO), :step! handles one message with
;; (behavior state msg) and answers the new state.

(define (make-actor initial-state behavior)
  (let ((state initial-state)
        (mailbox (list)))
    (lambda (msg &rest args)
      (cond ((equal? msg :tell)
             (set! mailbox (append mailbox (list (car args))))
             state)
            ((equal? msg :step!)
             (when (not (null? mailbox))
               (let ((next (car mailbox)))
                 (set! mailbox (cdr mailbox))
                 (set! state (behavior state next))))
             state)
            ((equal? msg :state) state)
            ((equal? msg :mailbox) mailbox)
            ((equal? msg :empty?) (null? mailbox))))))

(defmacro defactor (name initial-state behavior-fn)
  `(define ,name (make-actor ,initial-state ,behavior-fn)))

(define (actor-tell a m) (a :tell m))
(define (actor-step! a) (a :step!))
(define (actor-state a) (a :state))
(define (actor-empty? a) (a :empty?))

;; Both answer the final state.
(define (actor-drain! a)
  (if (actor-empty? a)
      (actor-state a)
      (begin (actor-step! a) (actor-drain! a))))

(define (actor-run! a n)
  (if (or (<= n 0) (actor-empty? a))
      (actor-state a)
      (begin (actor-step! a) (actor-run! a (- n 1)))))

;; ── observer ─────────────────────────────────────────────────────────────────────────
;; Subscribers are kept newest first and notified in that order.

(define (make-subject)
  (let ((subscribers (list)))
    (lambda (msg &rest args)
      (cond ((equal? msg :subscribe!)
             (set! subscribers (cons (car args) subscribers))
             (car args))
            ((equal? msg :unsubscribe!)
             (set! subscribers (remove (lambda (g) (equal? g (car args))) subscribers))
             ())
            ((equal? msg :emit!)
             (for-each (lambda (g) (g (car args))) subscribers)
             ())
            ((equal? msg :subs) subscribers)))))

(define (subject-subscribe! s f) (s :subscribe! f))
(define (subject-unsubscribe! s f) (s :unsubscribe! f))
(define (subject-emit! s m) (s :emit! m))

;; ── command / query bus ──────────────────────────────────────────────────────────────
;; Handlers live in (name fn) tables, newest first, so re-registration wins.
;; Registration answers the name; an unknown name is a soft error (nil).

(define (make-bus)
  (let ((commands (list))
        (queries (list)))
    (define (run-handler table label name call-args)
      (let ((entry (find (lambda (e) (equal? (car e) name)) table)))
        (if (null? entry)
            (error-msg (string-append label (keyword->string name)))
            (apply (second entry) call-args))))
    (lambda (msg &rest args)
      (cond ((equal? msg :register-command!)
             (set! commands (cons (list (car args) (second args)) commands))
             (car args))
            ((equal? msg :register-query!)
             (set! queries (cons (list (car args) (second args)) queries))
             (car args))
            ((equal? msg :dispatch-command)
             (run-handler commands "no command: " (car args) (cdr args)))
            ((equal? msg :dispatch-query)
             (run-handler queries "no query: " (car args) (cdr args)))))))

(define (register-command! bus name fn) (bus :register-command! name fn))
(define (register-query! bus name fn) (bus :register-query! name fn))
(define (dispatch-command bus name &rest args) (apply bus :dispatch-command name args))
(define (dispatch-query bus name &rest args) (apply bus :dispatch-query name args))

(defmacro defcommand (bus name params &rest body)
  `(register-command! ,bus ,name (lambda ,params ,@body)))

(defmacro defquery (bus name params &rest body)
  `(register-query! ,bus ,name (lambda ,params ,@body)))

;; ── event store ──────────────────────────────────────────────────────────────────────
;; Events oldest first; :append! answers the event, :project folds (fold acc event).

(define (make-event-store)
  (let ((events (list)))
    (lambda (msg &rest args)
      (cond ((equal? msg :append!)
             (set! events (append events (list (car args))))
             (car args))
            ((equal? msg :history) events)
            ((equal? msg :project) (foldl (car args) (second args) events))))))

(define (event-append! s e) (s :append! e))
(define (event-history s) (s :history))
(define (event-project s fold init) (s :project fold init))

;; ── strategy / decorator / visitor ───────────────────────────────────────────────────

;; Handlers are a plist of variant → fn; :default catches unknown variants.
(define (make-strategy &rest kvs)
  (lambda (variant &rest args)
    (let ((handler (or (plist-get kvs variant) (plist-get kvs :default))))
      (if (null? handler)
          (error-msg "no strategy variant matched + no :default")
          (apply handler args)))))

(defmacro defstrategy (name &rest kvs)
  `(define ,name (make-strategy ,@kvs)))

(define (strategy-call s variant &rest args) (apply s variant args))

;; :around replaces the call ((around f args…)); otherwise (before args…) runs first and
;; (after result args…) last, and the wrapped function's result is returned.
(define (decorate f &rest kvs)
  (let ((before (plist-get kvs :before))
        (after (plist-get kvs :after))
        (around (plist-get kvs :around)))
    (lambda (&rest args)
      (if (some? around)
          (apply around f args)
          (begin
            (when (some? before) (apply before args))
            (let ((result (apply f args)))
              (when (some? after) (apply after result args))
              result))))))

;; A tagged value is (tag arg…); the handler for tag (or :default) gets the args.
(define (make-visitor &rest kvs)
  (lambda (tagged-value)
    (if (null? tagged-value)
        ()
        (let ((handler (or (plist-get kvs (car tagged-value)) (plist-get kvs :default))))
          (if (null? handler)
              (error-msg "no visitor matched tag")
              (apply handler (cdr tagged-value)))))))

(defmacro defvisitor (name &rest kvs)
  `(define ,name (make-visitor ,@kvs)))

(define (visit v tagged-value) (v tagged-value))

;; ── pipeline ─────────────────────────────────────────────────────────────────────────
;; Stages are (name fn). Hooks (stage-or-:* fn), newest first, see (hook name in out)
;; after each matching stage.

(define (make-pipeline stages)
  (let ((hooks (list)))
    (define (run-stage input stage)
      (let* ((stage-name (car stage))
             (output ((second stage) input)))
        (for-each (lambda (h)
                    (when (or (equal? (car h) :*) (equal? (car h) stage-name))
                      ((second h) stage-name input output)))
                  hooks)
        output))
    (lambda (msg &rest args)
      (cond ((equal? msg :run!) (foldl run-stage (car args) stages))
            ((equal? msg :on-stage!)
             (set! hooks (cons (list (car args) (second args)) hooks))
             ())
            ((equal? msg :stages) stages)))))

(define (pipeline-run! p init) (p :run! init))
(define (pipeline-on-stage! p s f) (p :on-stage! s f))

;; ── finite-state transducer ──────────────────────────────────────────────────────────
;; Rows are (state input next output); both :mealy and :moore emit the row's output.
;; An input with no row yields nil and keeps the state.

(define (make-transducer &rest kvs)
  (let ((current (plist-get kvs :initial))
        (rows (or (plist-get kvs :transitions) (list))))
    (lambda (msg &rest args)
      (cond ((equal? msg :feed!)
             (let ((row (find (lambda (r) (and (equal? (first r) current)
                                               (equal? (second r) (car args))))
                              rows)))
               (if (null? row)
                   ()
                   (begin (set! current (third row))
                          (fourth row)))))
            ((equal? msg :state) current)))))

(define (transducer-feed! t in) (t :feed! in))
(define (transducer-state t) (t :state))
(define (transducer-run! t inputs)
  (map (lambda (input) (transducer-feed! t input)) inputs))

;; ── records ──────────────────────────────────────────────────────────────────────────
;; A record is a map tagged :tatara-record-type :NAME with one keyword per field.

(define (record-field-accessor record-name field)
  (string->symbol (string-append (symbol->string record-name) "-" (symbol->string field))))

(define (record-field-setter record-name field)
  (string->symbol (string-append (symbol->string record-name) "-set-" (symbol->string field))))

(define (record-keyword field) (string->keyword (symbol->string field)))

(defmacro define-record (name fields)
  (let* ((base (symbol->string name))
         (tag (record-keyword name))
         (ctor (string->symbol (string-append "make-" base)))
         (pred (string->symbol (string-append base "?")))
         (to-map (string->symbol (string-append base "->map")))
         (slots (apply append (map (lambda (f) (list (record-keyword f) f)) fields))))
    `(begin
       (define (,ctor ,@fields) (hash-map :tatara-record-type ,tag ,@slots))
       (define (,pred v)
         (and (hash-map? v) (equal? (hash-map-get v :tatara-record-type) ,tag)))
       (define (,to-map r) r)
       ,@(map (lambda (f)
                `(define (,(record-field-accessor name f) r)
                   (hash-map-get r ,(record-keyword f))))
              fields)
       ,@(map (lambda (f)
                `(define (,(record-field-setter name f) r v)
                   (hash-map-set r ,(record-keyword f) v)))
              fields))))

;; ── lazy sequences ───────────────────────────────────────────────────────────────────
;; A lazy seq is nil or (head promise-of-rest).

(define (lazy-empty) ())
(define (lazy-empty? s) (null? s))
(define (lazy-head s) (car s))
(define (lazy-rest s) (force (second s)))

(define (lazy-take n s)
  (if (or (<= n 0) (lazy-empty? s))
      ()
      (cons (lazy-head s) (lazy-take (- n 1) (lazy-rest s)))))

(define (lazy-drop n s)
  (if (or (<= n 0) (lazy-empty? s))
      s
      (lazy-drop (- n 1) (lazy-rest s))))

(define (realize s)
  (if (lazy-empty? s)
      ()
      (cons (lazy-head s) (realize (lazy-rest s)))))

(define (lazy-map f s)
  (if (lazy-empty? s)
      (lazy-empty)
      (lazy-cons (f (lazy-head s)) (lazy-map f (lazy-rest s)))))

;; Skips non-matching items eagerly until a match (or the end) is found.
(define (lazy-filter p s)
  (cond ((lazy-empty? s) (lazy-empty))
        ((p (lazy-head s)) (lazy-cons (lazy-head s) (lazy-filter p (lazy-rest s))))
        (else (lazy-filter p (lazy-rest s)))))

(define (iterate-lazy f x)
  (lazy-cons x (iterate-lazy f (f x))))

(define (cycle xs)
  (if (null? xs) () (cycle-impl xs xs)))

(define (cycle-impl original remaining)
  (if (null? remaining)
      (cycle-impl original original)
      (lazy-cons (car remaining) (cycle-impl original (cdr remaining)))))

(define (repeat-lazy x)
  (lazy-cons x (repeat-lazy x)))

;; ── maps ─────────────────────────────────────────────────────────────────────────────

(define (assoc m k v) (hash-map-set m k v))
(define (dissoc m k) (hash-map-remove m k))
(define (get m k) (hash-map-get m k))

;; nil-safe: a missing level yields nil.
(define (get-in m path)
  (cond ((null? path) m)
        ((null? m) ())
        (else (get-in (hash-map-get m (car path)) (cdr path)))))

;; Missing (nil) levels become fresh maps.
(define (assoc-in m path v)
  (if (null? path)
      v
      (let ((here (or m (hash-map)))
            (k (car path)))
        (if (null? (cdr path))
            (hash-map-set here k v)
            ;; Reads the original m, so a nil map with a deeper path is a type error.
            (hash-map-set here k (assoc-in (or (hash-map-get m k) (hash-map)) (cdr path) v))))))

(define (update-in m path f)
  (assoc-in m path (f (get-in m path))))

(define (frequencies xs)
  (foldl (lambda (acc x)
           (hash-map-update acc x (lambda (n) (if (null? n) 1 (+ n 1)))))
         (hash-map)
         xs))

;; Groups keep first-seen order.
(define (group-by-into-map f xs)
  (foldl (lambda (acc x)
           (let ((k (f x)))
             (hash-map-set acc k (append (or (hash-map-get acc k) (list)) (list x)))))
         (hash-map)
         xs))

;; A list of 2-element lists (judged by the first element) or a flat plist.
(define (into-hash-map xs)
  (cond ((null? xs) (hash-map))
        ((and (list? (car xs)) (= (length (car xs)) 2))
         (foldl (lambda (acc kv) (hash-map-set acc (car kv) (second kv))) (hash-map) xs))
        (else (apply hash-map xs))))

(define (select-keys m keys)
  (foldl (lambda (acc k)
           (if (hash-map-has? m k) (hash-map-set acc k (hash-map-get m k)) acc))
         (hash-map)
         keys))

(define (zipmap keys vals)
  (foldl (lambda (acc kv) (hash-map-set acc (car kv) (second kv)))
         (hash-map)
         (zip keys vals)))

;; Anything else is answered (not raised) with an error value.
(define (count xs)
  (cond ((null? xs) 0)
        ((list? xs) (length xs))
        ((hash-map? xs) (hash-map-count xs))
        ((string? xs) (string-length xs))
        (else (error :count "not countable"))))

;; ── misc ─────────────────────────────────────────────────────────────────────────────

;; Only nil / the empty list fall back; #f is kept.
(define (unwrap-or v default)
  (if (null? v) default v))

;; Cache keyed by the printed argument list, so any argument shape is accepted.
(define (memoize f)
  (let ((cache (hash-map)))
    (lambda (&rest args)
      (let ((key (pr-str args)))
        (if (hash-map-has? cache key)
            (hash-map-get cache key)
            (let ((result (apply f args)))
              (set! cache (hash-map-set cache key result))
              result))))))

;; ── pattern matching ─────────────────────────────────────────────────────────────────
;; A pattern compiles against an expression naming the value to (test-form bindings),
;; bindings being (name expr) pairs for a let. Patterns: _ ; a symbol (binds) ;
;; number/string/bool/keyword literal (equal?) ; (quote s) ; (? pred [name]) ;
;; a non-empty list of sub-patterns (same length, element-wise).

(define (compile-match-pattern val-sym pattern)
  (cond ((equal? pattern '_) (list #t (list)))
        ((symbol? pattern) (list #t (list (list pattern val-sym))))
        ((or (number? pattern) (string? pattern) (boolean? pattern) (keyword? pattern))
         (list (list 'equal? val-sym pattern) (list)))
        ((and (list? pattern) (= (length pattern) 2) (equal? (car pattern) 'quote))
         (list (list 'equal? val-sym pattern) (list)))
        ((and (list? pattern) (>= (length pattern) 2) (equal? (car pattern) '?))
         (list (list (second pattern) val-sym)
               (if (= (length pattern) 3)
                   (list (list (third pattern) val-sym))
                   (list))))
        ((pair? pattern) (compile-list-pattern val-sym pattern))
        ;; Returned, not raised: the caller's (first compiled) then fails, so an
        ;; unsupported pattern such as () breaks the expansion (spec §4.11).
        (else (error :match "unsupported pattern shape"))))

;; Elements are reached with (nth i val), so nested patterns see nested nth forms.
(define (compile-list-pattern val-sym pattern)
  (let* ((size (length pattern))
         (parts (map (lambda (i p) (compile-match-pattern (list 'nth i val-sym) p))
                     (range size)
                     pattern)))
    (list (cons 'and
                (cons (list 'list? val-sym)
                      (cons (list '= (list 'length val-sym) size)
                            (map first parts))))
          (apply append (map second parts)))))

;; Clauses become nested ifs; an else clause ends the chain; no match yields nil.
(define (compile-match-clauses val-sym clauses)
  (if (null? clauses)
      ()
      (let ((pattern (car (car clauses)))
            (body (cdr (car clauses))))
        (if (equal? pattern 'else)
            (cons 'begin body)
            (let ((compiled (compile-match-pattern val-sym pattern)))
              (list 'if
                    (first compiled)
                    (cons 'let (cons (second compiled) body))
                    (compile-match-clauses val-sym (cdr clauses))))))))

(defmacro match (expr &rest clauses)
  (with-gensyms (m-val)
    `(let ((,m-val ,expr)) ,(compile-match-clauses m-val clauses))))

;; ── while / case ─────────────────────────────────────────────────────────────────────

;; A self-tail-calling thunk; the loop yields nil.
(defmacro while (cond &rest body)
  (with-gensyms (loop)
    `(letrec ((,loop (lambda () (if ,cond (begin ,@body (,loop)) ()))))
       (,loop))))

;; A clause head is else, a list of literals, or one literal; literals are quoted and
;; compared with equal?.
(define (case-build-clause k-sym clause)
  (let ((head (car clause))
        (body (cdr clause)))
    (cons (cond ((equal? head 'else) 'else)
                ((list? head)
                 (cons 'or (map (lambda (lit) (list 'equal? k-sym (list 'quote lit))) head)))
                (else (list 'equal? k-sym (list 'quote head))))
          body)))

(defmacro case (key &rest clauses)
  (with-gensyms (k)
    `(let ((,k ,key))
       ,(cons 'cond (map (lambda (c) (case-build-clause k c)) clauses)))))

;; ── typed definitions ────────────────────────────────────────────────────────────────

(define (defn-typed-args pairs)
  (map car pairs))

;; A type written in spec syntax, e.g. (:list-of :int), is quoted so it is not evaluated
;; as a call; keywords and ordinary expressions are used as they are.
(define (defn-typed-checks pairs)
  (map (lambda (p)
         (let ((ty (second p)))
           (list 'the
                 (if (and (pair? ty) (keyword? (car ty))) (list 'quote ty) ty)
                 (car p))))
       pairs))

;; (defn-typed name ((p T)…) -> R body…): checks every argument on entry and the result
;; on exit with `the`; anything but -> in the arrow slot is refused at expansion.
(defmacro defn-typed (name params arrow ret-ty &rest body)
  (if (equal? arrow '->)
      `(define (,name ,@(defn-typed-args params))
         ,@(defn-typed-checks params)
         (the ,(if (and (pair? ret-ty) (keyword? (car ret-ty))) (list 'quote ret-ty) ret-ty)
              (begin ,@body)))
      (throw (ex-info "defn-typed: expected -> after the parameter list"
                      (list :name name :got arrow)))))
