;; compute: a tick that is mostly computation (like examples/fib-and-lists.lisp) — recursive
;; fib, then building a list and folding it — and reports its results through the host.

(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))

(define squares (map (lambda (x) (* x x)) (range 1 101)))
(define fib-20 (fib 20))
(define sum-of-squares (foldl + 0 squares))
(define even-head (filter even? (take 5 squares)))
(define mean-square (/ sum-of-squares (length squares)))
(define odd-count (count-if odd? squares))
(define largest (reduce max squares))

(vigy-trace "fib_20" fib-20)
(vigy-trace "sum_of_squares" sum-of-squares)
(vigy-trace "even_head" even-head)
(vigy-trace "mean_square" mean-square)
(vigy-metric "fib_20" fib-20)
(vigy-metric "sum_of_squares" sum-of-squares)
(vigy-metric "mean_square" mean-square)
(vigy-metric "odd_squares" odd-count)
(vigy-metric "largest_square" largest)

;; Keep the results and count the runs.
(vigy-set "compute/last" (list fib-20 sum-of-squares even-head))
(vigy-incr "compute/runs")
(if (= (vigy-get "compute/expected_fib" 6765) fib-20)
    (vigy-noop)
    (vigy-defer (string-append "fib 20 drifted to " (string fib-20))))
