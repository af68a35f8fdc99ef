import { type GroupsOrdering, InvalidArgumentError, isGroupId, normalizeFrom } from '@uploadcare-groups/client';
import { GROUP_ID_EXAMPLE, GROUP_MEMBER_PATTERN, LIMIT, ORDERING } from '@uploadcare-groups/client/spec';

/**
 * Checks and normalises option values. Each parser throws a plain Error whose message
 * completes "invalid <what>: ..."; the caller adds which option it was. Bounds and choices
 * come from the spec's generated constants, so a spec edit changes them here with no hand edit.
 */

export function parseGroupIdArgument(value: string): string {
  if (!isGroupId(value)) {
    throw new Error(`invalid group id '${value}' (expected a group id such as ${GROUP_ID_EXAMPLE})`);
  }
  return value;
}

/** `1 to 1000`, `0 or more`, `up to 9`: a parameter's bounds as the spec gives them. */
export function rangeOf(facts: { minimum?: number; maximum?: number }): string {
  if (facts.minimum !== undefined && facts.maximum !== undefined) return `${facts.minimum} to ${facts.maximum}`;
  if (facts.minimum !== undefined) return `${facts.minimum} or more`;
  if (facts.maximum !== undefined) return `up to ${facts.maximum}`;
  return 'any';
}

/** ` from 1 to 1000`, ` 0 or more`, or nothing: a range after "expected a whole number". */
const inWords = (range: string) => (range === 'any' ? '' : range.includes(' to ') ? ` from ${range}` : ` ${range}`);

/** `1 to 1000`, as the spec bounds `limit`. */
export const limitRange = rangeOf(LIMIT);

/** A whole number within the parameter's bounds, for `--option`. */
export function parseIntegerOption(
  option: string,
  facts: { minimum?: number; maximum?: number },
  value: string,
): number {
  const number = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  const { minimum = -Infinity, maximum = Infinity } = facts;
  if (!(Number.isSafeInteger(number) && number >= minimum && number <= maximum)) {
    const range = rangeOf(facts);
    throw new Error(`invalid --${option} '${value}' (expected a whole number${inWords(range)})`);
  }
  return number;
}

/** A decimal number within the parameter's bounds, for `--option`. */
export function parseNumberOption(
  option: string,
  facts: { minimum?: number; maximum?: number },
  value: string,
): number {
  const number = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) ? Number(value) : Number.NaN;
  const { minimum = -Infinity, maximum = Infinity } = facts;
  if (!(Number.isFinite(number) && number >= minimum && number <= maximum)) {
    const range = rangeOf(facts);
    throw new Error(`invalid --${option} '${value}' (expected a number${inWords(range)})`);
  }
  return number;
}

/** `true` or `false` as typed after `--option=`. */
export function parseBooleanOption(option: string, value: string): boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`invalid --${option} '${value}' (expected true or false, or --no-${option})`);
}

export function parseLimit(value: string): number {
  return parseIntegerOption('limit', LIMIT, value);
}

export type Ordering = GroupsOrdering;

/**
 * Short names for the two directions of an ordering enum, derived from it: `asc` is the
 * default (`datetime_created`) and `desc` its reverse (`-datetime_created`), offered only
 * while the enum holds both. Any other value of the enum is taken as is.
 */
export function orderingAliasesOf(
  values: readonly string[],
  fallback: unknown,
): Partial<Record<'asc' | 'desc', string>> {
  if (typeof fallback !== 'string' || fallback.startsWith('-') || !values.includes(`-${fallback}`)) return {};
  return { asc: fallback, desc: `-${fallback}` };
}

/** The aliases of the spec's `ordering`. */
export const orderingAliases = orderingAliasesOf(ORDERING.enum, ORDERING.default) as Readonly<
  Partial<Record<'asc' | 'desc', Ordering>>
>;

