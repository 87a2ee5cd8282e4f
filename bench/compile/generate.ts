/**
 * Generated tatara-lisp programs of a given size for the compile-speed benchmark: blocks of
 * ordinary vigy code (functions over maps and lists, let/let*, cond, when, lambdas passed to
 * map/filter/foldl, string building, recursion, try/catch, intrinsics), each block's names
 * numbered so that every block defines new globals and calls the previous block's, while the
 * parameters and locals (x, item, acc…) repeat in every block, as in real programs.
 */
const block = (k: number): string => {
  const p = k === 0 ? "" : `-${k - 1}`;
  const prev = k === 0 ? "(lambda (x) x)" : `normalize${p}`;
  return `;; block ${k}
(define limit-${k} ${k % 97})
(define (normalize-${k} item)
  (let* ((name (get item "name"))
         (count (hash-map-get-or item "count" 0))
         (label (string-append "item-" (string name) "/" (string count))))
    (hash-map "name" name "count" (+ count limit-${k}) "label" label)))
(define (score-${k} items)
  (foldl (lambda (acc item) (+ acc (get item "count"))) 0 (map normalize-${k} items)))
(define (classify-${k} n)
  (cond ((< n 0) :negative)
        ((= n 0) :zero)
        ((< n limit-${k}) :small)
        (else :large)))
(define (walk-${k} xs acc)
  (if (empty? xs)
      (reverse acc)
      (walk-${k} (cdr xs) (cons (classify-${k} (car xs)) acc))))
(define (safe-div-${k} a b)
  (try (/ a b)
       (catch (e) (begin (vigy-log :warn (string-append "division failed: " (error-message e))) 0))))
(define (report-${k} items)
  (let ((total (score-${k} items))
        (kinds (walk-${k} (map (lambda (x) (- (get x "count") limit-${k})) items) (list))))
    (when (> total 100)
      (vigy-metric "total-${k}" total))
    (vigy-set "report-${k}" (hash-map "total" total "kinds" kinds "ratio" (safe-div-${k} total (+ 1 (length items)))))
    (filter (lambda (kind) (not (equal? kind :zero))) kinds)))
(define (chain-${k} item) (${prev} (normalize-${k} item)))
`;
};

/** A program of about `lines` lines (whole blocks), ending with a call of the last block. */
export function generateProgram(lines: number): string {
  const per = block(0).split("\n").length - 1;
  const n = Math.max(1, Math.round(lines / per));
  const parts: string[] = [];
  for (let k = 0; k < n; k++) parts.push(block(k));
  parts.push(`(report-${n - 1} (list (hash-map "name" "a" "count" 3) (hash-map "name" "b" "count" 40)))\n`);
  return parts.join("");
}
