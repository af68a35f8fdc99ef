/**
 * The list operation's query, checked against the constraints the spec gives each parameter
 * (bounds, enum, date-time format: all generated), in the order the spec lists them. A new
 * `ordering` value or a new bound in the spec is accepted or refused here with no hand edit.
 */
import { fail, integerIn, oneOf } from './argument-checks.js';
import { normalizeFrom } from './date-time.js';
import type { operations } from './generated/openapi.js';
import { OPERATIONS } from './generated/operations.js';
import { PARAMETERS } from './generated/parameters.js';

type SpecListQuery = NonNullable<operations['listGroups']['parameters']['query']>;

/**
 * Parameters of `list`, `pages` and `listAll`: the list operation's query parameters as the
 * spec defines them (`limit`, `from`, `ordering`, `offset`). `from` also takes a `Date`.
 */
export type ListParams = {
  [K in keyof SpecListQuery]?: (K extends 'from' ? Date | string : SpecListQuery[K]) | undefined;
};

/** The list operation's query parameter names, in spec order. */
export const LIST_QUERY: readonly string[] = OPERATIONS.listGroups.query;

interface ParameterFacts {
  type?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  enum?: readonly unknown[];
}

/** The value to send for query parameter `name`, checked against its schema in the spec. */
function queryValue(name: string, value: unknown): string | number {
  const facts: ParameterFacts = PARAMETERS[name as keyof typeof PARAMETERS];
  if (facts.enum) return oneOf(value, name, facts.enum) as string;
  if (facts.type === 'integer') return integerIn(value, name, facts.minimum ?? -Infinity, facts.maximum);
  if (facts.format === 'date-time') return normalizeFrom(value as string, name);
  if (typeof value !== 'string' && typeof value !== 'number') fail(name, `expected a string, got ${typeof value}`);
  return value;
}

/** The query for `params` (already checked for unknown keys), in spec order. */
export function toListQuery(params: Record<string, unknown>): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  for (const name of LIST_QUERY) if (params[name] !== undefined) query[name] = queryValue(name, params[name]);
  return query;
}
