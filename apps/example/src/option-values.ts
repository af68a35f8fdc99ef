import { isGroupId } from '@uploadcare-groups/client';

/**
 * Checks and normalises option values. Each parser throws a plain Error whose message
 * completes "invalid <what>: ..."; the caller adds which option it was.
 */

const exampleId = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

export function parseGroupIdArgument(value: string): string {
  if (!isGroupId(value)) {
    throw new Error(`invalid group id '${value}' (expected <uuid>~<files count>, e.g. ${exampleId})`);
  }
  return value;
}

export function parseLimit(value: string): number {
  const limit = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(limit >= 1 && limit <= 1000)) {
    throw new Error(`invalid --limit '${value}' (expected a whole number from 1 to 1000)`);
  }
  return limit;
}

export type Order = 'asc' | 'desc';

export function parseOrder(value: string): Order {
  if (value !== 'asc' && value !== 'desc') {
    throw new Error(`invalid --order '${value}' (expected asc or desc)`);
  }
  return value;
}

export type Archive = 'zip' | 'tar';

export function parseArchive(value: string): Archive {
  if (value !== 'zip' && value !== 'tar') {
    throw new Error(`invalid --archive '${value}' (expected zip or tar)`);
  }
  return value;
}

export function parseNth(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new Error(`invalid --nth '${value}' (expected a file position: 0, 1, 2, ...)`);
  }
  return Number(value);
}

export function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`invalid --base-url '${value}' (expected an http or https URL)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`invalid --base-url '${value}' (expected an http or https URL)`);
  }
  return value;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Turns a user's date into the ISO 8601 date-time the API's `from` expects (`T` as the
 * separator, always a zone). A date alone means its midnight, UTC; a time without a
 * zone is UTC. Microseconds are kept as given, since the service's own `next` links
 * carry them and rounding could skip or repeat a group.
 */
export function parseFromDate(value: string): string {
  const match = datePattern.exec(value.trim());
  const invalid = new Error(`invalid --from '${value}' (expected YYYY-MM-DD or an ISO 8601 date-time)`);
  if (!match) throw invalid;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) throw invalid;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) throw invalid;
  const normalisedZone = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  if (normalisedZone !== 'Z' && (Number(normalisedZone.slice(1, 3)) > 23 || Number(normalisedZone.slice(4)) > 59)) {
    throw invalid;
  }
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${normalisedZone}`;
}
