import { MEDIA_TYPES, OPERATIONS, type OperationId } from '@uploadcare-groups/client/spec';
import { LIST_QUERY_OPTION_NAMES, type OptionName } from './option-table.js';

/**
 * Every command of `ucgroups`, once: the spec operation it calls, the argument and options it
 * takes, and what its help says. The parser, the usage lines, the help and the coverage test
 * (every operation of the spec has a command) all read this table.
 */
export interface CommandSpec {
  /** The operationId of the spec the command calls; none for a command that calls no API. */
  operation: OperationId | undefined;
  /** The positional argument, if the command takes one (`...`: one or more). */
  argument?: '<group-id>' | '<file-uuid>...';
  /** What the command does, for its help (one line per entry). */
  about: readonly string[];
  /** The options the command takes, in the order the help lists them (`--help` is added to all). */
  options: readonly OptionName[];
  /** Help worded for this command, where the option table's general text would say less. */
  optionHelp?: Partial<Record<OptionName, readonly string[]>>;
  /** Options that cannot be given together. */
  exclusive?: readonly (readonly [OptionName, OptionName])[];
}

/** `v0.6`: the API versions whose media types an operation accepts. */
function apiVersions(operation: OperationId): string {
  const accepted: readonly string[] = OPERATIONS[operation].accept;
  const versions = Object.entries(MEDIA_TYPES).filter(([, type]) => accepted.includes(type));
  return versions.map(([version]) => `v${version}`).join(', ');
}

/** The help's word on a call the spec marks deprecated, with the API version it is sent as. */
function deprecation(operation: OperationId): string[] {
  if (!OPERATIONS[operation].deprecated) return [];
  return [`Deprecated in the API: only ${apiVersions(operation)} has this call (ucgroups sends it that way).`];
}

export const COMMANDS = {
  list: {
    operation: 'listGroups',
    about: ['List groups, one page at a time or all of them.'],
    options: [...LIST_QUERY_OPTION_NAMES, 'all', 'json', 'base-url'],
    optionHelp: {
      json: ['print JSON only: the page as the API returns it, or with --all', 'one group per line (NDJSON)'],
    },
  },
  info: {
    operation: 'getGroup',
    argument: '<group-id>',
    about: [
      'Show one group and its files. Files removed since the group was made are',
      'listed as removed, in their place.',
    ],
    options: ['json', 'base-url'],
    optionHelp: { json: ['print the group with its files as JSON only'] },
  },
  store: {
    operation: 'storeGroup',
    argument: '<group-id>',
    about: ['Store every file of the group, so they stay on the CDN after 24 hours.', ...deprecation('storeGroup')],
    options: ['json', 'base-url'],
    optionHelp: { json: ['print the stored group as JSON only'] },
  },
  delete: {
    operation: 'deleteGroup',
    argument: '<group-id>',
    about: [
      'Delete the group. Its files are left as they are.',
      'Asks for confirmation on a terminal (declining exits 1); elsewhere it refuses',
      'unless --yes is given.',
    ],
    options: ['yes', 'base-url'],
  },
  create: {
    operation: 'createGroup',
    argument: '<file-uuid>...',
    about: [
      'Make a new group of these files, in this order, through the Upload API, and',
      'print its id. A file may carry CDN operations: <uuid>/-/resize/x800/.',
      'Groups cannot change: to add or remove a file, make a new group.',
    ],
    options: ['json', 'base-url', 'upload-url'],
    optionHelp: { json: ['print the new group with its files as JSON only'] },
  },
  url: {
    operation: undefined,
    argument: '<group-id>',
    about: ['Print a CDN address of the group. No API call, no keys needed.'],
    options: ['nth', 'archive'],
    exclusive: [['nth', 'archive']],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export const commandNames = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(value: string): value is CommandName {
  return Object.hasOwn(COMMANDS, value);
}

/** The options `command` accepts, `--help` last. */
export function commandOptions(command: CommandName): readonly OptionName[] {
  return [...COMMANDS[command].options, 'help'];
}

/**
 * Operations of the spec that no command calls, each with the reason. The coverage test
 * fails for an operation that has neither a command nor an entry here.
 */
export const WITHOUT_COMMAND: Readonly<Partial<Record<OperationId, string>>> = {
  getUploadGroupInfo:
    '`info` reads the same group through the REST API, with fuller file information; the Upload API read is for browsers holding the public key only.',
};
