/**
 * Group ids, `<uuid>~<N>`: a lowercase RFC 4122 UUID, a tilde and the number of files
 * (at least 1, no leading zero) — the same pattern as the spec's `GroupId` schema.
 */
import { InvalidArgumentError } from './errors.js';

const GROUP_ID_RE = /^([0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})~([1-9][0-9]*)$/;

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
  const match = GROUP_ID_RE.exec(value);
  return match !== null && Number.isSafeInteger(Number(match[2]));
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
  const match = typeof value === 'string' ? GROUP_ID_RE.exec(value) : null;
  const filesCount = Number(match?.[2]);
  if (!match?.[1] || !Number.isSafeInteger(filesCount)) throw new InvalidArgumentError(argument, explain(value));
  return { uuid: match[1], filesCount };
}
