import { OPERATIONS, ORDERING } from '@uploadcare-groups/client/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGroup } from './fixtures.js';
import { expectListedGroup } from './group-shapes.js';
import { type LocalApi, startLocalApi } from './local-api.js';
import { apiEnv, runCli } from './run-cli.js';

// `list --all` walking real `next` links: the static mock repeats one page, so a local
// server serves 5 groups in pages of --limit, linked like the service links them.
const total = 5;
let api: LocalApi;

beforeAll(async () => {
  api = await startLocalApi((request, baseUrl) => {
    const url = new URL(request.url, baseUrl);
    if (request.method !== 'GET' || url.pathname !== '/groups/') return { status: 404, body: { detail: 'Not found.' } };
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const link = (at: number) => `${baseUrl}/groups/?limit=${limit}&offset=${at}`;
    return {
      status: 200,
      body: {
        next: offset + limit < total ? link(offset + limit) : null,
        previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
        total,
        per_page: limit,
        results: Array.from({ length: Math.min(limit, total - offset) }, (_, i) => fixtureGroup(offset + i)),
      },
    };
  });
});

afterAll(() => api.close());

describe('ucgroups list --all', () => {
  it('--json prints every group of every page as NDJSON, and no progress off a terminal', async () => {
    api.requests.length = 0;
    const result = await runCli(['list', '--all', '--limit', '2', '--json'], apiEnv(api.url));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const groups = lines.map((line) => expectListedGroup(JSON.parse(line)));
    expect(groups.map((group) => group.id)).toEqual(Array.from({ length: total }, (_, i) => fixtureGroup(i).id));
    expect(api.requests.map((request) => new URL(request.url, api.url).searchParams.get('offset'))).toEqual([
      null,
      '2',
      '4',
    ]);
    for (const request of api.requests) {
      expect(request.headers.accept).toBe(OPERATIONS.listGroups.accept[0]);
      expect(request.headers.authorization).toMatch(/^Uploadcare demopublickey:[0-9a-f]{40}$/);
    }
  });

  it('prints one table of all groups', async () => {
    const result = await runCli(['list', '--all', '--limit', '2'], apiEnv(api.url));
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(total + 1);
    expect(lines[1]).toMatch(/^00000000-0000-4000-8000-000000000000~1 +1 {2}2024-01-01 00:00:00 {2}-$/);
  });

  // Every ordering of the spec's enum, read from the generated constants: a value added to the
  // spec is sent with no edit to the CLI or to this test.
  it.each(ORDERING.enum)('sends the list options as the query, --order %s', async (ordering) => {
    api.requests.length = 0;
    const result = await runCli(
      ['list', '--limit', '3', '--from', '2018-11-27T14:14:37.583654Z', '--order', ordering, '--json'],
      apiEnv(api.url),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(api.requests).toHaveLength(1);
    const query = new URL(api.requests[0]?.url ?? '', api.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ limit: '3', from: '2018-11-27T14:14:37.583654Z', ordering });
  });

  it('sends no ordering when --order is not given (the service default applies)', async () => {
    api.requests.length = 0;
    const result = await runCli(['list', '--json'], apiEnv(api.url));
    expect(result.code).toBe(0);
    const query = new URL(api.requests[0]?.url ?? '', api.url).searchParams;
    expect(query.has('ordering')).toBe(false);
  });
});
