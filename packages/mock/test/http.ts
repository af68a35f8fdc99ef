// Requests the way a well-behaved client sends them to the mock.
import { API_VERSIONS, MEDIA_TYPES } from '../src/generated/media-types.js';

/** The media type of the newest API version the spec names (what most operations take). */
export const NEWEST = MEDIA_TYPES[API_VERSIONS[0]];
export const AUTH = 'Uploadcare demopublickey:0123456789abcdef0123456789abcdef01234567';
export const GROUP_ID = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

export function headers(accept: string = NEWEST, extra: Record<string, string> = {}): Record<string, string> {
  return { Accept: accept, Authorization: AUTH, ...extra };
}

export interface Violation {
  location: string[];
  code: string | number;
  message: string;
}

/** Prism's list of what was wrong with a request or response (empty when it found nothing). */
export function violations(res: Response): Violation[] {
  const header = res.headers.get('sl-violations');
  return header ? (JSON.parse(header) as Violation[]) : [];
}
