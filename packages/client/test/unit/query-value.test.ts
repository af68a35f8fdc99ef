// Every kind of query parameter the spec may define is checked and encoded from its generated
// facts, so a parameter added to the spec (a boolean filter, a number, a date) is sent right,
// or refused naming it, with no hand edit.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { type ParameterFacts, queryValue } from '../../src/query-value.js';

const boolean: ParameterFacts = { name: 'stored', type: 'boolean' };
const integer: ParameterFacts = { name: 'limit', type: 'integer', minimum: 1, maximum: 1000 };
const atLeast: ParameterFacts = { name: 'offset', type: 'integer', minimum: 0 };
const ratio: ParameterFacts = { name: 'ratio', type: 'number', exclusiveMinimum: 0, maximum: 1 };
const choice: ParameterFacts = { name: 'ordering', type: 'string', enum: ['a', '-a'] };
const patterned: ParameterFacts = { name: 'uuid', type: 'string', pattern: '^[0-9a-f]{4}$', maxLength: 4 };
const dateTime: ParameterFacts = { name: 'from', type: 'string', format: 'date-time' };
const date: ParameterFacts = { name: 'since', type: 'string', format: 'date' };
const text: ParameterFacts = { name: 'q', type: 'string', minLength: 1 };
const ids: ParameterFacts = { name: 'ids', type: 'array', maxItems: 2, items: { type: 'string', pattern: '^[a-z]+$' } };
const days: ParameterFacts = { name: 'days', type: 'array', explode: false, items: { type: 'string', format: 'date' } };

describe('queryValue sends', () => {
  it.each([
    [boolean, true, 'true'],
    [boolean, false, 'false'],
    [integer, 1000, '1000'],
    [atLeast, 0, '0'],
    [ratio, 0.5, '0.5'],
    [choice, '-a', '-a'],
    [patterned, 'beef', 'beef'],
    [dateTime, '2018-11-27T14:14:37.583654Z', '2018-11-27T14:14:37.583654Z'],
    [dateTime, new Date('2018-11-27T14:14:37Z'), '2018-11-27T14:14:37.000Z'],
    [date, '2018-11-27', '2018-11-27'],
    [date, new Date('2018-11-27T23:59:59Z'), '2018-11-27'],
    [date, '2020-02-29', '2020-02-29'],
    [text, 'x y', 'x y'],
  ] as const)('%o: %o as %s', (facts, value, sent) => {
    expect(queryValue(value, facts)).toBe(sent);
  });

  it('an array: each item checked, one value per item (or comma-joined when explode is false)', () => {
    expect(queryValue(['a', 'b'], ids)).toEqual(['a', 'b']);
    expect(queryValue([new Date('2018-11-27T12:00:00Z'), '2018-11-28'], days)).toBe('2018-11-27,2018-11-28');
  });
});

describe('queryValue refuses, naming the parameter', () => {
  it.each([
    [boolean, 'yes', 'stored: must be true or false, got "yes"'],
    [boolean, 1, 'stored: must be true or false, got 1'],
    [integer, 0, 'limit: must be an integer from 1 to 1000, got 0'],
    [integer, 1.5, 'limit: must be an integer from 1 to 1000, got 1.5'],
    [atLeast, -1, 'offset: must be an integer of at least 0, got -1'],
    [ratio, 0, 'ratio: must be a number of at most 1 and above 0, got 0'],
    [ratio, Number.NaN, 'ratio: must be a number of at most 1 and above 0, got NaN'],
    [choice, 'b', 'ordering: must be "a" or "-a", got "b"'],
    [patterned, 'BEEF', 'uuid: must match ^[0-9a-f]{4}$, got "BEEF"'],
    [patterned, 'beefs', 'uuid: must be 0 to 4 characters long, got "beefs"'],
    [dateTime, '2019-02-29', 'from: "2019-02-29" is not a calendar date'],
    [date, '2018-11-27T00:00:00Z', 'since: "2018-11-27T00:00:00Z" is not a calendar date ("2018-11-27")'],
    [date, '2019-02-29', 'since: "2019-02-29" is not a calendar date'],
    [date, new Date('nope'), 'since: Invalid Date is not a calendar date'],
    [text, '', 'q: must be 1 to any number of characters long, got ""'],
    [text, 5, 'q: expected a string, got 5'],
    [ids, 'a', 'ids: expected an array, got "a"'],
    [ids, ['a', 'B'], 'ids[1]: must match ^[a-z]+$, got "B"'],
    [ids, ['a', 'b', 'c'], 'ids: must have 0 to 2 items, got 3'],
  ] as const)('%o: %o', (facts, value, message) => {
    expect(() => queryValue(value, facts)).toThrow(InvalidArgumentError);
    expect(() => queryValue(value, facts)).toThrow(message);
  });
});
