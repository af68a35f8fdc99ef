import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, createGroupsClient, type GroupsPage, InvalidResponseError } from '../../src/index.js';
import { nextPageUrl } from '../../src/pagination/next-page-url.js';
import { makeGroups, type PagingServer, startPagingServer } from '../support/paging-server.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

let server: PagingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(groupCount: number, shared: number, prefix = '') {
  const groups = makeGroups(groupCount, shared);
  server = await startPagingServer(groups, prefix);
  const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', baseUrl: server.url });
  return { groups, client, server };
}

describe('nextPageUrl', () => {
  it.each([
    [
      'the real service link, client on the real service',
      'https://api.uploadcare.com/groups/?limit=3&from=2016-11-09T14%3A30%3A22.421889%2B00%3A00&offset=0',
      'https://api.uploadcare.com',
      'https://api.uploadcare.com/groups/?limit=3&from=2016-11-09T14%3A30%3A22.421889%2B00%3A00&offset=0',
    ],
    [
      'the real service link, client on a mock',
      'https://api.uploadcare.com/groups/?limit=3&offset=2',
      'http://127.0.0.1:4010',
      'http://127.0.0.1:4010/groups/?limit=3&offset=2',
    ],
    [
      'a link on another host: the host is never used',
      'https://evil.example/groups/?limit=3',
      'https://api.uploadcare.com',
      'https://api.uploadcare.com/groups/?limit=3',
    ],
    [
      'a proxy with a prefix, service link',
      'https://api.uploadcare.com/groups/?offset=1',
      'https://proxy.example/uc',
      'https://proxy.example/uc/groups/?offset=1',
    ],
    [
      'a proxy with a prefix that rewrites links',
      'https://proxy.example/uc/groups/?offset=1',
      'https://proxy.example/uc',
      'https://proxy.example/uc/groups/?offset=1',
    ],
    ['a relative link', '/groups/?offset=4', 'http://localhost:9', 'http://localhost:9/groups/?offset=4'],
  ])('%s', (_, next, baseUrl, expected) => {
    expect(nextPageUrl(next, baseUrl)).toBe(expected);
  });
});

describe('listAll over a paging server with shared timestamps', () => {
  it.each([
    [23, 5, 4],
    [40, 10, 3],
    [12, 12, 5],
    [7, 1, 7],
    [1, 1, 1000],
  ])('%i groups, %i per timestamp, limit %i: each exactly once, in order', async (count, shared, limit) => {
    const { groups, client, server } = await serve(count, shared);
    const seen: string[] = [];
    for await (const group of client.listAll({ limit })) seen.push(group.id);
    expect(seen).toEqual(groups.map((g) => g.id));
    expect(server.requests).toHaveLength(Math.max(1, Math.ceil(count / limit)));
    // Every request after the first carries the offset the link gave.
    for (const request of server.requests.slice(1)) expect(request).toMatch(/[?&]offset=\d+/);
  });

  it('follows links behind a proxy prefix', async () => {
    const { groups, client } = await serve(9, 3, '/uc');
    const seen: string[] = [];
    for await (const group of client.listAll({ limit: 2 })) seen.push(group.id);
    expect(seen).toEqual(groups.map((g) => g.id));
  });

  it('signs each page over the URI actually sent', async () => {
    const { server } = await serve(5, 5);
    const { fetch, calls } = scriptedFetch((request) => globalThis.fetch(request.url, { headers: request.headers }));
    const signed: string[] = [];
    const client = createGroupsClient({
      publicKey: 'pk',
      signer: (s) => {
        signed.push(s.split('\n')[4] ?? '');
        return 'b'.repeat(40);
      },
      fetch,
      baseUrl: server.url,
    });
    let count = 0;
    for await (const _ of client.listAll({ limit: 2 })) count++;
    expect(count).toBe(5);
    expect(calls).toHaveLength(3);
    expect(signed).toEqual(calls.map((call) => new URL(call.url).pathname + new URL(call.url).search));
    expect(signed[1]).toMatch(/^\/groups\/\?limit=2&from=.*&offset=2$/);
  });

  it('stops at maxItems without asking for another page', async () => {
    const { client, server } = await serve(30, 4);
    const seen: string[] = [];
    for await (const group of client.listAll({ limit: 5, maxItems: 7 })) seen.push(group.id);
    expect(seen).toHaveLength(7);
    expect(server.requests).toHaveLength(2);
  });

  it('maxItems 0 sends nothing', async () => {
    const { client, server } = await serve(3, 1);
    for await (const _ of client.listAll({ maxItems: 0 })) throw new Error('unexpected group');
    expect(server.requests).toHaveLength(0);
  });

  it('stops when the signal aborts between groups', async () => {
    const { client, server } = await serve(30, 4);
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const group of client.listAll({ limit: 5, signal: controller.signal })) {
        seen.push(group.id);
        if (seen.length === 3) controller.abort();
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(3);
    expect(server.requests).toHaveLength(1);
  });

  it('pages() yields whole pages, lazily', async () => {
    const { client, server } = await serve(10, 3);
    const sizes: number[] = [];
    for await (const page of client.pages({ limit: 4 })) {
      sizes.push(page.results.length);
      expect(server.requests).toHaveLength(sizes.length);
    }
    expect(sizes).toEqual([4, 4, 2]);
  });

  it('keeps no page alive once the walk has moved past it (memory stays flat)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { client } = await serve(400, 7);
    const refs: WeakRef<GroupsPage>[] = [];
    let pages = 0;
    for await (const page of client.pages({ limit: 2 })) {
      if (pages < 20) refs.push(new WeakRef(page));
      pages++;
    }
    expect(pages).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(refs.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
  });
});

describe('pagination against bad links', () => {
  it('refuses a next link that points at the same page again', async () => {
    const loop = {
      next: 'https://api.uploadcare.com/groups/?offset=1',
      previous: null,
      total: 9,
      per_page: 1,
      results: [],
    };
    const { fetch, calls } = scriptedFetch(json(200, loop));
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    const walk = async () => {
      for await (const _ of client.pages()) {
        // keep walking
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(InvalidResponseError);
    expect(calls).toHaveLength(3);
  });
});
