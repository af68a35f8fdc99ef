/**
 * The one check of a `from` date-time, shared by the client's list calls and the example CLI:
 * only dates that exist on the calendar, so `2019-02-29` is refused rather than sent (the
 * service, like `Date`, would read it as March 1).
 */
import { fail, shown } from './argument-checks.js';

// A date, or a date-time with seconds and a zone; `T` as the separator, as the API wants. The
// pattern bounds every field but the day of a short month, which the calendar check catches.
const DATE_TIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d){2}(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

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
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const [, year, month, day, time] = DATE_TIME.exec(text) ?? [];
  // Shifting the year by whole 400-year cycles keeps leap years, and stays clear of Date's 0–99
  // quirk; a day the month does not have rolls over into the next month.
  if (
    !day ||
    new Date(Date.UTC((Number(year) % 400) + 2000, Number(month) - 1, Number(day))).getUTCDate() !== Number(day)
  ) {
    fail(argument, `${shown(value)} is not a calendar date ("2018-11-27") or an ISO 8601 date-time with a time zone`);
  }
  return time ? text : `${text}T00:00:00Z`;
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Checks a value for a `date` parameter (the spec's `format: date`, RFC 3339 full-date) and
 * returns what is sent: a `Date` as its UTC day, a `YYYY-MM-DD` string as given. Refuses a day
 * not on the calendar and anything else (a date-time too: its time would be dropped silently).
 *
 * @example
 * ```ts
 * normalizeDate(new Date('2018-11-27T14:14:37Z')); // '2018-11-27'
 * normalizeDate('2019-02-29');                     // throws InvalidArgumentError
 * ```
 */
export function normalizeDate(value: Date | string, argument = 'date'): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? value.trim() : '';
  const [, year, month, day] = DATE.exec(text) ?? [];
  if (
    !day ||
    new Date(Date.UTC((Number(year) % 400) + 2000, Number(month) - 1, Number(day))).getUTCDate() !== Number(day)
  ) {
    fail(argument, `${shown(value)} is not a calendar date ("2018-11-27")`);
  }
  return text;
}
