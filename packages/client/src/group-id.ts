/**
 * Group ids, `<uuid>~<N>`: a lowercase RFC 4122 UUID, a tilde and the number of files
 * (at least 1, no leading zero). The pattern is generated from the spec's `GroupId` schema,
 * so the client refuses exactly what the spec refuses.
 */
import { shown } from './argument-checks.js';
import { InvalidArgumentError } from './errors.js';
import { GROUP_ID_PATTERN } from './generated/patterns.js';

const GROUP_ID_RE = new RegExp(GROUP_ID_PATTERN);

/** The two parts of a group id. */
export interface ParsedGroupId {
  /** The group's UUID, lowercase. */
  uuid: string;
  /** How many files the group holds (the N after the tilde). */
  filesCount: number;
}

/** What is wrong with a value that is not a group id, for the error message. */
function hint(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (value === '') return ' (empty)';
  if (/[/?#\\]|\.\./.test(value)) return ' (a path or URL character)';
  if (/~(0\d*)?$/.test(value)) return ' (the count must be at least 1, no leading 0)';
  if (!value.includes('~')) return ' (a file UUID is not a group id)';
  return GROUP_ID_RE.test(value.toLowerCase()) ? ' (it must be lowercase)' : '';
}

const filesCountOf = (id: string) => Number(id.slice(id.indexOf('~') + 1));

/**
 * Whether `value` is a well-formed group id.
 *
 * @example
 * ```ts
 * isGroupId('badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3'); // true
 * isGroupId('badfc9f7-f88f-4921-9cc0-22e2c08aa2da');   // false: a file UUID
 * ```
 */
export function isGroupId(value: unknown): value is string {
  return typeof value === 'string' && GROUP_ID_RE.test(value) && Number.isSafeInteger(filesCountOf(value));
}

/**
 * Splits a group id into its UUID and file count; throws {@link InvalidArgumentError} on
 * anything else.
 *
 * @example
 * ```ts
 * parseGroupId('badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3');
 * // { uuid: 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da', filesCount: 3 }
 * ```
 */
export function parseGroupId(value: string, argument = 'groupId'): ParsedGroupId {
  if (!isGroupId(value)) {
    throw new InvalidArgumentError(argument, `${shown(value)} is not a group id "<uuid>~<count>"${hint(value)}`);
  }
  return { uuid: value.slice(0, value.indexOf('~')), filesCount: filesCountOf(value) };
}
