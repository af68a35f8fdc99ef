/**
 * The list operation's query, checked against the constraints the spec gives each parameter
 * (type, bounds, enum, pattern, format: all generated; see `query-value.ts`), in the order the
 * spec lists them. A new parameter, a new `ordering` value or a new bound in the spec is sent,
 * accepted or refused here with no hand edit.
 */
import type { operations } from './generated/openapi.js';
import { OPERATIONS } from './generated/operations.js';
import { PARAMETERS } from './generated/parameters.js';
import { type ParameterFacts, queryValue } from './query-value.js';

type SpecListQuery = NonNullable<operations['listGroups']['parameters']['query']>;

/** The generated facts of parameter `K`. */
type Facts<K> = K extends keyof typeof PARAMETERS ? (typeof PARAMETERS)[K] : never;

/** A `date-time` or `date` parameter also takes a `Date`. */
type Value<K, V> = Facts<K> extends { format: 'date-time' | 'date' } ? Date | string : V;

/**
 * Parameters of `list`, `pages` and `listAll`: the list operation's query parameters as the
 * spec defines them (today `limit`, `from`, `ordering`, `offset`). A date or date-time
 * parameter (`from`) also takes a `Date`.
 */
export type ListParams = {
  [K in keyof SpecListQuery]?: Value<K, SpecListQuery[K]> | undefined;
};

/** The list operation's query parameter names, in spec order. */
export const LIST_QUERY: readonly string[] = OPERATIONS.listGroups.query;

/** The query for `params` (already checked for unknown keys), in spec order, each value as sent. */
export function toListQuery(params: Record<string, unknown>): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of LIST_QUERY) {
    const facts = PARAMETERS[name as keyof typeof PARAMETERS] as ParameterFacts;
    if (params[name] !== undefined) query[name] = queryValue(params[name], facts);
  }
  return query;
}