/** Every value `--order` takes: the spec's enum, then the aliases. */
export const orderingChoices: readonly string[] = [...ORDERING.enum, ...Object.keys(orderingAliases)];

/** `a, b or c`. */
export function listChoices(choices: readonly string[]): string {
  return choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : (choices[0] ?? '');
}

/** One of the enum's values (or an alias of one), for `--option`. */
export function parseEnumOption(
  option: string,
  values: readonly string[],
  aliases: Readonly<Record<string, string | undefined>>,
  value: string,
): string {
  if (values.includes(value)) return value;
  const alias = Object.hasOwn(aliases, value) ? aliases[value] : undefined;
  if (alias === undefined) {
    throw new Error(`invalid --${option} '${value}' (expected ${listChoices([...values, ...Object.keys(aliases)])})`);
  }
  return alias;
}

export function parseOrder(value: string): Ordering {
  return parseEnumOption('order', ORDERING.enum, orderingAliases, value) as Ordering;
}

export type Archive = 'zip' | 'tar';

export function parseArchive(value: string): Archive {
  if (value !== 'zip' && value !== 'tar') {
    throw new Error(`invalid --archive '${value}' (expected zip or tar)`);
  }
  return value;
}

export function parseNth(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new Error(`invalid --nth '${value}' (expected a file position: 0, 1, 2, ...)`);
  }
  return Number(value);
}

const FILE_MEMBER = new RegExp(GROUP_MEMBER_PATTERN);

/** A file of a new group: its UUID, optionally with CDN operations, as the spec's GroupMember. */
export function parseFileArgument(value: string): string {
  if (!FILE_MEMBER.test(value)) {
    throw new Error(
      `invalid file '${value}' (expected a lowercase file UUID, optionally followed by /-/operations/, e.g. 0cea5a61-f976-47d9-815a-e787f52aeba1/-/resize/x800/)`,
    );
  }
  return value;
}

/** `--upload-url`: an http(s) URL, like `--base-url`. */
export function parseUploadUrl(value: string): string {
  try {
    return parseBaseUrl(value);
  } catch {
    throw new Error(`invalid --upload-url '${value}' (expected an http or https URL)`);
  }
}

export function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`invalid --base-url '${value}' (expected an http or https URL)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`invalid --base-url '${value}' (expected an http or https URL)`);
  }
  return value;
}

// The forms people type: a date, or a date and time with `T` or a space, seconds and zone optional.
const datePattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Turns a user's date into the date-time the API expects, for `--option`. This only fills in
 * what people leave out — a space for the `T`, missing seconds, a missing zone meaning UTC,
 * `+0530` for `+05:30` — and then hands the value to the client's `normalizeFrom`, the one
 * date check shared with the client (calendar dates only, hours to 23, a zone always).
 * Microseconds are kept as given, since the service's own `next` links carry them.
 */
export function parseDateTimeOption(option: string, value: string): string {
  const invalid = (reason: string) =>
    new Error(`invalid --${option} '${value}' (${reason}; expected YYYY-MM-DD or an ISO 8601 date-time)`);
  const match = datePattern.exec(value.trim());
  if (!match) throw invalid('not a date');
  const [, date, hourMinute, seconds = ':00', zone = 'Z'] = match;
  const dateTime =
    hourMinute === undefined ? date : `${date}T${hourMinute}${seconds}${zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  try {
    return normalizeFrom(dateTime ?? '', `--${option}`);
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw invalid('no such date or time');
    throw error;
  }
}

/** `--from`: the list's start, a date or a date-time. */
export const parseFromDate = (value: string) => parseDateTimeOption('from', value);

/** A calendar day, `YYYY-MM-DD`, for a parameter the spec makes a `date`. */
export function parseDateOption(option: string, value: string): string {
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? new Date(`${text}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) {
    throw new Error(`invalid --${option} '${value}' (expected a calendar date, YYYY-MM-DD)`);
  }
  return text;
}
