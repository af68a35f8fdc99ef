import { ORDERING } from '@uploadcare-groups/client/spec';
import { describe, expect, it } from 'vitest';
import { expectGroupsPage, expectListedGroup } from './group-shapes.js';
import { useMock } from './mock.js';
import { runCli } from './run-cli.js';

// `list --all` walking the mock's real `next` links (absolute, with `from` and `offset`): 5
// groups in pages of --limit 2 are 3 pages. The mock counts the requests that reached it, and
// answers only signed requests with the vendor Accept type, so a page it served is proof of both.
const api = useMock({ groups: 5, seed: 'pages' });

describe('ucgroups list --all', () => {
  it('--json prints every group of every page as NDJSON, one request a page, no progress off a terminal', async () => {
    const groups = await api.groups();
    const result = await runCli(['list', '--all', '--limit', '2', '--json'], api.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const ids = lines.map((line) => expectListedGroup(JSON.parse(line)).id);
    expect(ids).toEqual(groups.map((group) => group.id));
    const { requests } = await api.mock.stats();
    expect(requests.byOperation).toEqual({ listGroups: { 200: Math.ceil(groups.length / 2) } });
  });

  it('prints one table of all groups', async () => {
    const [first, ...rest] = await api.groups();
    const result = await runCli(['list', '--all', '--limit', '2'], api.env());
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(rest.length + 2);
    const created = first?.datetime_created.slice(0, 19).replace('T', ' ');
    expect(lines[1]).toMatch(new RegExp(`^${first?.id} +${first?.files_count} {2}${created} {2}\\S+$`));
  });

  // Every ordering of the spec's enum, read from the generated constants: a value added to the
  // spec is sent with no edit to the CLI or to this test. The mock answers what it was asked: a
  // page of --limit groups from --from on, in the direction of --order, whose `next` link
  // carries the same query.
  it.each(ORDERING.enum)('sends the list options as the query, --order %s', async (ordering) => {
    const groups = await api.groups();
    const descending = ordering.startsWith('-');
    // The middle group's time: groups on both sides, so the direction shows.
    const from = groups[Math.floor(groups.length / 2)]?.datetime_created as string;
    const result = await runCli(['list', '--limit', '2', '--from', from, '--order', ordering, '--json'], api.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const page = expectGroupsPage(JSON.parse(result.stdout));
    expect(page.per_page).toBe(2);
    const times = page.results.map((group) => Date.parse(group.datetime_created));
    expect(times).toHaveLength(2);
    expect(times[0]).toBe(Date.parse(from));
    expect(times).toEqual([...times].sort((a, b) => (descending ? b - a : a - b)));
    const next = new URL(page.next as string).searchParams;
    expect([next.get('limit'), next.get('ordering')]).toEqual(['2', ordering]);
    expect((await api.mock.stats()).requests.total).toBe(1);
  });

  it('sends no ordering when --order is not given (the service default applies)', async () => {
    const groups = await api.groups();
    const result = await runCli(['list', '--limit', '2', '--json'], api.env());
    expect(result.code).toBe(0);
    const page = expectGroupsPage(JSON.parse(result.stdout));
    expect(page.results.map((group) => group.id)).toEqual(groups.slice(0, 2).map((group) => group.id));
    expect(new URL(page.next as string).searchParams.has('ordering')).toBe(false);
  });
});
