/**
 * Group ids, `<uuid>~<N>`: a lowercase RFC 4122 UUID, a tilde and the number of files
 * (at least 1, no leading zero). The pattern and the example in messages are generated from
 * the spec's `GroupId` schema, so the client refuses exactly what the spec refuses, and each
 * hint is offered only when the spec's own pattern says it would repair the value.
 */
import { shown } from './argument-checks.js';
import { InvalidArgumentError } from './errors.js';
import { GROUP_ID_EXAMPLE, GROUP_ID_PATTERN } from './generated/patterns.js';

const GROUP_ID_RE = new RegExp(GROUP_ID_PATTERN);

/** The example's count part (`~3`), what a value lacking or botching its own is repaired with. */
const EXAMPLE_COUNT = /~[^~]*$/.exec(GROUP_ID_EXAMPLE)?.[0];

/** The two parts of a group id. */
export interface ParsedGroupId {
  /** The group's UUID, lowercase. */
  uuid: string;
  /** How many files the group holds (the N after the tilde). */
  filesCount: number;
}

/** What is wrong with a value that is not a group id, for the error message: each hint is a repair the spec's pattern accepts. */
function hint(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (value === '') return ' (empty)';
  if (/[/?#\\]|\.\./.test(value)) return ' (a path or URL character)';
  if (GROUP_ID_RE.test(value.toLowerCase())) return ' (it must be lowercase)';
  if (EXAMPLE_COUNT !== undefined) {
    if (!value.includes('~') && GROUP_ID_RE.test(`${value.toLowerCase()}${EXAMPLE_COUNT}`)) {
      return ' (a file UUID is not a group id: it needs the files count after a ~)';
    }
    if (GROUP_ID_RE.test(value.toLowerCase().replace(/~[^~]*$/, EXAMPLE_COUNT))) {
      return ` (the files count after the ~ is not one the spec allows: ${GROUP_ID_PATTERN})`;
    }
  }
  return '';
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
    throw new InvalidArgumentError(
      argument,
      `${shown(value)} is not a group id such as ${GROUP_ID_EXAMPLE}${hint(value)}`,
    );
  }
  return { uuid: value.slice(0, value.indexOf('~')), filesCount: filesCountOf(value) };
}
