;; A compute-heavy program: recursive fib, then building and folding a list.
;; Run it with: npx vigyc eval examples/fib-and-lists.lisp
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define squares (map (lambda (x) (* x x)) (range 1 101)))
(list (fib 20) (foldl + 0 squares) (filter even? (take 5 squares)))
