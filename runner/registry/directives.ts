/**
 * How a .lisp file states its own registration: `;; @name value` comment lines before the first
 * form. Known directives: `@name NAME`, `@every DURATION`, `@budget DURATION`, `@label k=v`
 * (repeatable) and `@disabled`. Anything else that looks like a directive is an error with its
 * position, so a typo does not silently fall back to a default.
 */
import { durationOption, RegistryError } from "./interval.js";
import { parseLabel } from "./labels.js";

export interface Directives {
  name?: string;
  everyMs?: number;
  budgetMs?: number;
  labels: [string, string][];
  disabled: boolean;
}

const KNOWN = ["name", "every", "budget", "label", "disabled"];

export function readDirectives(source: string, file: string): Directives {
  const d: Directives = { labels: [], disabled: false };
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (!line.startsWith(";")) break; // the first form ends the header
    const m = /^;+\s*@([A-Za-z][\w-]*)(?:\s+(.*?))?\s*$/.exec(line);
    if (m === null) continue; // an ordinary comment
    const [, what, arg = ""] = m;
    const at = `${file}:${i + 1}:${lines[i]!.indexOf("@") + 1}`;
    const fail = (why: string): never => {
      throw new RegistryError(`${at}: ${why}`);
    };
    const needArg = (): string => (arg !== "" ? arg : fail(`@${what} needs a value`));
    try {
      switch (what) {
        case "name":
          d.name = needArg();
          break;
        case "every":
          d.everyMs = durationOption("@every", needArg());
          break;
        case "budget":
          d.budgetMs = durationOption("@budget", needArg());
          break;
        case "label":
          d.labels.push(parseLabel(needArg()));
          break;
        case "disabled":
          if (arg !== "") fail("@disabled takes no value");
          d.disabled = true;
          break;
        default:
          fail(`unknown directive @${what} (expected one of ${KNOWN.map((k) => "@" + k).join(", ")})`);
      }
    } catch (e) {
      if (e instanceof RegistryError && !e.message.startsWith(at)) throw new RegistryError(`${at}: ${e.message}`);
      throw e;
    }
  }
  return d;
}
