import { LIMIT, ORDERING } from '@uploadcare-groups/client/spec';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/args.js';
import { UsageError } from '../src/usage-error.js';

const id = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

describe('parseCommandLine', () => {
  it.each([
    [['--help'], { command: 'help' }],
    [['-h'], { command: 'help' }],
    [['help'], { command: 'help' }],
    [['help', 'list'], { command: 'help', topic: 'list' }],
    [['info', '--help'], { command: 'help', topic: 'info' }],
    [['delete', id, '-h'], { command: 'help', topic: 'delete' }],
    [['list'], { command: 'list', all: false, json: false }],
    [
      ['list', '--limit', '5', '--from', '2018-11-27', '--all', '--json', '--base-url=http://x:1'],
      { command: 'list', baseUrl: 'http://x:1', limit: 5, from: '2018-11-27T00:00:00Z', all: true, json: true },
    ],
    [['list', '--limit', String(LIMIT.maximum)], { command: 'list', limit: LIMIT.maximum, all: false, json: false }],
    [['list', '--limit', String(LIMIT.minimum)], { command: 'list', limit: LIMIT.minimum, all: false, json: false }],
    [['list', '--json', '--json'], { command: 'list', all: false, json: true }],
    [['info', id], { command: 'info', id, json: false }],
    [['info', '--json', id], { command: 'info', id, json: true }],
    [['store', id], { command: 'store', id, json: false }],
    [['delete', id], { command: 'delete', id, yes: false }],
    [['delete', id, '--yes'], { command: 'delete', id, yes: true }],
    [['delete', '-y', id], { command: 'delete', id, yes: true }],
    [['url', id], { command: 'url', id }],
    [['url', id, '--nth', '2'], { command: 'url', id, nth: 2 }],
    [['url', id, '--archive', 'tar'], { command: 'url', id, archive: 'tar' }],
  ])('%j', (argv, expected) => {
    expect(parseCommandLine(argv)).toEqual(expected);
  });

  it.each([
    [[], 'missing command', undefined],
    [['--json'], "expected a command before '--json'", undefined],
    [['lst'], "unknown command 'lst'", undefined],
    [['help', 'lst'], "unknown command 'lst'", undefined],
    [['list', '--verbose'], "unknown option '--verbose'", 'list'],
    [['list', '-v'], "unknown option '-v'", 'list'],
    [['list', '--limit'], "option '--limit' needs a value", 'list'],
    [['list', '--limit', '--json'], "option '--limit' needs a value", 'list'],
    [['list', '--json=yes'], "option '--json' takes no value", 'list'],
    [['list', '--limit', '1', '--limit', '2'], "option '--limit' given twice", 'list'],
    [['list', 'extra'], "unexpected argument 'extra'", 'list'],
    [['list', '--from', 'yesterday'], "invalid --from 'yesterday'", 'list'],
    [['list', '--limit', String(LIMIT.minimum - 1)], `invalid --limit '${LIMIT.minimum - 1}'`, 'list'],
    [
      ['list', '--limit', String(LIMIT.maximum + 1)],
      `invalid --limit '${LIMIT.maximum + 1}' (expected a whole number from ${LIMIT.minimum} to ${LIMIT.maximum})`,
      'list',
    ],
    [['list', '--limit', '-1'], "invalid --limit '-1'", 'list'],
    [['list', '--limit', '-h'], "option '--limit' needs a value", 'list'],
    [['list', '--order', 'up'], "invalid --order 'up'", 'list'],
    [['list', '--order', '--all'], "option '--order' needs a value", 'list'],
    [['list', '--base-url', 'nowhere'], "invalid --base-url 'nowhere'", 'list'],
    [['info'], 'missing <group-id>', 'info'],
    [['info', 'nope'], "invalid group id 'nope'", 'info'],
    [['info', id, id], `unexpected argument '${id}'`, 'info'],
    [['store', id, '--yes'], "unknown option '--yes'", 'store'],
    [['delete', id, '--json'], "unknown option '--json'", 'delete'],
    [['url', id, '--base-url', 'http://x'], "unknown option '--base-url'", 'url'],
    [['url', id, '--json'], "unknown option '--json'", 'url'],
    [['url', id, '--nth', '1', '--archive', 'zip'], '--nth and --archive cannot be used together', 'url'],
    [['url', id, '--nth', 'x'], "invalid --nth 'x'", 'url'],
  ])('%j is a usage error: %s', (argv, message, command) => {
    let thrown: unknown;
    try {
      parseCommandLine(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toContain(message);
    expect((thrown as UsageError).command).toBe(command);
  });
});

describe('--order', () => {
  // Read from the spec: a value added to its enum is taken with no edit here.
  it.each(ORDERING.enum)('takes the ordering %s as it is', (ordering) => {
    expect(parseCommandLine(['list', '--order', ordering])).toEqual({
      command: 'list',
      ordering,
      all: false,
      json: false,
    });
  });
});
