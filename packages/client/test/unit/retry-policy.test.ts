// Which statuses are retried and how their Retry-After is read come from the spec: the
// statuses each operation documents with a Retry-After header, in the form its schema gives.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_IDS, OPERATIONS } from '../../src/generated/operations.js';
import { parseRetryAfterMs } from '../../src/transport/retry-after.js';
import { isRetryable, retryAfterFormOf } from '../../src/transport/retry-policy.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('the statuses retried', () => {
  it.each(
    OPERATION_IDS.flatMap((id) =>
      Object.keys(OPERATIONS[id].retryAfter).map((status) => [id, Number(status)] as const),
    ),
  )('%s retries %i: the spec documents it with Retry-After', (id, status) => {
    expect(isRetryable(status, OPERATIONS[id].retryAfter)).toBe(true);
  });

  it('retries a status the spec adds with Retry-After (a 503 as HTTP-date, a 420), and not without', () => {
    const documented = { 420: 'seconds', 503: 'http-date' } as const;
    expect(isRetryable(420, documented)).toBe(true);
    expect(isRetryable(420, {})).toBe(false);
    expect(retryAfterFormOf(503, documented)).toBe('http-date');
    expect(retryAfterFormOf(429, documented)).toBe('either');
  });

  it.each([408, 500, 502, 503, 504])('retries the transient failure %i whatever the spec says', (status) => {
    expect(isRetryable(status, {})).toBe(true);
  });

  it.each([400, 401, 404, 406, 429, 501])(
    'does not retry %i when the operation documents no Retry-After for it',
    (status) => {
      expect(isRetryable(status, {})).toBe(false);
    },
  );
});

describe('Retry-After, in the documented form', () => {
  const inFive = () => new Date(Date.now() + 5000).toUTCString();
  it.each([
    ['seconds', '7', 7000],
    ['seconds', 'an HTTP-date', Number.NaN],
    ['http-date', '7', Number.NaN],
    ['http-date', 'an HTTP-date', 5000],
    ['either', '7', 7000],
    ['either', 'an HTTP-date', 5000],
    ['either', 'soon', Number.NaN],
    ['http-date', 'Tue, 99 Foo 2026 00:00:00 GMT', Number.NaN],
  ] as const)('%s: %s reads as %d ms', (form, value, ms) => {
    expect(parseRetryAfterMs(value === 'an HTTP-date' ? inFive() : value, form)).toBe(ms);
  });
});
