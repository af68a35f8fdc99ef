/**
 * The text sent for one query parameter, checked against the constraints its schema has in the
 * spec (generated into `PARAMETERS`): any type the spec may give a parameter — boolean, integer,
 * number, string with an enum, a pattern, length bounds or a `date-time`/`date` format — is
 * checked and encoded here, so a parameter added to the spec is sent right with no hand edit.
 * A value of the wrong kind is an {@link InvalidArgumentError} naming the parameter, before any
 * request is sent.
 */
import { fail, oneOf, shown } from './argument-checks.js';
import { normalizeDate, normalizeFrom } from './date-time.js';

/** What the generated constant of a parameter may say about its schema. */
export interface ParameterFacts {
  name: string;
  type?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: readonly unknown[];
  minItems?: number;
  maxItems?: number;
  /** An array's items (`type: array`). */
  items?: Omit<ParameterFacts, 'name'>;
  /** `false`: an array is sent as one comma-separated value; otherwise one `name=value` each. */
  explode?: boolean;
}

/** ` from 1 to 1000`, ` of at least 0`, ` above 0 and below 1`: the bounds of a number, in words. */
function bounds(facts: ParameterFacts): string {
  const parts: string[] = [];
  if (facts.minimum !== undefined && facts.maximum !== undefined)
    parts.push(`from ${facts.minimum} to ${facts.maximum}`);
  else if (facts.minimum !== undefined) parts.push(`of at least ${facts.minimum}`);
  else if (facts.maximum !== undefined) parts.push(`of at most ${facts.maximum}`);
  if (facts.exclusiveMinimum !== undefined) parts.push(`above ${facts.exclusiveMinimum}`);
  if (facts.exclusiveMaximum !== undefined) parts.push(`below ${facts.exclusiveMaximum}`);
  return parts.length > 0 ? ` ${parts.join(' and ')}` : '';
}

function number(value: unknown, facts: ParameterFacts): number {
  const integer = facts.type === 'integer';
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!integer || Number.isSafeInteger(value)) &&
    !(facts.minimum !== undefined && value < facts.minimum) &&
    !(facts.maximum !== undefined && value > facts.maximum) &&
    !(facts.exclusiveMinimum !== undefined && value <= facts.exclusiveMinimum) &&
    !(facts.exclusiveMaximum !== undefined && value >= facts.exclusiveMaximum);
  if (!ok) fail(facts.name, `must be ${integer ? 'an integer' : 'a number'}${bounds(facts)}, got ${shown(value)}`);
  return value as number;
}

function string(value: unknown, facts: ParameterFacts): string {
  if (typeof value !== 'string') fail(facts.name, `expected a string, got ${shown(value)}`);
  const { length } = [...value];
  if (
    (facts.minLength !== undefined && length < facts.minLength) ||
    (facts.maxLength !== undefined && length > facts.maxLength)
  ) {
    fail(
      facts.name,
      `must be ${facts.minLength ?? 0} to ${facts.maxLength ?? 'any number of'} characters long, got ${shown(value)}`,
    );
  }
  if (facts.pattern !== undefined && !new RegExp(facts.pattern, 'u').test(value)) {
    fail(facts.name, `must match ${facts.pattern}, got ${shown(value)}`);
  }
  return value;
}

/**
 * The text to send for `value`, or the {@link InvalidArgumentError} naming the parameter.
 *
 * @example
 * ```ts
 * queryValue(true, { name: 'stored', type: 'boolean' });                  // 'true'
 * queryValue(new Date(0), { name: 'since', type: 'string', format: 'date' }); // '1970-01-01'
 * queryValue(['a', 'b'], { name: 'ids', type: 'array', items: { type: 'string' } }); // ['a', 'b']: ids=a&ids=b
 * queryValue(0, { name: 'limit', type: 'integer', minimum: 1 });          // throws: limit: must be …
 * ```
 */
export function queryValue(value: unknown, facts: ParameterFacts): string | string[] {
  if (facts.type === 'array') return list(value, facts);
  return scalar(value, facts);
}

/** An array parameter: each item checked against the items' facts, sent repeated (or comma-joined when `explode: false`). */
function list(value: unknown, facts: ParameterFacts): string | string[] {
  const { name } = facts;
  if (!Array.isArray(value)) fail(name, `expected an array, got ${shown(value)}`);
  if (
    (facts.minItems !== undefined && value.length < facts.minItems) ||
    (facts.maxItems !== undefined && value.length > facts.maxItems)
  ) {
    fail(name, `must have ${facts.minItems ?? 0} to ${facts.maxItems ?? 'any number of'} items, got ${value.length}`);
  }
  const items = value.map((item, i) => scalar(item, { ...facts.items, name: `${name}[${i}]` }));
  return facts.explode === false ? items.join(',') : items;
}

function scalar(value: unknown, facts: ParameterFacts): string {
  const { name } = facts;
  if (facts.enum) return String(oneOf(value, name, facts.enum));
  switch (facts.type) {
    case 'boolean':
      if (typeof value !== 'boolean') fail(name, `must be true or false, got ${shown(value)}`);
      return String(value);
    case 'integer':
    case 'number':
      return String(number(value, facts));
    default:
      if (facts.format === 'date-time') return normalizeFrom(value as Date | string, name);
      if (facts.format === 'date') return normalizeDate(value as Date | string, name);
      return string(value, facts);
  }
}
