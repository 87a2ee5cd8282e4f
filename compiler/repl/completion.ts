/**
 * Tab completion in the REPL: a `:command` at the start of a line, else the symbol being typed
 * at the end of the line, completed from the known names (the docs table and this session's
 * definitions). Returns readline's pair: the candidates and the text they replace.
 */
export const REPL_COMMANDS = [":engine", ":load", ":tick", ":kv", ":doc", ":reset", ":help", ":quit"] as const;

/** The symbol being typed at the end of a line (what completion completes). */
const lastWord = (line: string): string => /[^\s()'`,"]*$/.exec(line)![0];

export function complete(line: string, names: readonly string[]): [string[], string] {
  if (/^\s*:\w*$/.test(line)) {
    const typed = line.trim();
    return [REPL_COMMANDS.filter((c) => c.startsWith(typed)), typed];
  }
  // `:doc NAME` completes NAME like a symbol.
  const w = lastWord(line);
  return [names.filter((n) => n.startsWith(w)), w];
}
