import { COMMANDS, type CommandName, type CommandSpec, commandNames, commandOptions } from './command-table.js';
import { OPTIONS, type OptionName, type OptionSpec, optionLabel, optionUsage } from './option-table.js';

/**
 * The help texts, built from the command and option tables: a command's usage line and its
 * option list name exactly the options its parser accepts.
 */

const environment = `Environment:
  UPLOADCARE_PUBLIC_KEY, UPLOADCARE_SECRET_KEY  the project's keys (signed requests; create needs
                                                the public key only)
  UPLOADCARE_API_URL                            API root, overridden by --base-url
  UPLOADCARE_UPLOAD_URL                         Upload API root (create), overridden by --upload-url
  With no keys and no API root, ucgroups starts the bundled mock server and uses its
  demo data, fresh for each run (it says so on stderr).`;

const exitCodes =
  'Exit codes: 0 success, 1 API or network error, 2 usage error, 129/130/143 stopped by SIGHUP/SIGINT/SIGTERM.';

/** The command's usage: argument, then its options; exclusive ones as `[--a A | --b B]`. */
function usageSynopsis(command: CommandName): string {
  const spec: CommandSpec = COMMANDS[command];
  const parts: string[] = [`ucgroups ${command}`];
  if (spec.argument) parts.push(spec.argument);
  const done = new Set<OptionName>();
  for (const name of spec.options) {
    if (done.has(name)) continue;
    const pair = spec.exclusive?.find((names) => names.includes(name));
    const names = pair ?? [name];
    for (const each of names) done.add(each);
    parts.push(`[${names.map(optionUsage).join(' | ')}]`);
  }
  return parts.join(' ');
}

/** The widest option label of all commands, so every help aligns the same way. */
const labelWidth = Math.max(...(Object.keys(OPTIONS) as OptionName[]).map((name) => optionLabel(name).length)) + 2;

function optionLines(command: CommandName): string {
  const spec: CommandSpec = COMMANDS[command];
  return commandOptions(command)
    .flatMap((name) => {
      const help = spec.optionHelp?.[name] ?? (OPTIONS[name] as OptionSpec).help;
      return help.map((line, index) => `  ${(index === 0 ? optionLabel(name) : '').padEnd(labelWidth)} ${line}`);
    })
    .join('\n');
}

/** The one-line usage of a command, as shown after a usage error. */
export function usageLine(command: CommandName): string {
  return `Usage: ${usageSynopsis(command)}`;
}

/** The full help of a command (`ucgroups <command> --help`). */
export function commandHelp(command: CommandName): string {
  const spec: CommandSpec = COMMANDS[command];
  const sections = [usageLine(command), spec.about.join('\n'), `Options:\n${optionLines(command)}`];
  // Only commands that call the API read the keys and the API root.
  if (spec.operation !== undefined) sections.push(environment);
  sections.push(exitCodes);
  return `${sections.join('\n\n')}\n`;
}

/** The help shown by `ucgroups --help`. */
export function generalHelp(): string {
  return `Usage: ucgroups <command> [options]

Create, list, inspect, store and delete Uploadcare file groups.

Commands:
${commandNames.map((name) => `  ${usageSynopsis(name)}`).join('\n')}

Run 'ucgroups <command> --help' for a command's options.

${environment}

${exitCodes}
`;
}

/** The short usage shown after an error that names no command. */
export function generalUsage(): string {
  return `Usage: ucgroups <${commandNames.join('|')}> [options]  (ucgroups --help for more)`;
}
