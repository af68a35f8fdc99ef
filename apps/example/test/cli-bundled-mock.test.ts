import { type GroupWithFiles, startMock } from '@uploadcare-groups/mock';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGroupsPage, expectGroupWithFiles, expectListedGroup } from './group-shapes.js';
import { runCli } from './run-cli.js';

// With no keys and no API URL the CLI starts the bundled mock itself, says so on stderr, and
// stops it before exiting. That mock is the stateful one, started afresh from its seed on every
// run: a mock started here with the same options (connection.ts starts it with none) has the
// very groups each run starts from.
let seeded: GroupWithFiles[];
beforeAll(async () => {
  const reference = await startMock({});
  try {
    seeded = await reference.groups();
  } finally {
    await reference.stop();
  }
});

const notice =
  /^ucgroups: no UPLOADCARE_PUBLIC_KEY, UPLOADCARE_SECRET_KEY or API URL: using the bundled mock at (http:\/\/127\.0\.0\.1:\d+) \(demo data\)\n$/;

describe('ucgroups with no keys and no API URL', () => {
  it('lists the mock groups, says it used the mock, and stops it', async () => {
    const result = await runCli(['list']);
    expect(result.code).toBe(0);
    const used = notice.exec(result.stderr);
    expect(used).not.toBeNull();
    const [header, ...rows] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^id +files +created \(UTC\) +stored$/);
    expect(rows.map((row) => row.split(' ')[0])).toEqual(seeded.map((group) => group.id));
    await expect(fetch(`${used?.[1]}/groups/`)).rejects.toThrow();
  });

  // Several pages now: 25 seeded groups in pages of 10 are 3 pages, every group once, in order.
  it('list --all walks every page of the mock, each group once', async () => {
    const limit = 10;
    expect(seeded.length).toBeGreaterThan(2 * limit);
    const result = await runCli(['list', '--all', '--limit', String(limit), '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(notice);
    const ids = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => expectListedGroup(JSON.parse(line)).id);
    expect(ids).toEqual(seeded.map((group) => group.id));
  });

  it('info shows a group that list printed', async () => {
    const listed = await runCli(['list', '--limit', '3', '--json']);
    expect(listed.code).toBe(0);
    const id = expectGroupsPage(JSON.parse(listed.stdout)).results[2]?.id as string;

    const result = await runCli(['info', id]);
    expect(result.stderr).toMatch(notice);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^id {13}${id}$`, 'm'));
  });

  it('keeps stdout pure JSON with --json', async () => {
    const group = seeded[0] as GroupWithFiles;
    const result = await runCli(['info', group.id, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(notice);
    const shown = expectGroupWithFiles(JSON.parse(result.stdout));
    expect(shown.id).toBe(group.id);
    expect(shown.files?.map((file) => file?.uuid ?? null)).toEqual(group.files.map((file) => file?.uuid ?? null));
  });

  it('starts every run from the seed: a group one run deleted is there in the next', async () => {
    const { id } = seeded[1] as GroupWithFiles;
    const deleted = await runCli(['delete', id, '--yes']);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe(`Deleted group ${id} (its files are kept).\n`);

    const again = await runCli(['info', id, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ id });
  });
});
