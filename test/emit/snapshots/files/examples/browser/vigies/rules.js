import * as $i from "vigy-js/runtime/compiled/interpreted";
import * as $h from "vigy-js/runtime/compiled/reflect";
const $i_interpreted = $i.interpreted;
const $h_frontEnd = $h.frontEnd;
export default /* @__PURE__ */ $i_interpreted({
  "ir": "vigy-ir/1",
  "file": "examples/browser/vigies/rules.lisp",
  "forms": [{
    "t": "defmacro",
    "name": "unless-zero",
    "params": ["x", "body"],
    "rest": null,
    "body": {
      "k": "list",
      "items": [{
        "k": "sym",
        "name": "list",
        "s": [5, 33, 308, 312]
      }, {
        "k": "quote",
        "form": {
          "k": "sym",
          "name": "if",
          "s": [5, 39, 314, 316]
        },
        "s": [5, 38, 313, 316]
      }, {
        "k": "list",
        "items": [{
          "k": "sym",
          "name": "list",
          "s": [5, 43, 318, 322]
        }, {
          "k": "quote",
          "form": {
            "k": "sym",
            "name": "=",
            "s": [5, 49, 324, 325]
          },
          "s": [5, 48, 323, 325]
        }, {
          "k": "sym",
          "name": "x",
          "s": [5, 51, 326, 327]
        }, {
          "k": "int",
          "v": 0,
          "s": [5, 53, 328, 329]
        }],
        "s": [5, 42, 317, 330]
      }, {
        "k": "str",
        "v": "zero",
        "s": [5, 56, 331, 337]
      }, {
        "k": "sym",
        "name": "body",
        "s": [5, 63, 338, 342]
      }],
      "s": [5, 32, 307, 343]
    },
    "s": [5, 1, 276, 344]
  }, {
    "t": "defg",
    "name": "rule",
    "value": {
      "t": "call",
      "fn": {
        "t": "global",
        "name": "vigy-get",
        "s": [7, 15, 360, 368]
      },
      "args": [{
        "t": "lit",
        "v": "rule",
        "s": [7, 24, 369, 375]
      }, {
        "t": "lit",
        "v": "(* 2 (vigy-tick-count))",
        "s": [7, 31, 376, 401]
      }],
      "tail": false,
      "s": [7, 14, 359, 402]
    },
    "s": [7, 1, 346, 403]
  }, {
    "t": "defg",
    "name": "value",
    "value": {
      "t": "eval",
      "arg": {
        "t": "call",
        "fn": {
          "t": "global",
          "name": "read-string",
          "s": [8, 22, 425, 436]
        },
        "args": [{
          "t": "global",
          "name": "rule",
          "s": [8, 34, 437, 441]
        }],
        "tail": false,
        "s": [8, 21, 424, 442]
      },
      "s": [8, 15, 418, 443]
    },
    "s": [8, 1, 404, 444]
  }, {
    "t": "call",
    "fn": {
      "t": "global",
      "name": "vigy-set",
      "s": [9, 2, 446, 454]
    },
    "args": [{
      "t": "lit",
      "v": "rule",
      "s": [9, 11, 455, 461]
    }, {
      "t": "global",
      "name": "rule",
      "s": [9, 18, 462, 466]
    }],
    "tail": false,
    "s": [9, 1, 445, 467]
  }, {
    "t": "call",
    "fn": {
      "t": "global",
      "name": "vigy-set",
      "s": [10, 2, 469, 477]
    },
    "args": [{
      "t": "lit",
      "v": "value",
      "s": [10, 11, 478, 485]
    }, {
      "t": "global",
      "name": "value",
      "s": [10, 19, 486, 491]
    }],
    "tail": false,
    "s": [10, 1, 468, 492]
  }, {
    "t": "call",
    "fn": {
      "t": "global",
      "name": "vigy-set",
      "s": [11, 2, 494, 502]
    },
    "args": [{
      "t": "lit",
      "v": "parity",
      "s": [11, 11, 503, 511]
    }, {
      "t": "eval",
      "arg": {
        "t": "lit",
        "v": [{
          "sym": "unless-zero"
        }, [{
          "sym": "modulo"
        }, {
          "sym": "value"
        }, 4], "not a multiple of 4"],
        "s": [11, 26, 518, 571]
      },
      "s": [11, 20, 512, 572]
    }],
    "tail": false,
    "s": [11, 1, 493, 573]
  }, {
    "t": "call",
    "fn": {
      "t": "global",
      "name": "vigy-log",
      "s": [12, 2, 575, 583]
    },
    "args": [{
      "t": "lit",
      "v": "info",
      "s": [12, 11, 584, 590]
    }, {
      "t": "call",
      "fn": {
        "t": "global",
        "name": "string-append",
        "s": [12, 19, 592, 605]
      },
      "args": [{
        "t": "lit",
        "v": "rule gave ",
        "s": [12, 33, 606, 618]
      }, {
        "t": "call",
        "fn": {
          "t": "global",
          "name": "string",
          "s": [12, 47, 620, 626]
        },
        "args": [{
          "t": "global",
          "name": "value",
          "s": [12, 54, 627, 632]
        }],
        "tail": false,
        "s": [12, 46, 619, 633]
      }],
      "tail": false,
      "s": [12, 18, 591, 634]
    }],
    "tail": false,
    "s": [12, 1, 574, 635]
  }, {
    "t": "call",
    "fn": {
      "t": "global",
      "name": "vigy-trace",
      "s": [13, 2, 637, 647]
    },
    "args": [{
      "t": "lit",
      "v": "expansion",
      "s": [13, 13, 648, 659]
    }, {
      "t": "call",
      "fn": {
        "t": "global",
        "name": "pr-str",
        "s": [13, 26, 661, 667]
      },
      "args": [{
        "t": "macroexpand",
        "arg": {
          "t": "lit",
          "v": [{
            "sym": "unless-zero"
          }, {
            "sym": "n"
          }, "x"],
          "s": [13, 46, 681, 701]
        },
        "once": false,
        "s": [13, 33, 668, 702]
      }],
      "tail": false,
      "s": [13, 25, 660, 703]
    }],
    "tail": false,
    "s": [13, 1, 636, 704]
  }, {
    "t": "call",
    "fn": {
      "t": "global",
      "name": "vigy-emit",
      "s": [14, 2, 706, 715]
    },
    "args": [{
      "t": "lit",
      "v": "noop",
      "s": [14, 12, 716, 722]
    }],
    "tail": false,
    "s": [14, 1, 705, 723]
  }]
}, $h_frontEnd);
//# sourceMappingURL=rules.js.map
