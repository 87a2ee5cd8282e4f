/** Every program the test tables hold (corpus, language, stdlib), for tests about emitted code. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LANGUAGE_CASES } from "../language-cases.js";
import { PRELUDE_CASES } from "../prelude-cases.js";

const corpusPath = fileURLToPath(new URL("../../../shared/conformance/tatara-cases.json", import.meta.url));

export function samplePrograms(): { name: string; src: string }[] {
  const corpus: { id: string; src: string }[] = existsSync(corpusPath) ? JSON.parse(readFileSync(corpusPath, "utf8")).cases : [];
  return [
    ...corpus.map((c) => ({ name: c.id, src: c.src })),
    ...LANGUAGE_CASES.map((c) => ({ name: `${c.group}: ${c.name}`, src: c.src })),
    ...PRELUDE_CASES.map((c) => ({ name: c.name, src: c.src })),
  ];
}
