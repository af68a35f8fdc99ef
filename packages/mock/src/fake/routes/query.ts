// The query of the list, checked against the spec's parameters (bounds, enum, format): a value
// the service cannot use is a 400 whose detail names the parameter, what it takes and what came.
// Parameters the spec does not know are ignored, as the service ignores them; one the spec
// documents but the mock does not implement is refused (see implemented-query.ts). A parameter
// sent twice counts with its last value, as Django reads it.
import { FROM, LIMIT, OFFSET, ORDERING } from '../../generated/parameters.js';
import { type ApiError, apiErrors } from '../http/api-errors.js';
import { formatMicros, parseIsoMicros } from '../state/timestamps.js';

/** The list's query parameters this handler serves: any other one the spec gives the list is refused by name. */
export const LIST_QUERY_IMPLEMENTED = [LIMIT.name, FROM.name, ORDERING.name, OFFSET.name] as const;

/** The form of `from` in the spec: `date-time`, or `date` (a day, compared with each group's UTC day). */
const FROM_FORMAT: string | undefined = FROM.format;
const FROM_IS_DATE = FROM_FORMAT === 'date';
const DAY_US = 86_400_000_000;

/**
 * The creation time a page cursor compares, at the precision of `from`'s format: the time
 * itself for a date-time, the start of its UTC day for a date.
 */
export const fromKey = (us: number): number => (FROM_IS_DATE ? Math.floor(us / DAY_US) * DAY_US : us);

/** A cursor's `from`, written in the spec's format (a day, or a date-time with microseconds as the service writes it). */
export const formatFrom = (us: number): string =>
  FROM_IS_DATE ? formatMicros(us).slice(0, 10) : formatMicros(us, '+00:00');

/** `from` as sent, read in the spec's format, or undefined when it is not one. */
function parseFrom(text: string): number | undefined {
  if (!FROM_IS_DATE) return parseIsoMicros(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseIsoMicros(`${text}T00:00:00Z`) : undefined;
}

export interface ListQuery {
  limit: number;
  fromUs: number | undefined;
  ordering: (typeof ORDERING.enum)[number];
  /** Whether the request named the ordering (the links then carry it on). */
  orderingSent: boolean;
  offset: number;
  descending: boolean;
}

const last = (params: URLSearchParams, name: string) => params.getAll(name).at(-1);

function wholeNumber(name: string, text: string, min: number, max?: number): number | ApiError {
  const value = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(value) || value < min || (max !== undefined && value > max)) {
    const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
    return apiErrors.badParameter(`${name} must be a whole number ${range}, got ${JSON.stringify(text)}.`);
  }
  return value;
}

export function parseListQuery(params: URLSearchParams): ListQuery | ApiError {
  const limitText = last(params, LIMIT.name);
  const limit =
    limitText === undefined ? LIMIT.default : wholeNumber(LIMIT.name, limitText, LIMIT.minimum, LIMIT.maximum);
  if (typeof limit !== 'number') return limit;

  const offsetText = last(params, OFFSET.name);
  const offset = offsetText === undefined ? 0 : wholeNumber(OFFSET.name, offsetText, OFFSET.minimum);
  if (typeof offset !== 'number') return offset;

  const orderingText = last(params, ORDERING.name);
  const ordering = orderingText ?? ORDERING.default;
  if (!(ORDERING.enum as readonly string[]).includes(ordering)) {
    return apiErrors.badParameter(
      `${ORDERING.name} must be one of ${ORDERING.enum.join(', ')}, got ${JSON.stringify(ordering)}.`,
    );
  }

  const fromText = last(params, FROM.name);
  const fromUs = fromText === undefined ? undefined : parseFrom(fromText);
  if (fromText !== undefined && fromUs === undefined) {
    // A "+" in a query string is a space, so an unencoded "+00:00" zone arrives as " 00:00".
    const hint = fromText.includes(' ') ? ' (a "+" in a query string means a space: encode the zone\'s + as %2B)' : '';
    const form = FROM_IS_DATE
      ? 'an ISO 8601 date (YYYY-MM-DD), such as 2018-11-27'
      : 'an ISO 8601 date-time with T between date and time, such as 2018-11-27T14:14:37.583654+00:00';
    return apiErrors.badParameter(`${FROM.name} must be ${form}, got ${JSON.stringify(fromText)}${hint}.`);
  }

  return {
    limit,
    fromUs: fromUs === undefined ? undefined : fromKey(fromUs),
    ordering: ordering as ListQuery['ordering'],
    orderingSent: orderingText !== undefined,
    offset,
    descending: ordering.startsWith('-'),
  };
}
