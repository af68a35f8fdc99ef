/**
 * Group ids, `<uuid>~<N>`: a lowercase RFC 4122 UUID, a tilde and the number of files
 * (at least 1, no leading zero). The pattern is generated from the spec's `GroupId` schema,
 * so the client refuses exactly what the spec refuses.
 */
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

const EXAMPLE = '"badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3"';

function explain(value: unknown): string {
  if (typeof value !== 'string') return `expected a group id string like ${EXAMPLE}, got ${typeof value}`;
  if (value === '') return `is empty; expected a group id like ${EXAMPLE}`;
  const quoted = JSON.stringify(value);
  if (/[/?#\\]|\.\./.test(value)) return `${quoted} contains a path or URL character; expected a bare group id`;
  if (/~(0\d*)?$/.test(value)) return `${quoted} has no valid file count: it must be at least 1, without leading zeros`;
  if (!value.includes('~')) {
    return `${quoted} lacks the "~<files count>" suffix of a group id (a file UUID is not a group id)`;
  }
  if (value !== value.toLowerCase() && GROUP_ID_RE.test(value.toLowerCase())) return `${quoted} must be lowercase`;
  return `${quoted} is not a group id of the form "<uuid>~<files count>"`;
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
  if (typeof value !== 'string') return false;
  return GROUP_ID_RE.test(value) && Number.isSafeInteger(filesCountOf(value));
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
  if (!isGroupId(value)) throw new InvalidArgumentError(argument, explain(value));
  return { uuid: value.slice(0, value.indexOf('~')), filesCount: filesCountOf(value) };
}
