/**
 * Reads `Retry-After` in the form the spec documents for the answer (`seconds`: whole seconds,
 * what Uploadcare sends; `http-date`: an HTTP-date; `either`: both, as HTTP allows, for an answer
 * the spec says nothing about). Returns milliseconds to wait (0 for a date in the past), or NaN
 * when the header is absent, unreadable or in a form the spec does not give it, so the caller
 * falls back to backoff.
 */
import type { RetryAfterForm } from './retry-policy.js';

export function parseRetryAfterMs(value: string | null, form: RetryAfterForm = 'either'): number {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return form === 'http-date' ? Number.NaN : Number(text) * 1000;
  // Only date-like values: Date.parse would otherwise accept odd strings such as "1.5".
  if (form === 'seconds' || !/[a-z]/i.test(text)) return Number.NaN;
  const at = Date.parse(text);
  return Number.isNaN(at) ? Number.NaN : Math.max(0, at - Date.now());
}
