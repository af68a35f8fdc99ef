import { LIMIT, OPERATIONS, ORDERING } from '@uploadcare-groups/client/spec';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/args.js';
import { COMMANDS, type CommandName, type CommandSpec, commandNames, commandOptions } from '../src/command-table.js';
import { OPTIONS, type OptionName } from '../src/option-table.js';
import { commandHelp, usageLine } from '../src/usage.js';
import { UsageError } from '../src/usage-error.js';

const id = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

/** The long option names the help's "Options:" section lists. */
function listedOptions(help: string): string[] {
  const section = help.split('\n\nOptions:\n')[1]?.split('\n\n')[0] ?? '';
  return [...section.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)].map((match) => match[1] as string);
}

/** A command line for `command` with `option` given (a value where it takes one). */
function withOption(command: CommandName, option: OptionName): string[] {
  const spec: CommandSpec = COMMANDS[command];
  const value = OPTIONS[option]?.value === undefined ? [] : ['x'];
  return [command, ...(spec.argument ? [id] : []), `--${option}`, ...value];
}

function usageErrorOf(argv: string[]): string | undefined {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return undefined;
}

describe.each(commandNames)('ucgroups %s --help', (command) => {
  const help = commandHelp(command);

  it('lists exactly the options the command takes', () => {
    expect(listedOptions(help)).toEqual(commandOptions(command));
  });

  it('and the parser takes each of them and refuses every other', () => {
    for (const option of Object.keys(OPTIONS) as OptionName[]) {
      const message = usageErrorOf(withOption(command, option));
      if (commandOptions(command).includes(option)) expect(message ?? '').not.toContain('unknown option');
      else expect(message).toBe(`unknown option '--${option}'`);
    }
  });

  it('has a usage line naming each option but --help', () => {
    const line = usageLine(command);
    for (const option of COMMANDS[command].options) expect(line).toContain(`--${option}`);
    expect(line).not.toContain('--help');
  });

  it('says so when the spec marks its operation deprecated', () => {
    const spec: CommandSpec = COMMANDS[command];
    const deprecated = spec.operation !== undefined && OPERATIONS[spec.operation].deprecated;
    expect(help.includes('Deprecated')).toBe(deprecated);
  });
});

describe('the values the help shows come from the spec', () => {
  const help = commandHelp('list');

  it('the bounds and default of --limit', () => {
    expect(help).toContain(`${LIMIT.minimum} to ${LIMIT.maximum} (default ${LIMIT.default}`);
  });

  it.each(ORDERING.enum)('the ordering %s', (ordering) => {
    expect(help).toMatch(new RegExp(`[ ,]${ordering.replace(/[-]/g, '\\-')}[ ,;)\\n]`));
  });
});
