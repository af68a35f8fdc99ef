// The list's query, checked against the generated parameter facts: each bad value is a 400
// naming the parameter and what it takes; unknown parameters are ignored.
import { expect, test } from 'vitest';
import { apiErrors } from '../../src/fake/http/api-errors.js';
import { type ListQuery, parseListQuery } from '../../src/fake/routes/query.js';
import { FROM, LIMIT, OFFSET, ORDERING } from '../../src/generated/parameters.js';

const parse = (query: string) => parseListQuery(new URLSearchParams(query));
const ascending = ORDERING.default;
const descending = ORDERING.enum.find((ordering) => ordering.startsWith('-')) as string;

test('without parameters: the documented defaults', () => {
  expect(parse('')).toEqual({
    limit: LIMIT.default,
    fromUs: undefined,
    ordering: ORDERING.default,
    orderingSent: false,
    offset: 0,
    descending: false,
  } satisfies ListQuery);
});

test.each([
  [`${LIMIT.name}=${LIMIT.minimum}`, { limit: LIMIT.minimum }],
  [`${LIMIT.name}=${LIMIT.maximum}`, { limit: LIMIT.maximum }],
  [`${LIMIT.name}=5&${LIMIT.name}=7`, { limit: 7 }],
  [`${OFFSET.name}=12`, { offset: 12 }],
  [`${ORDERING.name}=${descending}`, { ordering: descending, orderingSent: true, descending: true }],
  [`${ORDERING.name}=${ascending}`, { ordering: ascending, orderingSent: true, descending: false }],
  [
    `${FROM.name}=2018-11-27T14%3A14%3A37.583654%2B00%3A00`,
    { fromUs: Date.UTC(2018, 10, 27, 14, 14, 37) * 1000 + 583_654 },
  ],
  [`${FROM.name}=2018-11-27T14:14:37Z&unknown=1&page=2`, { fromUs: Date.UTC(2018, 10, 27, 14, 14, 37) * 1000 }],
])('%s', (query, expected) => {
  expect(parse(query)).toMatchObject(expected);
});

test.each([
  [`${LIMIT.name}=${LIMIT.minimum - 1}`, LIMIT.name],
  [`${LIMIT.name}=${LIMIT.maximum + 1}`, LIMIT.name],
  [`${LIMIT.name}=abc`, LIMIT.name],
  [`${LIMIT.name}=`, LIMIT.name],
  [`${LIMIT.name}=1.5`, LIMIT.name],
  [`${LIMIT.name}=-3`, LIMIT.name],
  [`${OFFSET.name}=-1`, OFFSET.name],
  [`${OFFSET.name}=x`, OFFSET.name],
  [`${ORDERING.name}=size`, ORDERING.name],
  [`${FROM.name}=yesterday`, FROM.name],
  [`${FROM.name}=2018-11-27`, FROM.name],
])('%s is a 400 naming %s', (query, name) => {
  const result = parse(query);
  expect(result).toMatchObject({ status: apiErrors.badParameter('').status });
  expect((result as { body: { detail: string } }).body.detail).toMatch(new RegExp(`^${name} must be`));
});

test('the limit detail gives the bounds and the value that came', () => {
  const result = parse(`${LIMIT.name}=0`) as { body: { detail: string } };
  expect(result.body.detail).toContain(`from ${LIMIT.minimum} to ${LIMIT.maximum}`);
  expect(result.body.detail).toContain('"0"');
});

test('an unencoded + in the zone of from is explained', () => {
  const result = parse(`${FROM.name}=2018-11-27T14:14:37+00:00`) as { body: { detail: string } };
  expect(result.body.detail).toMatch(/%2B/);
});
