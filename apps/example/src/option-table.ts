import { OPERATIONS } from '@uploadcare-groups/client/spec';
import { LIST_QUERY_OPTIONS, type QueryOption } from './query-options.js';

/**
 * Every option of `ucgroups`, once: how it is written and its help. Which command takes which
 * option is in the command table; the parser, the usage lines and the help all read both, so
 * a command's help lists exactly the options it accepts. The list's query options are derived
 * from the spec (query-options.ts): one per query parameter of the list operation.
 */
export interface OptionSpec {
  /** A one-letter alias (`-y`). */
  short?: string;
  /** The placeholder of the value in the help; absent for a flag, which takes no value. */
  value?: string;
  /** The help, one line per entry (a command may word it for itself in the command table). */
  help: readonly string[];
  /** A flag that also takes `--no-<name>` and `--<name>=true|false` (a boolean query parameter). */
  negatable?: boolean;
}

const FIXED = {
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

/** The names of the list's query options, in spec order. */
export const LIST_QUERY_OPTION_NAMES: readonly string[] = LIST_QUERY_OPTIONS.map((option) => option.option);

/**
 * The fixed options and the query options together. A query parameter the spec adds under the
 * name of a fixed option (`--all`, `--json`) would shadow it or be shadowed: that fails loudly,
 * naming it, instead (rename it in query-options.ts).
 */
export function withQueryOptions(
  fixed: Readonly<Record<string, OptionSpec>>,
  query: readonly QueryOption[],
): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = { ...fixed };
  for (const { option, parameter, value, help, negatable } of query) {
    if (Object.hasOwn(options, option) || (negatable && Object.hasOwn(options, `no-${option}`))) {
      throw new Error(
        `ucgroups: the spec's query parameter "${parameter}" would be --${option}, which ucgroups already has`,
      );
    }
    options[option] = { help, ...(value === undefined ? {} : { value }), ...(negatable ? { negatable } : {}) };
  }
  return options;
}

export const OPTIONS: Readonly<Record<string, OptionSpec>> = withQueryOptions(FIXED, LIST_QUERY_OPTIONS);

/** An option's long name: a fixed one, or one derived from a query parameter of the spec. */
export type OptionName = keyof typeof FIXED | (string & {});

/** How the option is written in the help: `-y, --yes` or `--limit N`. */
export function optionLabel(name: OptionName): string {
  const option = OPTIONS[name] as OptionSpec;
  const long = option.value === undefined ? `--${name}` : `--${name} ${option.value}`;
  const negated = option.negatable ? `, --no-${name}` : '';
  return option.short === undefined ? `${long}${negated}` : `-${option.short}, ${long}`;
}

/** How the option is written in a usage line: `-y|--yes` or `--limit N`. */
export function optionUsage(name: OptionName): string {
  const option = OPTIONS[name] as OptionSpec;
  const long = option.value === undefined ? `--${name}` : `--${name} ${option.value}`;
  const negated = option.negatable ? `|--no-${name}` : '';
  return option.short === undefined ? `${long}${negated}` : `-${option.short}|${long}`;
}
