import { parseArgs } from 'node:util';
import { COMMANDS, type CommandName, type CommandSpec, commandOptions, isCommandName } from './command-table.js';
import { OPTIONS, type OptionName, type OptionSpec } from './option-table.js';
import {
  type Archive,
  parseArchive,
  parseBaseUrl,
  parseFileArgument,
  parseGroupIdArgument,
  parseNth,
  parseUploadUrl,
} from './option-values.js';
import { LIST_QUERY_OPTIONS } from './query-options.js';
import { UsageError } from './usage-error.js';

/** What the command line asks for, fully checked: nothing here is sent unchecked. */
export type Invocation =
  | { command: 'help'; topic?: CommandName }
  | ({
      command: 'list';
      baseUrl?: string;
      all: boolean;
      json: boolean;
    } & ListQueryValues)
  | { command: 'info'; baseUrl?: string; id: string; json: boolean }
  | { command: 'store'; baseUrl?: string; id: string; json: boolean }
  | { command: 'delete'; baseUrl?: string; id: string; yes: boolean }
  | { command: 'create'; baseUrl?: string; uploadUrl?: string; files: string[]; json: boolean }
  | { command: 'url'; id: string; nth?: number; archive?: Archive };

/**
 * The list's query parameters given on the command line, checked, by their names in the spec
 * (`limit`, `from`, `ordering`, any the spec adds). Each is sent only when given: the service's
 * defaults apply otherwise.
 */
export type ListQueryValues = { [parameter: string]: unknown };

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
    const query: ListQueryValues = {};
    for (const { option: name, parameter, parse } of LIST_QUERY_OPTIONS) {
      if (values.negated.has(name)) query[parameter] = false;
      else if (values.flags.has(name)) query[parameter] = true;
      else Object.assign(query, option(name, parameter, parse));
    }
    return { command, ...baseUrl, ...query, all: flag('all'), json: flag('json') };
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
  /** Negatable flags given as `--no-<name>`. */
  negated: Set<string>;
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
  /** `no-stored` -> `stored`, for each negatable flag. */
  const negations = new Map<string, string>();
  for (const name of names) {
    const spec = OPTIONS[name] as OptionSpec;
    options[name] = { type: spec.value === undefined ? 'boolean' : 'string', ...(spec.short && { short: spec.short }) };
    if (spec.short) shortNames.add(`-${spec.short}`);
    if (spec.negatable) {
      options[`no-${name}`] = { type: 'boolean' };
      negations.set(`no-${name}`, name);
    }
  }
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const result: OptionValues = {
    flags: new Set(),
    negated: new Set(),
    strings: new Map(),
    given: new Set(),
    positionals: [],
  };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      result.positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (spec === undefined) throw new UsageError(`unknown option '${token.rawName}'`, command);
    if (spec.type === 'boolean') {
      const negates = negations.get(token.name);
      const name = negates ?? token.name;
      const negatable = (OPTIONS[name] as OptionSpec).negatable === true;
      // A negatable flag also takes `--name=true|false`; any other flag takes no value.
      if (token.value !== undefined && (negates !== undefined || !negatable)) {
        throw new UsageError(`option '${token.rawName}' takes no value`, command);
      }
      // `--stored --no-stored` is a contradiction, not a repeat.
      if (negatable && result.given.has(name)) throw new UsageError(`option '--${name}' given twice`, command);
      let on = negates === undefined;
      if (token.value !== undefined) {
        try {
          on = (LIST_QUERY_OPTIONS.find((each) => each.option === name)?.parse(token.value) ?? on) === true;
        } catch (error) {
          throw new UsageError((error as Error).message, command);
        }
      }
      (on ? result.flags : result.negated).add(name);
      result.given.add(name);
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
