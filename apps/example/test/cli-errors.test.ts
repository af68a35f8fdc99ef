import { createServer } from 'node:net';
import { LIMIT } from '@uploadcare-groups/client/spec';
import { describe, expect, it } from 'vitest';
import { useMock } from './mock.js';
import { apiEnv, runCli } from './run-cli.js';

// The stateful mock, which counts every request that reaches it.
const api = useMock();
// A well-formed id of 3 files (for --nth), with letters (for the upper-case case), that the
// mock's seeded groups do not have (checked where it matters).
const id = 'c0ffee00-beef-4000-8000-00000000abcd~3';

describe('usage errors exit 2 with a one-line message and the usage, before any request', () => {
  it.each([
    [['info', 'not-a-group'], "invalid group id 'not-a-group'", 'Usage: ucgroups info'],
    [['store', `${id.slice(0, -2)}`], 'invalid group id', 'Usage: ucgroups store'],
    [['delete', id.toUpperCase(), '--yes'], 'invalid group id', 'Usage: ucgroups delete'],
    [['url', 'abc~1'], "invalid group id 'abc~1'", 'Usage: ucgroups url'],
    [['list', '--from', 'yesterday'], "invalid --from 'yesterday'", 'Usage: ucgroups list'],
    [['list', '--from', '2023-02-29'], "invalid --from '2023-02-29'", 'Usage: ucgroups list'],
    [['list', '--verbose'], "unknown option '--verbose'", 'Usage: ucgroups list'],
    [['info', id, '--yes'], "unknown option '--yes'", 'Usage: ucgroups info'],
    [
      ['list', '--limit', String(LIMIT.maximum + 1)],
      `invalid --limit '${LIMIT.maximum + 1}' (expected a whole number from ${LIMIT.minimum} to ${LIMIT.maximum})`,
      'Usage: ucgroups list',
    ],
    [['list', '--limit', '-1'], "invalid --limit '-1'", 'Usage: ucgroups list'],
    [['list', '--order', 'newest'], "invalid --order 'newest'", 'Usage: ucgroups list'],
    [['list', '--limit'], "option '--limit' needs a value", 'Usage: ucgroups list'],
    [['info'], 'missing <group-id>', 'Usage: ucgroups info'],
    [['url', id, '--nth', '3'], "invalid --nth '3' (the group has 3 files: 0 to 2)", 'Usage: ucgroups url'],
    [['url', id, '--archive', 'rar'], "invalid --archive 'rar'", 'Usage: ucgroups url'],
    [['lst'], "unknown command 'lst'", 'Usage: ucgroups <list|info|store|delete|create|url>'],
    [[], 'missing command', 'Usage: ucgroups <list|info|store|delete|create|url>'],
    [['delete', id], 'refusing to delete without --yes when not on a terminal', 'Usage: ucgroups delete'],
  ])('%j: %s', async (args, message, usage) => {
    const result = await runCli(args, api.env());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [first, second] = result.stderr.split('\n');
    expect(first).toMatch(/^ucgroups: /);
    expect(first).toContain(message);
    expect(second?.startsWith(usage)).toBe(true);
    expect(await api.requestCount()).toBe(0);
  });

  it('asks for both keys when an API URL is given', async () => {
    // An empty variable is one not set.
    const result = await runCli(['list'], { ...api.env(), UPLOADCARE_SECRET_KEY: '' });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'ucgroups: UPLOADCARE_SECRET_KEY is not set (both keys are needed to call the API)',
    );
    expect(await api.requestCount()).toBe(0);
  });
});

describe('API and network errors exit 1 with the service detail', () => {
  it.each([[['info', id]], [['info', id, '--json']], [['store', id]], [['delete', id, '--yes']]])(
    '%j of a group the service does not have',
    async (args) => {
      expect((await api.groups()).map((group) => group.id)).not.toContain(id);
      const result = await runCli(args, api.env());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('ucgroups: API error 404: Not found.\n');
      expect(await api.requestCount()).toBe(1);
    },
  );

  it('reports a server that cannot be reached', async () => {
    const port = await closedPort();
    const result = await runCli(['info', id], apiEnv(`http://127.0.0.1:${port}`));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^ucgroups: .*could not reach the service.*ECONNREFUSED/);
  });
});

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 0;
}
