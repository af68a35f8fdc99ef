// The documented methods build their requests without openapi-fetch's Request objects; what
// they send must still be exactly what `raw` sends for the same operation and parameters.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGroupsClient, type GroupsClient } from '../../src/index.js';
import { EMPTY_PAGE, GROUP_ID, GROUP_WITH_FILES, json, scriptedFetch } from '../support/scripted-fetch.js';

afterEach(() => {
  vi.useRealTimers();
});

type Call = (groups: GroupsClient) => Promise<unknown>;

const cases: { name: string; reply: Response; ergonomic: Call; raw: Call }[] = [
  {
    name: 'list with every parameter',
    reply: json(200, EMPTY_PAGE),
    ergonomic: (groups) =>
      groups.list({ limit: 5, from: '2018-11-27T14:14:37.583654+00:00', ordering: '-datetime_created' }),
    raw: (groups) =>
      groups.raw.GET('/groups/', {
        params: { query: { limit: 5, from: '2018-11-27T14:14:37.583654+00:00', ordering: '-datetime_created' } },
      }),
  },
  {
    name: 'list without parameters',
    reply: json(200, EMPTY_PAGE),
    ergonomic: (groups) => groups.list(),
    raw: (groups) => groups.raw.GET('/groups/'),
  },
  {
    name: 'get',
    reply: json(200, GROUP_WITH_FILES),
    ergonomic: (groups) => groups.get(GROUP_ID),
    raw: (groups) => groups.raw.GET('/groups/{group_id}/', { params: { path: { group_id: GROUP_ID } } }),
  },
  {
    name: 'store (v0.6 Accept)',
    reply: json(200, GROUP_WITH_FILES),
    ergonomic: (groups) => groups.store(GROUP_ID),
    raw: (groups) =>
      groups.raw.PUT('/groups/{group_id}/storage/', {
        params: { path: { group_id: GROUP_ID } },
        headers: { Accept: 'application/vnd.uploadcare-v0.6+json' },
      }),
  },
  {
    name: 'delete',
    reply: new Response(null, { status: 204 }),
    ergonomic: (groups) => groups.delete(GROUP_ID),
    raw: (groups) => groups.raw.DELETE('/groups/{group_id}/', { params: { path: { group_id: GROUP_ID } } }),
  },
];

describe('the documented methods send what raw sends', () => {
  it.each(cases)('$name', async ({ reply, ergonomic, raw }) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const signed: string[] = [];
    const { fetch, calls } = scriptedFetch(reply);
    const groups = createGroupsClient({
      publicKey: 'pk',
      signer: (text) => {
        signed.push(text);
        return 'a'.repeat(40);
      },
      baseUrl: 'https://proxy.example.com/uploadcare/',
      fetch,
    });
    await ergonomic(groups);
    await raw(groups);
    expect(calls).toHaveLength(2);
    const [viaMethod, viaRaw] = calls.map(({ url, method, headers, body }) => ({ url, method, headers, body }));
    expect(viaMethod).toEqual(viaRaw);
    expect(signed[0]).toBe(signed[1]);
  });
});
