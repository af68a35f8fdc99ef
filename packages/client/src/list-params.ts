/** Checks the list parameters and turns them into the query the spec describes, in a fixed order. */
import { InvalidArgumentError } from './errors.js';
import type { GroupsOrdering } from './types.js';

/** Parameters of `list`, `pages` and `listAll`. */
export interface ListParams {
  /** Groups per page, 1 to 1000 (service default 100). */
  limit?: number;
  /** Start of the list: a Date, or an ISO 8601 string (a date-time with a time zone, or a date). */
  from?: Date | string;
  /** `datetime_created` (oldest first, the default) or `-datetime_created` (newest first). */
  ordering?: GroupsOrdering;
}

export interface ListQuery {
  limit?: number;
  from?: string;
  ordering?: GroupsOrdering;
}

const ORDERINGS: readonly string[] = ['datetime_created', '-datetime_created'] satisfies GroupsOrdering[];
// A full date-time with seconds and a zone: sent verbatim, keeping microseconds the service
// gave (a group's datetime_created) which a Date would round to milliseconds.
const ISO_DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function serializeFrom(from: Date | string): string {
  if (from instanceof Date) {
    if (Number.isNaN(from.getTime())) throw new InvalidArgumentError('from', 'is an invalid Date');
    return from.toISOString();
  }
  if (typeof from !== 'string') {
    throw new InvalidArgumentError('from', `expected a Date or an ISO 8601 string, got ${typeof from}`);
  }
  const text = from.trim();
  if (ISO_DATE_TIME_RE.test(text) && !Number.isNaN(Date.parse(text))) return text.toUpperCase();
  if (ISO_DATE_RE.test(text) && !Number.isNaN(Date.parse(text))) return new Date(text).toISOString();
  throw new InvalidArgumentError(
    'from',
    `${JSON.stringify(from)} is not an ISO 8601 date-time with a time zone (e.g. "2018-11-27T14:14:37Z") or a date ("2018-11-27")`,
  );
}

/**
 * `allowed` lists the other keys the caller may pass (signal, maxItems); anything else is most
 * likely a typo (`order`, `offset`) that would otherwise be ignored silently.
 */
export function toListQuery(params: ListParams | undefined, allowed: readonly string[] = ['signal']): ListQuery {
  if (params !== undefined && (typeof params !== 'object' || params === null)) {
    throw new InvalidArgumentError('params', 'expected an object');
  }
  for (const key of Object.keys(params ?? {})) {
    if (!['limit', 'from', 'ordering', ...allowed].includes(key)) {
      throw new InvalidArgumentError(
        key,
        `is not a parameter here (expected ${['limit', 'from', 'ordering', ...allowed].join(', ')})`,
      );
    }
  }
  const query: ListQuery = {};
  const { limit, from, ordering } = params ?? {};
  if (limit !== undefined) {
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new InvalidArgumentError('limit', `must be an integer from 1 to 1000, got ${String(limit)}`);
    }
    query.limit = limit;
  }
  if (from !== undefined) query.from = serializeFrom(from);
  if (ordering !== undefined) {
    if (!ORDERINGS.includes(ordering)) {
      throw new InvalidArgumentError(
        'ordering',
        `must be "datetime_created" or "-datetime_created", got ${JSON.stringify(ordering)}`,
      );
    }
    query.ordering = ordering;
  }
  return query;
}
