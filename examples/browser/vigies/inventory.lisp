;; inventory: keeps a small stock level in kv and reconciles it toward a target.
;; Every tick it restocks when low (a create action with a payload), trims when high (an
;; update), and otherwise does nothing (noop); it reports what it saw as a condition.

(define target 10)
(define stock (vigy-get "stock" 4))
(define tick (vigy-tick-count))

;; Demand varies with the tick: 0, 3, 1, 0, 3, 1, …
(define demand (nth (modulo tick 3) (list 0 3 1)))
(define left (max 0 (- stock demand)))

(cond
  ((< left (/ target 2))
   (vigy-create (hash-map "item" "widget" "qty" (- target left) "tick" tick))
   (vigy-set "stock" target))
  ((> left target)
   (vigy-update (hash-map "item" "widget" "trim" (- left target)))
   (vigy-set "stock" target))
  (else
   (vigy-noop)
   (vigy-set "stock" left)))

(vigy-set "sold" (+ (vigy-get "sold" 0) (- stock left)))
(vigy-condition "Stocked" (if (>= left (/ target 2)) "true" "false") "Level" (string-append "left " (string left)))
(vigy-metric "stock_left" left)
