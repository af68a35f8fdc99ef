// The documented methods build their requests from the generated operation table, without
// openapi-fetch; what they send must still be exactly what the raw client
// (`@uploadcare-groups/client/raw`, openapi-fetch over the same transport) sends for the same
// operation and parameters: URL, method, headers (Accept included) and body.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGroupsClient, type GroupsClient } from '../../src/index.js';
import { createRawClient } from '../../src/raw.js';
import { EMPTY_PAGE, EXAMPLE_GROUP, GROUP_ID } from '../support/fixtures.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

afterEach(() => {
  vi.useRealTimers();
});

type Raw = ReturnType<typeof createRawClient>;

const cases: { name: string; reply: Response; ergonomic: (g: GroupsClient) => unknown; raw: (r: Raw) => unknown }[] = [
  {
    name: 'list with every parameter',
    reply: json(200, EMPTY_PAGE),
    ergonomic: (groups) =>
      groups.list({ limit: 5, from: '2018-11-27T14:14:37.583654+00:00', ordering: '-datetime_created', offset: 2 }),
    raw: (raw) =>
      raw.GET('/groups/', {
        params: {
          query: { limit: 5, from: '2018-11-27T14:14:37.583654+00:00', ordering: '-datetime_created', offset: 2 },
        },
      }),
  },
  {
    name: 'list without parameters',
    reply: json(200, EMPTY_PAGE),
    ergonomic: (groups) => groups.list(),
    raw: (raw) => raw.GET('/groups/'),
  },
  {
    name: 'get',
    reply: json(200, EXAMPLE_GROUP),
    ergonomic: (groups) => groups.get(GROUP_ID),
    raw: (raw) => raw.GET('/groups/{group_id}/', { params: { path: { group_id: GROUP_ID } } }),
  },
  {
    name: 'store (the v0.6 Accept the spec gives it, in both)',
    reply: json(200, EXAMPLE_GROUP),
    ergonomic: (groups) => groups.store(GROUP_ID),
    raw: (raw) => raw.PUT('/groups/{group_id}/storage/', { params: { path: { group_id: GROUP_ID } } }),
  },
  {
    name: 'delete',
    reply: new Response(null, { status: 204 }),
    ergonomic: (groups) => groups.delete(GROUP_ID),
    raw: (raw) => raw.DELETE('/groups/{group_id}/', { params: { path: { group_id: GROUP_ID } } }),
  },
];

describe('the documented methods send what the raw client sends', () => {
  it.each(cases)('$name', async ({ reply, ergonomic, raw }) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const signed: string[] = [];
    const { fetch, calls } = scriptedFetch(reply);
    const options = {
      publicKey: 'pk',
      signer: (text: string) => {
        signed.push(text);
        return 'a'.repeat(40);
      },
      baseUrl: 'https://proxy.example.com/uploadcare/',
      fetch,
    };
    await ergonomic(createGroupsClient(options));
    await raw(createRawClient(options));
    expect(calls).toHaveLength(2);
    const [viaMethod, viaRaw] = calls.map(({ url, method, headers, body }) => ({ url, method, headers, body }));
    expect(viaRaw).toEqual(viaMethod);
    expect(signed[1]).toBe(signed[0]);
  });
});

describe('the raw client', () => {
  it('returns the documented error body instead of throwing, with the typed response', async () => {
    const { fetch } = scriptedFetch(json(404, { detail: 'Not found.' }));
    const raw = createRawClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    const { data, error, response } = await raw.GET('/groups/{group_id}/', {
      params: { path: { group_id: GROUP_ID } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ detail: 'Not found.' });
    expect(response.status).toBe(404);
  });

  it('retries like the client: at most maxRetries + 1 requests', async () => {
    const { fetch, calls } = scriptedFetch(json(503, { detail: 'busy' }, { 'retry-after': '0' }));
    const raw = createRawClient({ publicKey: 'pk', secretKey: 'sk', fetch, maxRetries: 2 });
    const { response } = await raw.GET('/groups/');
    expect(response.status).toBe(503);
    expect(calls).toHaveLength(3);
  });
});
