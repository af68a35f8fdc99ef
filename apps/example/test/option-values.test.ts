import { describe, expect, it } from 'vitest';
import {
  parseArchive,
  parseBaseUrl,
  parseFromDate,
  parseGroupIdArgument,
  parseLimit,
  parseNth,
  parseOrder,
} from '../src/option-values.js';

describe('parseFromDate', () => {
  it.each([
    ['2018-11-27', '2018-11-27T00:00:00Z'],
    ['2018-11-27T14:14', '2018-11-27T14:14:00Z'],
    ['2018-11-27 14:14:37', '2018-11-27T14:14:37Z'],
    ['2018-11-27T14:14:37.583654Z', '2018-11-27T14:14:37.583654Z'],
    ['2018-11-27T14:14:37.583654+00:00', '2018-11-27T14:14:37.583654+00:00'],
    ['2018-11-27t14:14:37-0530', '2018-11-27T14:14:37-05:30'],
    ['2024-02-29', '2024-02-29T00:00:00Z'],
  ])('normalises %s to %s', (input, expected) => {
    expect(parseFromDate(input)).toBe(expected);
  });

  it.each([
    'yesterday',
    '2018-13-01',
    '2023-02-29',
    '2018-11-31',
    '2018-11-27T24:00',
    '2018-11-27T14:60',
    '2018-11-27T14:14:37+25:00',
    '27/11/2018',
    '',
  ])('rejects %j', (input) => {
    expect(() => parseFromDate(input)).toThrow(/^invalid --from/);
  });
});

describe('parseLimit', () => {
  it.each([
    ['1', 1],
    ['100', 100],
    ['1000', 1000],
  ])('accepts %s', (input, expected) => {
    expect(parseLimit(input)).toBe(expected);
  });

  it.each(['0', '1001', '-1', '2.5', '1e2', 'ten', ''])('rejects %j', (input) => {
    expect(() => parseLimit(input)).toThrow(/^invalid --limit .*1 to 1000/);
  });
});

describe('the enumerations and numbers', () => {
  it.each([
    [parseOrder, 'asc', 'asc'],
    [parseOrder, 'desc', 'desc'],
    [parseArchive, 'zip', 'zip'],
    [parseArchive, 'tar', 'tar'],
    [parseNth, '0', 0],
    [parseNth, '12', 12],
    [parseBaseUrl, 'http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    [parseBaseUrl, 'https://api.uploadcare.com', 'https://api.uploadcare.com'],
  ] as const)('%o accepts %s', (parse, input, expected) => {
    expect((parse as (value: string) => unknown)(input)).toBe(expected);
  });

  it.each([
    [parseOrder, 'newest', /^invalid --order 'newest' \(expected asc or desc\)/],
    [parseArchive, 'rar', /^invalid --archive 'rar' \(expected zip or tar\)/],
    [parseNth, '-1', /^invalid --nth '-1'/],
    [parseNth, 'first', /^invalid --nth 'first'/],
    [parseBaseUrl, 'localhost:4010', /^invalid --base-url/],
    [parseBaseUrl, 'ftp://example.com', /^invalid --base-url/],
  ] as const)('%o rejects %s', (parse, input, message) => {
    expect(() => (parse as (value: string) => unknown)(input)).toThrow(message);
  });
});

describe('parseGroupIdArgument', () => {
  it('accepts a group id', () => {
    expect(parseGroupIdArgument('badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3')).toBe(
      'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3',
    );
  });

  it.each([
    'badfc9f7-f88f-4921-9cc0-22e2c08aa2da',
    'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~',
    'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~0',
    'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~x',
    'not-a-group~1',
  ])('rejects %s, naming the expected form', (input) => {
    expect(() => parseGroupIdArgument(input)).toThrow(`invalid group id '${input}' (expected <uuid>~<files count>`);
  });
});
