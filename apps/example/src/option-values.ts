import { type GroupsOrdering, InvalidArgumentError, isGroupId, normalizeFrom } from '@uploadcare-groups/client';
import { GROUP_MEMBER_PATTERN, LIMIT, ORDERING } from '@uploadcare-groups/client/spec';

/**
 * Checks and normalises option values. Each parser throws a plain Error whose message
 * completes "invalid <what>: ..."; the caller adds which option it was. Bounds and choices
 * come from the spec's generated constants, so a spec edit changes them here with no hand edit.
 */

const exampleId = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

export function parseGroupIdArgument(value: string): string {
  if (!isGroupId(value)) {
    throw new Error(`invalid group id '${value}' (expected <uuid>~<files count>, e.g. ${exampleId})`);
  }
  return value;
}

/** `1 to 1000`, as the spec bounds `limit`. */
export const limitRange = `${LIMIT.minimum} to ${LIMIT.maximum}`;

export function parseLimit(value: string): number {
  const limit = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(limit >= LIMIT.minimum && limit <= LIMIT.maximum)) {
    throw new Error(`invalid --limit '${value}' (expected a whole number from ${limitRange})`);
  }
  return limit;
}

export type Ordering = GroupsOrdering;

/**
 * Short names for the two directions of the spec's default ordering, derived from it:
 * `asc` is the default (`datetime_created`) and `desc` its reverse (`-datetime_created`),
 * offered only while the spec's enum holds both. Any other value of the enum is taken as is.
 */
export const orderingAliases: Readonly<Partial<Record<'asc' | 'desc', Ordering>>> = (() => {
  const base: string = ORDERING.default;
  const reverse = `-${base}`;
  const values: readonly string[] = ORDERING.enum;
  if (base.startsWith('-') || !values.includes(reverse)) return {};
  return { asc: base as Ordering, desc: reverse as Ordering };
})();

/** Every value `--order` takes: the spec's enum, then the aliases. */
export const orderingChoices: readonly string[] = [...ORDERING.enum, ...Object.keys(orderingAliases)];

/** `a, b or c`. */
export function listChoices(choices: readonly string[]): string {
  return choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : (choices[0] ?? '');
}

export function parseOrder(value: string): Ordering {
  if ((ORDERING.enum as readonly string[]).includes(value)) return value as Ordering;
  const alias = orderingAliases[value as keyof typeof orderingAliases];
  if (alias === undefined) throw new Error(`invalid --order '${value}' (expected ${listChoices(orderingChoices)})`);
  return alias;
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
 * Turns a user's date into the `from` the API expects. This only fills in what people leave
 * out — a space for the `T`, missing seconds, a missing zone meaning UTC, `+0530` for
 * `+05:30` — and then hands the value to the client's `normalizeFrom`, the one date check
 * shared with the client (calendar dates only, hours to 23, a zone always). Microseconds are
 * kept as given, since the service's own `next` links carry them.
 */
export function parseFromDate(value: string): string {
  const invalid = (reason: string) =>
    new Error(`invalid --from '${value}' (${reason}; expected YYYY-MM-DD or an ISO 8601 date-time)`);
  const match = datePattern.exec(value.trim());
  if (!match) throw invalid('not a date');
  const [, date, hourMinute, seconds = ':00', zone = 'Z'] = match;
  const dateTime =
    hourMinute === undefined ? date : `${date}T${hourMinute}${seconds}${zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  try {
    return normalizeFrom(dateTime ?? '', '--from');
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw invalid('no such date or time');
    throw error;
  }
}
