/**
 * The date of a signed request, in the RFC 7231 IMF-fixdate form the service reads
 * (`Mon, 05 Nov 2018 13:14:41 GMT`, exactly what `toUTCString` gives). The text changes once a
 * second, so it is made once a second and kept: formatting a date is a measurable part of a
 * request's own CPU, and every request of that second sends the same text anyway.
 */
let second = Number.NaN;
let text = '';

/** The HTTP date of `now` (ms since the epoch; default the current time). */
export function httpDate(now: number = Date.now()): string {
  const at = Math.floor(now / 1000);
  if (at !== second) {
    second = at;
    text = new Date(now).toUTCString();
  }
  return text;
}
