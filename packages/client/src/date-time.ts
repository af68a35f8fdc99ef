/**
 * The one check of a `from` date-time, shared by the client's list calls and the example CLI:
 * only dates that exist on the calendar, so `2019-02-29` is refused rather than sent (the
 * service, like `Date`, would read it as March 1).
 */
import { fail, shown } from './argument-checks.js';

// A date, or a date-time with seconds and a zone; `T` as the separator, as the API wants.
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:Z|[+-](\d\d):(\d\d)))?$/i;

/**
 * Checks a `from` value and returns the string the client sends for it: a `Date` as
 * `toISOString()`, a date-time string as given (upper-cased `T`/`Z`; microseconds the service
 * gave are kept), a date alone as its midnight UTC. Refuses what is not on the calendar
 * (`2019-02-29`, `T24:00:00Z`, a month 13), a date-time without a zone (it would mean different
 * instants on different machines) and anything else, with an {@link InvalidArgumentError}.
 *
 * @example
 * ```ts
 * normalizeFrom('2018-11-27');                  // '2018-11-27T00:00:00Z'
 * normalizeFrom('2018-11-27t14:14:37.583654z'); // '2018-11-27T14:14:37.583654Z'
 * normalizeFrom('2019-02-29');                  // throws InvalidArgumentError: from: …
 * ```
 */
export function normalizeFrom(value: Date | string, argument = 'from'): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail(argument, 'is an invalid Date');
    return value.toISOString();
  }
  if (typeof value !== 'string') fail(argument, `expected a Date or an ISO 8601 string, got ${typeof value}`);
  const text = value.trim().toUpperCase();
  const parts = DATE_TIME.exec(text)?.slice(1) ?? [];
  // Missing time and zone parts count as 0; no match at all leaves the month at 0, refused below.
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = Array.from({ length: 8 }, (_, i) =>
    Number(parts[i] ?? 0),
  ) as [number, number, number, number, number, number, number, number];
  // Shifting the year by whole 400-year cycles keeps leap years, and stays clear of Date's 0–99 quirk.
  const daysInMonth = new Date(Date.UTC((year % 400) + 2000, month, 0)).getUTCDate();
  if (
    !(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    zoneHour > 23 ||
    zoneMinute > 59
  ) {
    fail(
      argument,
      `${shown(value)} is not a calendar date ("2018-11-27") or an ISO 8601 date-time with a time zone ("2018-11-27T14:14:37Z")`,
    );
  }
  return text.includes('T') ? text : `${text}T00:00:00Z`;
}
