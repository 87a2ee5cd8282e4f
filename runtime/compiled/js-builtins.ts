/**
 * The JS built-ins emitted code needs, reached through the runtime. A compiled module's locals
 * are Lisp names (`(define (Array n) …)` munges to `Array`), so emitted code never names a JS
 * global itself: a Lisp binding could shadow it.
 */
/** An array of `n` holes, filled in order by a `map` loop. */
export const newArray = (n: number): unknown[] => new Array(n);

/** Deeply nested constant data (source forms, embedded IR), written as JSON text. */
export const fromJson = (text: string): unknown => JSON.parse(text);
