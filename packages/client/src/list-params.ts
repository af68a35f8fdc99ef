/** Checks the list parameters and turns them into the query the spec describes, in a fixed order. */
import { integerIn, oneOf } from './argument-checks.js';
import { InvalidArgumentError } from './errors.js';
import type { OperationParams } from './operation-url.js';
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

/** The query of the first page; `offset` only ever comes from a `next` link. */
export type ListQuery = Omit<NonNullable<OperationParams<'/groups/', 'get'>['query']>, 'offset'>;

const ORDERINGS = ['datetime_created', '-datetime_created'] as const satisfies readonly GroupsOrdering[];
// A date, or a full date-time with seconds and a zone. A date-time is sent verbatim, keeping
// microseconds the service gave (a group's datetime_created) which a Date would round to ms.
const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/i;

function serializeFrom(from: Date | string): string {
  if (from instanceof Date) {
    if (Number.isNaN(from.getTime())) throw new InvalidArgumentError('from', 'is an invalid Date');
    return from.toISOString();
  }
  if (typeof from !== 'string') {
    throw new InvalidArgumentError('from', `expected a Date or an ISO 8601 string, got ${typeof from}`);
  }
  const text = from.trim();
  const match = ISO_RE.exec(text);
  if (match && !Number.isNaN(Date.parse(text))) return match[1] ? text.toUpperCase() : new Date(text).toISOString();
  throw new InvalidArgumentError(
    'from',
    `${JSON.stringify(from)} is not an ISO 8601 date-time with a time zone (e.g. "2018-11-27T14:14:37Z") or a date ("2018-11-27")`,
  );
}

// Any other key is most likely a typo (`order`, `offset`) that would otherwise be ignored
// silently. listAll takes its `maxItems` out before the rest comes here.
const KNOWN_KEYS = ['limit', 'from', 'ordering', 'signal'];

export function toListQuery(params: ListParams | undefined): ListQuery {
  if (params !== undefined && (typeof params !== 'object' || params === null)) {
    throw new InvalidArgumentError('params', 'expected an object');
  }
  for (const key of Object.keys(params ?? {})) {
    if (!KNOWN_KEYS.includes(key)) {
      throw new InvalidArgumentError(key, `is not a parameter here (expected ${KNOWN_KEYS.join(', ')})`);
    }
  }
  const { limit, from, ordering } = params ?? {};
  return {
    ...(limit !== undefined && { limit: integerIn(limit, 'limit', 1, 1000) }),
    ...(from !== undefined && { from: serializeFrom(from) }),
    ...(ordering !== undefined && { ordering: oneOf(ordering, 'ordering', ORDERINGS) }),
  };
}
