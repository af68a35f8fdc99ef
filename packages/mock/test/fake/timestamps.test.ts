import { expect, test } from 'vitest';
import { formatMicros, parseIsoMicros } from '../../src/fake/state/timestamps.js';

const MICRO = 1000;
const base = Date.UTC(2018, 10, 27, 14, 14, 37) * MICRO;

test.each([
  ['2018-11-27T14:14:37.583654Z', base + 583_654],
  ['2018-11-27T14:14:37.583654+00:00', base + 583_654],
  ['2018-11-27T15:14:37.583654+01:00', base + 583_654],
  ['2018-11-27T15:14:37.583654+0100', base + 583_654],
  ['2018-11-27T09:14:37.583654-05', base + 583_654],
  ['2018-11-27T14:14:37.5836549Z', base + 583_654],
  ['2018-11-27T14:14:37.5Z', base + 500_000],
  ['2018-11-27T14:14:37Z', base],
  ['2018-11-27T14:14:37', base],
  ['2018-11-27t14:14:37z', base],
  ['2018-11-27T14:14Z', base - 37 * 1_000_000],
])('%s is %i µs', (text, micros) => {
  expect(parseIsoMicros(text)).toBe(micros);
});

test.each([
  '2018-11-27',
  '2018-11-27 14:14:37Z',
  '2018-02-30T00:00:00Z',
  '2018-13-01T00:00:00Z',
  '2018-11-27T24:00:00Z',
  '2018-11-27T14:14:60Z',
  '2018-11-27T14:14:37+25:00',
  '2018-11-27T14:14:37 00:00',
  'yesterday',
  '',
])('%j is not an ISO 8601 date-time', (text) => {
  expect(parseIsoMicros(text)).toBeUndefined();
});

test('formatting keeps six fraction digits, in either zone form, and round-trips', () => {
  expect(formatMicros(base + 583_654)).toBe('2018-11-27T14:14:37.583654Z');
  expect(formatMicros(base + 7, '+00:00')).toBe('2018-11-27T14:14:37.000007+00:00');
  for (const micros of [base, base + 1, base + 999_999, 0]) expect(parseIsoMicros(formatMicros(micros))).toBe(micros);
});
