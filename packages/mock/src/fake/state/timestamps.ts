// Creation times at the service's precision, microseconds: `from` is compared with
// `datetime_created` to the microsecond, and the links carry times with six fraction digits, so
// JavaScript's millisecond Date cannot hold them. A time is an integer count of microseconds
// since the epoch (safe in a double until the year 2255).

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Microseconds since the epoch of an ISO 8601 date-time with `T` between date and time (seconds,
 * fraction and zone optional; no zone means UTC; digits past the sixth fraction digit are cut),
 * or undefined when `text` is not one (including impossible dates such as February 30).
 */
export function parseIsoMicros(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // Years before 100 would need setUTCFullYear; the API has no groups that old.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = zoneOffsetMinutes(m[8] ?? 'Z');
  if (offset === undefined) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return ms * 1000 + Number((m[7] ?? '').slice(0, 6).padEnd(6, '0'));
}

/** `Z` → 0, `+02:00` / `+0200` / `+02` → 120, `-05:30` → -330; undefined when out of range. */
function zoneOffsetMinutes(zone: string): number | undefined {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The ISO 8601 text of a time with six fraction digits, in UTC: `Z` as in the service's
 * `datetime_created` (`2018-11-27T14:14:37.583654Z`), or `+00:00` as in its links' `from`.
 */
export function formatMicros(micros: number, zone: 'Z' | '+00:00' = 'Z'): string {
  const ms = Math.floor(micros / 1000);
  const fraction = String(micros - ms * 1000).padStart(3, '0');
  return `${new Date(ms).toISOString().slice(0, 23)}${fraction}${zone}`;
}

/** Microseconds since the epoch of a Date (millisecond precision). */
export function dateMicros(date: Date): number {
  return date.getTime() * 1000;
}
