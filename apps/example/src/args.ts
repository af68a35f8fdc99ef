import { parseArgs } from 'node:util';
import {
  type Archive,
  type Order,
  parseArchive,
  parseBaseUrl,
  parseFromDate,
  parseGroupIdArgument,
  parseLimit,
  parseNth,
  parseOrder,
} from './option-values.js';
import { type CommandName, isCommandName } from './usage.js';
import { UsageError } from './usage-error.js';

/** What the command line asks for, fully checked: nothing here is sent unchecked. */
export type Invocation =
  | { command: 'help'; topic?: CommandName }
  | {
      command: 'list';
      baseUrl?: string;
      limit?: number;
      from?: string;
      order: Order;
      all: boolean;
      json: boolean;
    }
  | { command: 'info'; baseUrl?: string; id: string; json: boolean }
  | { command: 'store'; baseUrl?: string; id: string; json: boolean }
  | { command: 'delete'; baseUrl?: string; id: string; yes: boolean }
  | { command: 'url'; id: string; nth?: number; archive?: Archive };

type OptionSpec = { type: 'string' | 'boolean'; short?: string };

const help: Record<string, OptionSpec> = { help: { type: 'boolean', short: 'h' } };
const baseUrl: Record<string, OptionSpec> = { 'base-url': { type: 'string' } };
const json: Record<string, OptionSpec> = { json: { type: 'boolean' } };

const optionsByCommand: Record<CommandName, Record<string, OptionSpec>> = {
  list: {
    ...help,
    ...baseUrl,
    ...json,
    limit: { type: 'string' },
    from: { type: 'string' },
    order: { type: 'string' },
    all: { type: 'boolean' },
  },
  info: { ...help, ...baseUrl, ...json },
  store: { ...help, ...baseUrl, ...json },
  delete: { ...help, ...baseUrl, yes: { type: 'boolean', short: 'y' } },
  url: { ...help, nth: { type: 'string' }, archive: { type: 'string' } },
};

/**
 * Parses `ucgroups` arguments (without the node and script paths).
 * @throws {UsageError} for an unknown command or option, a missing or extra argument, or a bad value.
 */
export function parseCommandLine(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '-h' || first === '--help') return { command: 'help' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { command: 'help' };
    if (!isCommandName(topic)) throw new UsageError(`unknown command '${topic}'`);
    return { command: 'help', topic };
  }
  if (first.startsWith('-')) throw new UsageError(`expected a command before '${first}'`);
  if (!isCommandName(first)) throw new UsageError(`unknown command '${first}'`);
  return parseCommand(first, rest);
}

function parseCommand(command: CommandName, argv: readonly string[]): Invocation {
  const options = optionsByCommand[command];
  const values = readOptions(command, argv, options);
  if (values.flags.has('help')) return { command: 'help', topic: command };

  const checked = <T>(parse: (value: string) => T, value: string): T => {
    try {
      return parse(value);
    } catch (error) {
      throw new UsageError((error as Error).message, command);
    }
  };
  const string = (name: string) => values.strings.get(name);
  const base = string('base-url');
  const baseUrlField = base === undefined ? {} : { baseUrl: checked(parseBaseUrl, base) };

  if (command === 'list') {
    if (values.positionals.length > 0) {
      throw new UsageError(`unexpected argument '${values.positionals[0]}'`, command);
    }
    const limit = string('limit');
    const from = string('from');
    const order = string('order');
    return {
      command,
      ...baseUrlField,
      ...(limit === undefined ? {} : { limit: checked(parseLimit, limit) }),
      ...(from === undefined ? {} : { from: checked(parseFromDate, from) }),
      order: order === undefined ? 'asc' : checked(parseOrder, order),
      all: values.flags.has('all'),
      json: values.flags.has('json'),
    };
  }

  const [idArgument, extra] = values.positionals;
  if (idArgument === undefined) throw new UsageError('missing <group-id>', command);
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`, command);
  const id = checked(parseGroupIdArgument, idArgument);

  switch (command) {
    case 'info':
    case 'store':
      return { command, ...baseUrlField, id, json: values.flags.has('json') };
    case 'delete':
      return { command, ...baseUrlField, id, yes: values.flags.has('yes') };
    case 'url': {
      const nth = string('nth');
      const archive = string('archive');
      if (nth !== undefined && archive !== undefined) {
        throw new UsageError('--nth and --archive cannot be used together', command);
      }
      return {
        command,
        id,
        ...(nth === undefined ? {} : { nth: checked(parseNth, nth) }),
        ...(archive === undefined ? {} : { archive: checked(parseArchive, archive) }),
      };
    }
  }
}

interface OptionValues {
  flags: Set<string>;
  strings: Map<string, string>;
  positionals: string[];
}

/**
 * Runs node's parseArgs leniently and then judges every token itself, so each mistake
 * gets a short message of our own instead of node's multi-line one.
 */
function readOptions(command: CommandName, argv: readonly string[], options: Record<string, OptionSpec>): OptionValues {
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const result: OptionValues = { flags: new Set(), strings: new Map(), positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      result.positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (spec === undefined) throw new UsageError(`unknown option '${token.rawName}'`, command);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`option '${token.rawName}' takes no value`, command);
      result.flags.add(token.name);
    } else {
      // parseArgs hands `--limit --json` the next option as the value; that is a missing value.
      const swallowedOption = token.inlineValue === false && token.value?.startsWith('-') === true;
      if (token.value === undefined || swallowedOption) {
        throw new UsageError(`option '${token.rawName}' needs a value`, command);
      }
      if (result.strings.has(token.name)) throw new UsageError(`option '${token.rawName}' given twice`, command);
      result.strings.set(token.name, token.value);
    }
  }
  return result;
}
