import { LIMIT, OPERATIONS, ORDERING } from '@uploadcare-groups/client/spec';
import { limitRange, listChoices, orderingAliases } from './option-values.js';

/**
 * Every option of `ucgroups`, once: how it is written and its help. Which command takes which
 * option is in the command table; the parser, the usage lines and the help all read both, so
 * a command's help lists exactly the options it accepts.
 */
export interface OptionSpec {
  /** A one-letter alias (`-y`). */
  short?: string;
  /** The placeholder of the value in the help; absent for a flag, which takes no value. */
  value?: string;
  /** The help, one line per entry (a command may word it for itself in the command table). */
  help: readonly string[];
}

function orderingHelp(): string[] {
  const values = ORDERING.enum.map((value) => (value === ORDERING.default ? `${value} (the default)` : value));
  const aliases = Object.entries(orderingAliases).map(([alias, value]) => `${alias} means ${value}`);
  return [`the order of the list: ${listChoices(values)}`, ...(aliases.length > 0 ? [`(${aliases.join(', ')})`] : [])];
}

export const OPTIONS = {
  limit: {
    value: 'N',
    help: [`groups per page, ${limitRange} (default ${LIMIT.default}; with --all, ${LIMIT.maximum})`],
  },
  from: {
    value: 'DATE',
    help: ['start at this creation time: YYYY-MM-DD or an ISO 8601 date-time', '(a time without a zone is UTC)'],
  },
  order: { value: 'ORDER', help: orderingHelp() },
  all: { help: ['follow the pages to the end; on a terminal, progress goes to stderr'] },
  json: { help: ['print JSON only'] },
  yes: { short: 'y', help: ['delete without asking'] },
  nth: { value: 'I', help: ['the address of the I-th file, counting from 0'] },
  archive: { value: 'zip|tar', help: ['the address of all files as one archive'] },
  'base-url': { value: 'URL', help: ['API root (default $UPLOADCARE_API_URL, else https://api.uploadcare.com)'] },
  'upload-url': {
    value: 'URL',
    help: [
      `Upload API root (default $UPLOADCARE_UPLOAD_URL; else the API root when that is a`,
      `local address, as a mock serves both; else ${OPERATIONS.createGroup.server})`,
    ],
  },
  help: { short: 'h', help: ['show this help'] },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** How the option is written in the help: `-y, --yes` or `--limit N`. */
export function optionLabel(name: OptionName): string {
  const option: OptionSpec = OPTIONS[name];
  const long = option.value === undefined ? `--${name}` : `--${name} ${option.value}`;
  return option.short === undefined ? long : `-${option.short}, ${long}`;
}

/** How the option is written in a usage line: `-y|--yes` or `--limit N`. */
export function optionUsage(name: OptionName): string {
  const option: OptionSpec = OPTIONS[name];
  const long = option.value === undefined ? `--${name}` : `--${name} ${option.value}`;
  return option.short === undefined ? long : `-${option.short}|${long}`;
}
