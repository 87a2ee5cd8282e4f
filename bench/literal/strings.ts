/**
 * bench/programs/strings.lisp translated step by step into TypeScript, form by form: lines read
 * into fields (numbers as numbers) and turned back into strings, entries as maps, join as
 * intersperse then concatenation, render called again wherever the Lisp calls it — so it
 * measures what the program's own steps cost in JS. Keywords are the ":name" strings they are in JSON.
 */
import type { VigyHost } from "../../runtime/vigy/host.js";
import { reportDigest } from "../hand/strings.js";

type Field = string | number;
type Entry = Map<string, Field | string[]>;

/** The prelude's frequencies: a fold that updates a count per element. */
function frequencies<T>(xs: readonly T[]): Map<T, number> {
  return xs.reduce((acc, x) => {
    const n = acc.get(x);
    return acc.set(x, n === undefined ? 1 : n + 1);
  }, new Map<T, number>());
}

/** The prelude's intersperse. */
function intersperse<T>(sep: T, xs: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) out.push(sep);
    out.push(xs[i]!);
  }
  return out;
}

/** The prelude's max-by: a fold that calls f on both sides of every comparison. */
function maxBy<T>(f: (x: T) => number, xs: readonly T[]): T {
  return xs.reduce((best, x) => (f(x) > f(best) ? x : best));
}

/** (read-all line): the whitespace-separated fields, numbers as numbers. */
function readAll(line: string): Field[] {
  return line.split(" ").map((f) => {
    const n = Number(f);
    return Number.isNaN(n) ? f : n;
  });
}

/** (compare a b) on strings. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export default function tick(host: VigyHost): void {
  const lines = (host.kv.get("logs/lines") ?? []) as string[];

  const split = (line: string): string[] => readAll(line).map(String);
  const join = (sep: string, parts: readonly string[]): string => intersperse(sep, parts).join("");
  const upper = new Map([
    ["debug", "DEBUG"],
    ["info", "INFO"],
    ["warn", "WARN"],
    ["error", "ERROR"],
  ]);

  const parse = (line: string): Entry => {
    const fields = readAll(line);
    return new Map<string, Field | string[]>([
      [":time", String(fields[0])],
      [":level", String(fields[1])],
      [":service", String(fields[2])],
      [":method", String(fields[3])],
      [":path", String(fields[4])],
      [":status", fields[5]!],
      [":ms", fields[6]!],
      [":note", fields.slice(7).map(String)],
    ]);
  };

  const render = (e: Entry): string =>
    "[" +
    upper.get(e.get(":level") as string)! +
    "] " +
    (e.get(":time") as string) +
    " " +
    (e.get(":service") as string) +
    " " +
    (e.get(":method") as string) +
    " " +
    (e.get(":path") as string) +
    " -> " +
    String(e.get(":status")) +
    " in " +
    String(e.get(":ms")) +
    "ms" +
    ((e.get(":note") as string[]).length === 0 ? "" : " (" + join(" ", e.get(":note") as string[]) + ")");

  const entries = lines.map(parse);
  const rendered = entries.map(render);

  const route = (e: Entry): string => (e.get(":method") as string) + " " + (e.get(":path") as string);
  const mentions = (word: string, e: Entry): boolean => (e.get(":note") as string[]).includes(word);

  const failing = entries.filter((e) => (e.get(":status") as number) >= 500);
  const slow = entries.filter((e) => (e.get(":ms") as number) > 500);
  const timeouts = entries.filter((e) => mentions("timeout", e));
  const perService = frequencies(entries.map((e) => e.get(":service") as string));
  const perLevel = frequencies(entries.map((e) => ":" + (e.get(":level") as string)));
  const perRoute = frequencies(entries.map(route));
  const services = [...perService.keys()].sort(compare);
  const slowest = maxBy((e) => e.get(":ms") as number, entries);
  const errorRate = (100 * failing.length) / Math.max(1, entries.length);

  const serviceSummary = join(
    ", ",
    services.map((s) => s + "=" + String(perService.get(s))),
  );

  const digest =
    String(entries.length) +
    " requests, " +
    String(failing.length) +
    " failed (" +
    String(errorRate) +
    "%), " +
    String(slow.length) +
    " slow, " +
    String(timeouts.length) +
    " timeouts; slowest: " +
    render(slowest) +
    "; per service: " +
    serviceSummary;

  failing.forEach((e) => {
    host.log.push({ level: "warn", message: render(e) });
  });
  reportDigest(host, {
    digest,
    failed: failing.slice(0, 5).map(render),
    timeouts: timeouts.map(route),
    perService,
    perLevel,
    routes: perRoute.size,
    requests: entries.length,
    errorRate,
    slow: slow.length,
    services,
    firstLineFields: split(lines[0]!),
    rendered,
  });
}
