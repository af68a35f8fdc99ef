import type { GroupWithFiles } from '@uploadcare-groups/mock';
import { describe, expect, it } from 'vitest';
import { fixtureGroup } from './fixtures.js';
import { expectGroupsPage, expectGroupWithFiles } from './group-shapes.js';
import { useMock } from './mock.js';
import { runCli } from './run-cli.js';

// Every command of the built CLI against the stateful mock (Prism validating each request and
// answer in front of it): the ids come from the mock's groups, and what a command changes is
// read back from the mock.
const api = useMock();

/** The first group that `pick` accepts (the seed's groups have one of each kind). */
async function groupWhere(pick: (group: GroupWithFiles) => boolean): Promise<GroupWithFiles> {
  const group = (await api.groups()).find(pick);
  if (group === undefined) throw new Error('the mock has no such group: change the seed or the pick');
  return group;
}

describe('ucgroups list', () => {
  it('prints an aligned table of id, files, created and stored, every group on one page', async () => {
    const groups = await api.groups();
    const result = await runCli(['list'], api.env());
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^id {2,}files {2}created \(UTC\) {8}stored$/);
    expect(rows.map((row) => row.split(' ')[0])).toEqual(groups.map((group) => group.id));
    for (const row of rows) {
      expect(row).toMatch(/^[0-9a-f-]{36}~\d+ +\d+ {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}\S+$/);
      // Aligned: every row's created column starts where the header's does.
      expect(row.search(/\d{4}-\d\d-\d\d /)).toBe(header?.indexOf('created'));
    }
    // The whole list fits the default page: nothing more to say.
    expect(result.stderr).toBe('');
  });

  it('says how many groups a page shows when there are more', async () => {
    const { length } = await api.groups();
    const result = await runCli(['list', '--limit', '10'], api.env());
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(11);
    expect(result.stderr).toBe(`ucgroups: showing 10 of ${length} groups; --all lists every page\n`);
  });

  it('--json prints the page as JSON and nothing else', async () => {
    const groups = await api.groups();
    const result = await runCli(['list', '--json'], api.env());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const page = expectGroupsPage(JSON.parse(result.stdout));
    expect(page.total).toBe(groups.length);
    expect(page.results.map((group) => group.id)).toEqual(groups.map((group) => group.id));
  });

  it('takes --base-url over UPLOADCARE_API_URL', async () => {
    const result = await runCli(['list', '--json', '--base-url', api.mock.url], {
      ...api.env(),
      UPLOADCARE_API_URL: 'http://127.0.0.1:9',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectGroupsPage(JSON.parse(result.stdout));
  });
});

describe('ucgroups info', () => {
  // Small enough that the # column is one digit wide, with a file removed since.
  const withRemovedFile = (group: GroupWithFiles) => group.files_count < 10 && group.files.includes(null);

  it('shows the group and its files, the removed one in its place', async () => {
    const group = await groupWhere(withRemovedFile);
    const removed = group.files.filter((file) => file === null || file.datetime_removed).length;
    const result = await runCli(['info', group.id], api.env());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^id {13}${group.id}$`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^files {10}${group.files_count} \\(${removed} removed\\)$`, 'm'));
    expect(result.stdout).toMatch(/^# {2}uuid +name +size +type +stored$/m);
    group.files.forEach((file, position) => {
      const row = file === null ? '\\(removed\\)' : `${file.uuid} {2}\\S+`;
      expect(result.stdout).toMatch(new RegExp(`^${position} {2}${row}`, 'm'));
    });
  });

  it('--json prints the group with its files', async () => {
    const group = await groupWhere(withRemovedFile);
    const result = await runCli(['info', group.id, '--json'], api.env());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const shown = expectGroupWithFiles(JSON.parse(result.stdout));
    expect(shown.id).toBe(group.id);
    expect(shown.files?.map((file) => file?.uuid ?? null)).toEqual(group.files.map((file) => file?.uuid ?? null));
  });
});

describe('ucgroups store', () => {
  const notStored = (group: GroupWithFiles) => group.datetime_stored === null;

  it('stores the group (a v0.6 call) and says when', async () => {
    const group = await groupWhere(notStored);
    const present = group.files.filter((file) => file !== null).length;
    const result = await runCli(['store', group.id], api.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^Stored group ${group.id}: ${present} of ${group.files_count} files present, stored \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\.\\n$`,
      ),
    );
    const after = (await api.groups()).find((each) => each.id === group.id);
    expect(after?.datetime_stored).toEqual(expect.any(String));
  });

  it('--json prints the stored group', async () => {
    const group = await groupWhere(notStored);
    const result = await runCli(['store', group.id, '--json'], api.env());
    expect(result.code).toBe(0);
    const shown = expectGroupWithFiles(JSON.parse(result.stdout));
    expect(shown.id).toBe(group.id);
    const after = (await api.groups()).find((each) => each.id === group.id);
    expect(shown.datetime_stored).toBe(after?.datetime_stored);
    expect(shown.datetime_stored).toEqual(expect.any(String));
  });
});

describe('ucgroups delete', () => {
  // One mock for both commands: a mock the CLI embeds would start afresh for the second.
  it('deletes with --yes, and the group is gone: info answers not found', async () => {
    const [group] = await api.groups();
    const id = (group as GroupWithFiles).id;
    const result = await runCli(['delete', id, '--yes'], api.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Deleted group ${id} (its files are kept).\n`);
    expect((await api.groups()).map((each) => each.id)).not.toContain(id);

    const info = await runCli(['info', id], api.env());
    expect(info.code).toBe(1);
    expect(info.stdout).toBe('');
    expect(info.stderr).toBe('ucgroups: API error 404: Not found.\n');
  });
});

describe('ucgroups url', () => {
  // No API call: any well-formed id does (one with 3 files, for --nth 2).
  const { id } = fixtureGroup(2);
  it.each([
    [[], `https://ucarecdn.com/${id}/`],
    [['--nth', '0'], `https://ucarecdn.com/${id}/nth/0/`],
    [['--nth', '2'], `https://ucarecdn.com/${id}/nth/2/`],
    [['--archive', 'zip'], `https://ucarecdn.com/${id}/archive/zip/`],
    [['--archive', 'tar'], `https://ucarecdn.com/${id}/archive/tar/`],
  ])('url %j prints %s without calling the API or starting a mock', async (options, expected) => {
    // No keys and no API URL: a mock it started would have said so on stderr.
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
