// Requests the way a well-behaved client sends them to the mock.
export const V07 = 'application/vnd.uploadcare-v0.7+json';
export const V06 = 'application/vnd.uploadcare-v0.6+json';
export const AUTH = 'Uploadcare demopublickey:0123456789abcdef0123456789abcdef01234567';
export const GROUP_ID = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

export function headers(accept = V07, extra: Record<string, string> = {}): Record<string, string> {
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
