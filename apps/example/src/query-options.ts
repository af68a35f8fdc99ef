import { OPERATIONS, PARAMETERS } from '@uploadcare-groups/client/spec';
import {
  listChoices,
  orderingAliasesOf,
  parseBooleanOption,
  parseDateOption,
  parseDateTimeOption,
  parseEnumOption,
  parseIntegerOption,
  parseNumberOption,
  rangeOf,
} from './option-values.js';

/**
 * One option of `ucgroups list` per query parameter of the spec's list operation, derived from
 * the generated parameter table: its name, its help (the parameter's description, bounds,
 * default, choices) and its check (by the schema's type and format). A parameter added to the
 * spec becomes an option with no hand edit: `--stored` / `--no-stored` for a boolean, `--x N`
 * for a number, `--x DATE` for a date, `--x VALUE` checked against an enum, or handed to the
 * client (which checks a pattern or length before anything is sent).
 */
export interface QueryOption {
  /** The option's name (`order` for `ordering`, `x-y` for `x_y`). */
  option: string;
  /** The query parameter it sets. */
  parameter: string;
  /** The placeholder of its value in the help; absent for a boolean, which is a flag. */
  value?: string;
  /** Whether `--no-<option>` sets the parameter to false. */
  negatable: boolean;
  help: readonly string[];
  /** Turns what was typed into the value the client sends, or throws a plain Error completing "invalid --option …". */
  parse: (text: string) => unknown;
}

/**
 * The CLI's own word on some parameters: a shorter option name, or none (a parameter the
 * service sets in its `next` links, which people should not set by hand; `--all` follows them).
 */
const RENAMED: Readonly<Record<string, string>> = { ordering: 'order' };
const NOT_AN_OPTION: Readonly<Record<string, string>> = {
  offset: 'the service writes it into the next/previous links; --all follows them',
};
/** More help about what the CLI itself does with a parameter. */
const NOTES: Readonly<Record<string, (facts: Facts) => string>> = {
  limit: (facts) => `with --all, ${facts.maximum}`,
};

export interface Facts {
  name: string;
  description?: string;
  type?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  enum?: readonly unknown[];
  default?: unknown;
  /** An array's items. */
  items?: Omit<Facts, 'name'>;
}

/** The description's first clause (to its first full stop or colon), lower-cased, as help reads. */
function summary(facts: Facts): string {
  const text = (facts.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();
  const first = text.split(/[.:](?:\s|$)/)[0]?.trim() || facts.name;
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/** The option of a parameter with these generated facts (exported for its tests). */
export function queryOption(facts: Facts): QueryOption {
  const option = RENAMED[facts.name] ?? facts.name.replace(/_/g, '-');
  return { option, parameter: facts.name, ...describe(facts, option) };
}

function describe(facts: Facts, option: string): Omit<QueryOption, 'option' | 'parameter'> {
  const note = NOTES[facts.name]?.(facts);
  const defaults = [
    ...(facts.default === undefined ? [] : [`default ${facts.default}`]),
    ...(note === undefined ? [] : [note]),
  ];
  const tail = defaults.length > 0 ? ` (${defaults.join('; ')})` : '';
  if (facts.enum) {
    const values = facts.enum.map(String);
    const aliases = orderingAliasesOf(values, facts.default);
    const shown = values.map((value) => (value === facts.default ? `${value} (the default)` : value));
    const aliasText = Object.entries(aliases).map(([alias, value]) => `${alias} means ${value}`);
    return {
      value: option.toUpperCase(),
      negatable: false,
      help: [
        `${summary(facts)}: ${listChoices(shown)}`,
        ...(aliasText.length > 0 ? [`(${aliasText.join(', ')})`] : []),
      ],
      parse: (text) => parseEnumOption(option, values, aliases, text),
    };
  }
  switch (facts.type) {
    case 'array': {
      // `--ids a,b`: each item through the check of its own type.
      const item = describe({ ...facts.items, name: facts.name }, option);
      return {
        value: `${item.value ?? 'VALUE'},…`,
        negatable: false,
        help: [`${summary(facts)}${tail}`, `(comma-separated${item.help[1] ? `; each ${item.help[1]}` : ''})`],
        parse: (text) => text.split(',').map((each) => item.parse(each.trim())),
      };
    }
    case 'boolean':
      return {
        negatable: true,
        help: [`${summary(facts)}${tail}`, `(--${option} or --${option}=true; --no-${option} or --${option}=false)`],
        parse: (text) => parseBooleanOption(option, text),
      };
    case 'integer':
      return {
        value: 'N',
        negatable: false,
        help: [`${summary(facts)}, ${rangeOf(facts)}${tail}`],
        parse: (text) => parseIntegerOption(option, facts, text),
      };
    case 'number':
      return {
        value: 'N',
        negatable: false,
        help: [`${summary(facts)}, ${rangeOf(facts)}${tail}`],
        parse: (text) => parseNumberOption(option, facts, text),
      };
  }
  if (facts.format === 'date-time') {
    return {
      value: 'DATE',
      negatable: false,
      help: [`${summary(facts)}${tail}`, 'YYYY-MM-DD or an ISO 8601 date-time (a time without a zone is UTC)'],
      parse: (text) => parseDateTimeOption(option, text),
    };
  }
  if (facts.format === 'date') {
    return {
      value: 'DATE',
      negatable: false,
      help: [`${summary(facts)}${tail}`, 'YYYY-MM-DD'],
      parse: (text) => parseDateOption(option, text),
    };
  }
  // Any other string: the client checks its pattern or length before anything is sent.
  return { value: 'VALUE', negatable: false, help: [`${summary(facts)}${tail}`], parse: (text) => text };
}

/** The options of `ucgroups list`, in the order the spec lists the parameters. */
export const LIST_QUERY_OPTIONS: readonly QueryOption[] = OPERATIONS.listGroups.query
  .filter((name) => !(name in NOT_AN_OPTION))
  .map((name) => queryOption(PARAMETERS[name as keyof typeof PARAMETERS] as Facts));
