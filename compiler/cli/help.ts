/** Help texts from the command table: `vigyc --help` and `vigyc help CMD` / `vigyc CMD --help`. */
import { COMMANDS, type CommandSpec, type OptionSpec } from "./commands.js";

/** Wrap text to `width` columns, each line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line !== "" && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === "" ? w : `${line} ${w}`;
  }
  if (line !== "") lines.push(line);
  return lines.join(`\n${indent}`);
}

export function overview(version: string): string {
  const section = (group: CommandSpec["group"]): string =>
    COMMANDS.filter((c) => c.group === group)
      .map((c) => `  ${c.name.padEnd(10)} ${c.summary}`)
      .join("\n");
  return `vigyc ${version}: compile and run tatara-lisp vigies

usage: vigyc <command> [options]

compiler:
${section("compiler")}

runner (store: --store FILE, else $VIGY_DB, else a file under your data directory):
${section("runner")}

  help CMD   a command's options and exit statuses (also: vigyc CMD --help)

options: -h, --help   this help
         --version    print the version

Run 'vigyc help <command>' for a command's options. Exit statuses: 0 success, 1 the input has
errors (or something it asks for is not there), 2 bad command line or input, 70 a bug in vigyc.
Docs: docs/cli.md, docs/diagnostics.md, docs/runner.md.
`;
}

function optionLine(o: OptionSpec): string {
  const names = `${o.short !== undefined ? `-${o.short}, ` : "    "}--${o.name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`;
  const extra = o.default !== undefined && o.type === "string" ? ` (default ${o.default})` : "";
  const head = `  ${names.padEnd(28)} `;
  return head.length > 31 ? `  ${names}\n${" ".repeat(31)}${wrap(o.help + extra, 68, " ".repeat(31))}` : `${head}${wrap(o.help + extra, 68, " ".repeat(31))}`;
}

export function commandHelp(c: CommandSpec): string {
  const options = [...c.options.map(optionLine), optionLine({ name: "help", short: "h", type: "boolean", help: "show this help" })].join("\n");
  const examples = c.examples === undefined ? "" : `\nexamples:\n${c.examples.map((e) => `  ${e}`).join("\n")}\n`;
  return `vigyc ${c.name}: ${c.summary}

usage: vigyc ${c.name} ${wrap(c.usage, 86, " ".repeat(13 + c.name.length))}

${wrap(c.description, 96, "")}

options:
${options}
${examples}
exit status: ${wrap(c.exit, 84, "             ")}
`;
}
