/**
 * Names people bring from other Lisps that tatara-lisp spells differently (or lacks), and what
 * to write instead: the suggestion an unbound-symbol warning gives for them.
 */
export const OTHER_LISPS: Readonly<Record<string, string>> = {
  "number->string": "tatara-lisp has no number->string: (string n) gives a number's text",
  "string->number": "tatara-lisp has no string->number: (read-string s) reads a number from text",
  str: "tatara-lisp has no str: use (string-append …), with (string x) for non-strings",
  format: "tatara-lisp has no format: build the text with (string-append …) and (string x)",
  nil: "nil is not a literal in tatara-lisp: write '() for the empty list (or leave the argument out)",
  null: "write '() for the empty list, or (null? x) to test for it",
  "list-ref": "tatara-lisp's nth takes the index first: (nth i xs)",
  fn: "tatara-lisp writes functions as (lambda (params…) body…)",
  defn: "define a function with (define (name params…) body…)",
  do: "evaluate forms in order with (begin …)",
  progn: "evaluate forms in order with (begin …)",
  "string-split": "tatara-lisp has no string-split: (map string (read-all line)) splits on whitespace",
  "string-join": "tatara-lisp has no string-join: (apply string-append (intersperse sep parts))",
  "hash-ref": "read a map with (get m key) or (hash-map-get-or m key default)",
  "hash-set!": "maps are persistent: (hash-map-set m key value) returns the new map",
  "make-hash-table": "make a map with (hash-map) or (hash-map k v …)",
  printf: "print with (println …) or (display …)",
  "else": "else only means something as the test of a cond clause",
};
