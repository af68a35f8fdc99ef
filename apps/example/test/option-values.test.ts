import { GROUP_ID_EXAMPLE, LIMIT, ORDERING } from '@uploadcare-groups/client/spec';
import { describe, expect, it } from 'vitest';
import {
  orderingAliases,
  orderingChoices,
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
    [' 2018-11-27 ', '2018-11-27T00:00:00Z'],
    ['2024-02-29', '2024-02-29T00:00:00Z'],
    ['2000-02-29 23:59:59', '2000-02-29T23:59:59Z'],
  ])('normalises %s to %s', (input, expected) => {
    expect(parseFromDate(input)).toBe(expected);
  });

  it.each([
    ['yesterday', 'not a date'],
    ['27/11/2018', 'not a date'],
    ['', 'not a date'],
    ['2018-11-27T14', 'not a date'],
    // Refused by the client's normalizeFrom, the one calendar check.
    ['2018-13-01', 'no such date or time'],
    ['2023-02-29', 'no such date or time'],
    ['1900-02-29', 'no such date or time'],
    ['2018-11-31', 'no such date or time'],
    ['2018-11-27T24:00', 'no such date or time'],
    ['2018-11-27T14:60', 'no such date or time'],
    ['2018-11-27T14:14:60', 'no such date or time'],
    ['2018-11-27T14:14:37+25:00', 'no such date or time'],
  ])('rejects %j (%s)', (input, reason) => {
    expect(() => parseFromDate(input)).toThrow(
      `invalid --from '${input}' (${reason}; expected YYYY-MM-DD or an ISO 8601 date-time)`,
    );
  });
});

describe('parseLimit, bounded by the spec', () => {
  it.each([LIMIT.minimum, LIMIT.default, LIMIT.maximum])('accepts %i', (limit) => {
    expect(parseLimit(String(limit))).toBe(limit);
  });

  it.each([String(LIMIT.minimum - 1), String(LIMIT.maximum + 1), '-1', '2.5', '1e2', 'ten', ''])(
    'rejects %j, naming the bounds',
    (input) => {
      expect(() => parseLimit(input)).toThrow(
        `invalid --limit '${input}' (expected a whole number from ${LIMIT.minimum} to ${LIMIT.maximum})`,
      );
    },
  );
});

describe('parseOrder, from the spec', () => {
  it.each(ORDERING.enum)('takes %s', (ordering) => {
    expect(parseOrder(ordering)).toBe(ordering);
  });

  it('derives asc and desc from the default ordering, when the enum holds its reverse', () => {
    const reverse = `-${ORDERING.default}`;
    if ((ORDERING.enum as readonly string[]).includes(reverse) && !ORDERING.default.startsWith('-')) {
      expect(orderingAliases).toEqual({ asc: ORDERING.default, desc: reverse });
      expect(parseOrder('asc')).toBe(ORDERING.default);
      expect(parseOrder('desc')).toBe(reverse);
    } else {
      expect(orderingAliases).toEqual({});
    }
  });

  it('refuses anything else, listing every choice', () => {
    expect(orderingChoices).toEqual([...ORDERING.enum, ...Object.keys(orderingAliases)]);
    const listed = `${orderingChoices.slice(0, -1).join(', ')} or ${orderingChoices.at(-1)}`;
    expect(() => parseOrder('newest')).toThrow(`invalid --order 'newest' (expected ${listed})`);
  });
});

describe('the other values', () => {
  it.each([
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
    expect(() => parseGroupIdArgument(input)).toThrow(
      `invalid group id '${input}' (expected a group id such as ${GROUP_ID_EXAMPLE})`,
    );
  });
});
