// The request date of signed requests, in HTTP date form (IMF-fixdate, always GMT):
// `Mon, 05 Nov 2018 13:14:41 GMT`, what `Date.prototype.toUTCString()` writes.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/** Milliseconds since the epoch, or undefined when `text` is not an HTTP date. */
export function parseHttpDate(text: string): number | undefined {
  const m = HTTP_DATE.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2] as string);
  const [day, year, hour, minute, second] = [m[1], m[3], m[4], m[5], m[6]].map(Number) as number[];
  if (month < 0 || (hour as number) > 23 || (minute as number) > 59 || (second as number) > 60) return undefined;
  const ms = Date.UTC(year as number, month, day, hour, minute, second);
  // Date.UTC rolls 31 Feb over into March: refuse a day the month does not have.
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return ms;
}
