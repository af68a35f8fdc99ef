/**
 * Reads `Retry-After` in either form HTTP allows: whole seconds (`"10"`, what Uploadcare sends)
 * or an HTTP-date. Returns milliseconds to wait (0 for a date in the past), or NaN when the
 * header is absent or unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfterMs(value: string | null): number {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only date-like values: Date.parse would otherwise accept odd strings such as "1.5".
  return /[a-z]/i.test(text) ? Math.max(0, Date.parse(text) - Date.now()) : Number.NaN;
}
