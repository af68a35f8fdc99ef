import { parseArgs } from 'node:util';
import { COMMANDS, type CommandName, type CommandSpec, commandOptions, isCommandName } from './command-table.js';
import { OPTIONS, type OptionName, type OptionSpec } from './option-table.js';
import {
  type Archive,
  type Ordering,
  parseArchive,
  parseBaseUrl,
  parseFileArgument,
  parseFromDate,
  parseGroupIdArgument,
  parseLimit,
  parseNth,
  parseOrder,
  parseUploadUrl,
} from './option-values.js';
import { UsageError } from './usage-error.js';

/** What the command line asks for, fully checked: nothing here is sent unchecked. */
export type Invocation =
  | { command: 'help'; topic?: CommandName }
  | {
      command: 'list';
      baseUrl?: string;
      limit?: number;
      from?: string;
      /** Sent only when given: the service's default ordering applies otherwise. */
      ordering?: Ordering;
      all: boolean;
      json: boolean;
    }
  | { command: 'info'; baseUrl?: string; id: string; json: boolean }
  | { command: 'store'; baseUrl?: string; id: string; json: boolean }
  | { command: 'delete'; baseUrl?: string; id: string; yes: boolean }
  | { command: 'create'; baseUrl?: string; uploadUrl?: string; files: string[]; json: boolean }
  | { command: 'url'; id: string; nth?: number; archive?: Archive };

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
  const spec: CommandSpec = COMMANDS[command];
  const values = readOptions(command, argv);
  if (values.flags.has('help')) return { command: 'help', topic: command };
  for (const [a, b] of spec.exclusive ?? []) {
    if (values.given.has(a) && values.given.has(b)) {
      throw new UsageError(`--${a} and --${b} cannot be used together`, command);
    }
  }

  /** `value` through `parse`; its complaint becomes this command's usage error. */
  const checked = <T>(parse: (value: string) => T, value: string): T => {
    try {
      return parse(value);
    } catch (error) {
      throw new UsageError((error as Error).message, command);
    }
  };
  /** The option's value through `parse`, or nothing when it was not given. */
  const option = <K extends string, T>(name: OptionName, key: K, parse: (value: string) => T): { [P in K]?: T } => {
    const value = values.strings.get(name);
    return value === undefined ? {} : ({ [key]: checked(parse, value) } as { [P in K]: T });
  };
  const flag = (name: OptionName) => values.flags.has(name);
  const baseUrl = option('base-url', 'baseUrl', parseBaseUrl);

  if (command === 'create') {
    if (values.positionals.length === 0) throw new UsageError(`missing ${spec.argument}`, command);
    return {
      command,
      ...baseUrl,
      ...option('upload-url', 'uploadUrl', parseUploadUrl),
      files: values.positionals.map((value) => checked(parseFileArgument, value)),
      json: flag('json'),
    };
  }

  const [idArgument, extra] = values.positionals;
  const unexpected = spec.argument === undefined ? idArgument : extra;
  if (unexpected !== undefined) throw new UsageError(`unexpected argument '${unexpected}'`, command);

  if (command === 'list') {
    return {
      command,
      ...baseUrl,
      ...option('limit', 'limit', parseLimit),
      ...option('from', 'from', parseFromDate),
      ...option('order', 'ordering', parseOrder),
      all: flag('all'),
      json: flag('json'),
    };
  }

  if (idArgument === undefined) throw new UsageError(`missing ${spec.argument}`, command);
  const id = checked(parseGroupIdArgument, idArgument);

  switch (command) {
    case 'info':
    case 'store':
      return { command, ...baseUrl, id, json: flag('json') };
    case 'delete':
      return { command, ...baseUrl, id, yes: flag('yes') };
    case 'url':
      return { command, id, ...option('nth', 'nth', parseNth), ...option('archive', 'archive', parseArchive) };
  }
}

interface OptionValues {
  flags: Set<string>;
  strings: Map<string, string>;
  /** Every option given, flag or not. */
  given: Set<string>;
  positionals: string[];
}

/**
 * Runs node's parseArgs leniently, with the options of the command's table entry, and then
 * judges every token itself, so each mistake gets a short message of our own instead of
 * node's multi-line one.
 */
function readOptions(command: CommandName, argv: readonly string[]): OptionValues {
  const names = commandOptions(command);
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  const shortNames = new Set<string>();
  for (const name of names) {
    const spec: OptionSpec = OPTIONS[name];
    options[name] = { type: spec.value === undefined ? 'boolean' : 'string', ...(spec.short && { short: spec.short }) };
    if (spec.short) shortNames.add(`-${spec.short}`);
  }
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const result: OptionValues = { flags: new Set(), strings: new Map(), given: new Set(), positionals: [] };
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
      result.given.add(token.name);
      continue;
    }
    // parseArgs hands `--limit --json` the next option as the value: that is a missing value.
    // A value that merely starts with '-' (`-1`, `-datetime_created`) is a value, judged by its parser.
    const swallowedOption =
      token.inlineValue === false && (token.value?.startsWith('--') === true || shortNames.has(token.value ?? ''));
    if (token.value === undefined || swallowedOption) {
      throw new UsageError(`option '${token.rawName}' needs a value`, command);
    }
    if (result.given.has(token.name)) throw new UsageError(`option '${token.rawName}' given twice`, command);
    result.given.add(token.name);
    result.strings.set(token.name, token.value);
  }
  return result;
}
