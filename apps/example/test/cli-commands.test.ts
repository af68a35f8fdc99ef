import { ORDERING } from '@uploadcare-groups/client/spec';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectGroupsPage, expectGroupWithFiles } from './group-shapes.js';
import { apiEnv, runCli } from './run-cli.js';

// Every command of the built CLI against the Prism mock, which serves the spec's examples.
let env: Record<string, string>;
beforeAll(() => {
  env = apiEnv(inject('uploadcareMockUrl'));
});

const id = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

describe('ucgroups list', () => {
  it('prints an aligned table of id, files, created and stored', async () => {
    const result = await runCli(['list'], env);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^id {2,}files {2}created \(UTC\) {8}stored$/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/^[0-9a-f-]{36}~\d+ +\d+ {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}\S+$/);
      // Aligned: every row's created column starts where the header's does.
      expect(row.search(/\d{4}-\d\d-\d\d /)).toBe(header?.indexOf('created'));
    }
    expect(result.stderr).toMatch(/^ucgroups: showing \d+ of \d+ groups; --all lists every page\n$/);
  });

  it('--json prints the page as JSON and nothing else', async () => {
    const result = await runCli(['list', '--json'], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const page = expectGroupsPage(JSON.parse(result.stdout));
    expect(page.results.length).toBeGreaterThan(0);
  });

  // The Prism mock checks each request against the spec: every ordering of its enum passes.
  it.each(ORDERING.enum)('sends --limit, --from and --order %s in a form the contract accepts', async (ordering) => {
    const result = await runCli(
      ['list', '--limit', '2', '--from', '2018-11-27 14:00', '--order', ordering, '--json'],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectGroupsPage(JSON.parse(result.stdout));
  });

  it('takes --base-url over UPLOADCARE_API_URL', async () => {
    const result = await runCli(['list', '--json', '--base-url', inject('uploadcareMockUrl')], {
      ...env,
      UPLOADCARE_API_URL: 'http://127.0.0.1:9',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectGroupsPage(JSON.parse(result.stdout));
  });
});

describe('ucgroups info', () => {
  it('shows the group and its files, the removed one in its place', async () => {
    const result = await runCli(['info', id], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^id {13}[0-9a-f-]{36}~\d+$/m);
    expect(result.stdout).toMatch(/^files {10}3 \(1 removed\)$/m);
    expect(result.stdout).toMatch(/^# {2}uuid +name +size +type +stored$/m);
    expect(result.stdout).toMatch(/^1 {2}\(removed\)$/m);
    expect(result.stdout).toMatch(/^0 {2}[0-9a-f-]{36} {2}\S+/m);
  });

  it('--json prints the group with its files', async () => {
    const result = await runCli(['info', id, '--json'], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const group = expectGroupWithFiles(JSON.parse(result.stdout));
    expect(group.files).toContain(null);
  });
});

describe('ucgroups store', () => {
  it('stores the group (a v0.6 call) and says when', async () => {
    const result = await runCli(['store', id], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Stored group [0-9a-f-]{36}~\d+: \d+ of \d+ files present, stored \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\.\n$/,
    );
  });

  it('--json prints the stored group', async () => {
    const result = await runCli(['store', id, '--json'], env);
    expect(result.code).toBe(0);
    const group = expectGroupWithFiles(JSON.parse(result.stdout));
    expect(group.datetime_stored).toEqual(expect.any(String));
  });
});

describe('ucgroups delete', () => {
  it('deletes with --yes', async () => {
    const result = await runCli(['delete', id, '--yes'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Deleted group ${id} (its files are kept).\n`);
  });
});

describe('ucgroups url', () => {
  it.each([
    [[], `https://ucarecdn.com/${id}/`],
    [['--nth', '0'], `https://ucarecdn.com/${id}/nth/0/`],
    [['--nth', '2'], `https://ucarecdn.com/${id}/nth/2/`],
    [['--archive', 'zip'], `https://ucarecdn.com/${id}/archive/zip/`],
    [['--archive', 'tar'], `https://ucarecdn.com/${id}/archive/tar/`],
  ])('url %j prints %s without calling the API or starting a mock', async (options, expected) => {
    const result = await runCli(['url', id, ...options]);
    expect(result).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
  });
});

describe('--help', () => {
  it.each([
    [['--help'], 'Usage: ucgroups <command> [options]'],
    [['help'], 'Usage: ucgroups <command> [options]'],
    [['list', '--help'], 'Usage: ucgroups list [--limit N] [--from DATE] [--order ORDER] [--all] [--json]'],
    [['info', '-h'], 'Usage: ucgroups info <group-id> [--json]'],
    [['store', '--help'], 'Usage: ucgroups store <group-id> [--json]'],
    [['delete', '--help'], 'Usage: ucgroups delete <group-id> [-y|--yes]'],
    [['url', '--help'], 'Usage: ucgroups url <group-id> [--nth I | --archive zip|tar]'],
    [['help', 'url'], 'Usage: ucgroups url <group-id> [--nth I | --archive zip|tar]'],
  ])('%j prints the help on stdout', async (args, firstLine) => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith(firstLine)).toBe(true);
    expect(result.stdout).toContain('Exit codes: 0 success, 1 API or network error, 2 usage error');
  });
});
