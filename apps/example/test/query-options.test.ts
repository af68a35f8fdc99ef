// One `list` option per query parameter of the spec, its name, help and check derived from the
// generated facts: a boolean, a number or a date the spec adds is an option with no hand edit.
import { OPERATIONS } from '@uploadcare-groups/client/spec';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/args.js';
import { withQueryOptions } from '../src/option-table.js';
import { LIST_QUERY_OPTIONS, queryOption } from '../src/query-options.js';
import { commandHelp } from '../src/usage.js';

describe('the options of list', () => {
  it("one per query parameter of the list operation (offset is the links' own)", () => {
    expect(LIST_QUERY_OPTIONS.map((option) => option.parameter)).toEqual(
      OPERATIONS.listGroups.query.filter((name) => name !== 'offset'),
    );
  });

  it.each(LIST_QUERY_OPTIONS.map((option) => [option.option] as const))('--%s is in the help', (option) => {
    expect(commandHelp('list')).toContain(`--${option}`);
  });
});

describe('an option derived from', () => {
  const stored = queryOption({ name: 'stored', type: 'boolean', description: 'Only groups whose files are stored.' });
  it('a boolean: a flag with --no-<name> and =true|false', () => {
    expect(stored).toMatchObject({ option: 'stored', parameter: 'stored', negatable: true });
    expect(stored.value).toBeUndefined();
    expect(stored.help[0]).toBe('only groups whose files are stored');
    expect(stored.parse('false')).toBe(false);
    expect(() => stored.parse('yes')).toThrow("invalid --stored 'yes' (expected true or false, or --no-stored)");
  });

  it('an integer: bounds and default in the help, checked', () => {
    const option = queryOption({
      name: 'page_size',
      type: 'integer',
      minimum: 1,
      maximum: 9,
      default: 3,
      description: 'Rows. More.',
    });
    expect(option).toMatchObject({ option: 'page-size', value: 'N', help: ['rows, 1 to 9 (default 3)'] });
    expect(option.parse('9')).toBe(9);
    expect(() => option.parse('10')).toThrow("invalid --page-size '10' (expected a whole number from 1 to 9)");
  });

  it('a number', () => {
    const option = queryOption({ name: 'ratio', type: 'number', minimum: 0, maximum: 1 });
    expect(option.parse('0.25')).toBe(0.25);
    expect(() => option.parse('2')).toThrow("invalid --ratio '2' (expected a number from 0 to 1)");
  });

  it('a date', () => {
    const option = queryOption({ name: 'since', type: 'string', format: 'date' });
    expect(option).toMatchObject({ value: 'DATE' });
    expect(option.parse('2020-02-29')).toBe('2020-02-29');
    expect(() => option.parse('2019-02-29')).toThrow(
      "invalid --since '2019-02-29' (expected a calendar date, YYYY-MM-DD)",
    );
  });

  it('a date-time', () => {
    const option = queryOption({ name: 'until', type: 'string', format: 'date-time' });
    expect(option.parse('2018-11-27 14:00')).toBe('2018-11-27T14:00:00Z');
  });

  it('an enum, with asc/desc when it holds a value and its reverse', () => {
    const option = queryOption({ name: 'sort', type: 'string', enum: ['size', '-size', 'name'], default: 'size' });
    expect(option.parse('desc')).toBe('-size');
    expect(() => option.parse('x')).toThrow("invalid --sort 'x' (expected size, -size, name, asc or desc)");
  });

  it('an array: comma-separated, each item checked as its type', () => {
    const option = queryOption({ name: 'sizes', type: 'array', items: { type: 'integer', minimum: 1 } });
    expect(option.value).toBe('N,…');
    expect(option.parse('1, 2')).toEqual([1, 2]);
    expect(() => option.parse('1,0')).toThrow("invalid --sizes '0' (expected a whole number 1 or more)");
  });

  it('any other string: passed on for the client to check', () => {
    expect(queryOption({ name: 'q', type: 'string' }).parse('a b')).toBe('a b');
  });
});

describe('a query option under the name of a fixed one', () => {
  it('fails naming the parameter, rather than shadow either', () => {
    const all = queryOption({ name: 'all', type: 'boolean' });
    expect(() => withQueryOptions({ all: { help: ['x'] } }, [all])).toThrow(
      `the spec's query parameter "all" would be --all, which ucgroups already has`,
    );
  });
});

describe('the parser, for the options of the spec', () => {
  it('sets each parameter by its spec name', () => {
    const invocation = parseCommandLine(['list', '--limit', '5', '--order', 'desc']);
    expect(invocation).toMatchObject({ command: 'list', limit: 5, ordering: '-datetime_created' });
  });

  it('refuses a value on a flag that is not negatable', () => {
    expect(() => parseCommandLine(['list', '--all=false'])).toThrow("option '--all' takes no value");
  });
});
