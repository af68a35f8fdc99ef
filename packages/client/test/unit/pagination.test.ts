import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/generated/operations.js';
import { AbortError, createGroupsClient, type GroupsPage, InvalidResponseError } from '../../src/index.js';
import { nextPageUrl } from '../../src/pagination/next-page-url.js';
import { LIMIT } from '../../src/spec.js';
import { EMPTY_PAGE, listedGroup, page } from '../support/fixtures.js';
import { makeGroups, type PagingServer, startPagingServer } from '../support/paging-server.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

/** The list operation's path, as the spec gives it. */
const LIST = OPERATIONS.listGroups.path;

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
      `https://api.uploadcare.com${LIST}?limit=3&from=2016-11-09T14%3A30%3A22.421889%2B00%3A00&offset=0`,
      'https://api.uploadcare.com',
      `https://api.uploadcare.com${LIST}?limit=3&from=2016-11-09T14%3A30%3A22.421889%2B00%3A00&offset=0`,
    ],
    [
      'the real service link, client on a mock',
      `https://api.uploadcare.com${LIST}?limit=3&offset=2`,
      'http://127.0.0.1:4010',
      `http://127.0.0.1:4010${LIST}?limit=3&offset=2`,
    ],
    [
      'a link on another host: the host is never used',
      `https://evil.example${LIST}?limit=3`,
      'https://api.uploadcare.com',
      `https://api.uploadcare.com${LIST}?limit=3`,
    ],
    [
      'a link with credentials: they are never used',
      `https://user:pass@evil.example${LIST}?limit=3`,
      'https://api.uploadcare.com',
      `https://api.uploadcare.com${LIST}?limit=3`,
    ],
    [
      'a proxy with a prefix, service link',
      `https://api.uploadcare.com${LIST}?offset=1`,
      'https://proxy.example/uc',
      `https://proxy.example/uc${LIST}?offset=1`,
    ],
    [
      'a proxy with a prefix that rewrites links',
      `https://proxy.example/uc${LIST}?offset=1`,
      'https://proxy.example/uc',
      `https://proxy.example/uc${LIST}?offset=1`,
    ],
  ])('%s', (_, next, baseUrl, expected) => {
    const base = new URL(baseUrl);
    expect(nextPageUrl(next, base.origin, base.pathname.replace(/\/+$/, ''))).toEqual([expected]);
  });

  it.each([
    ['a relative link', `${LIST}?offset=4`],
    ['an empty link', ''],
    ['a javascript: link', 'javascript:alert(1)'],
    ['a data: link', 'data:text/plain,groups'],
    ['an ftp link', `ftp://api.uploadcare.com${LIST}`],
    ['another path', 'https://api.uploadcare.com/files/?offset=1'],
    ['a path that climbs out', `https://api.uploadcare.com${LIST}../files/?offset=1`],
    ['a group path', `https://api.uploadcare.com${LIST}badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3/`],
    ['the path without its slash', 'https://api.uploadcare.com/groups?offset=1'],
    ['a huge link', `https://api.uploadcare.com${LIST}?x=${'a'.repeat(10_000)}`],
    ['not a string', 42],
  ])('refuses %s', (_, next) => {
    const [url, problem] = nextPageUrl(next, 'https://api.uploadcare.com', '');
    expect(url).toBeUndefined();
    expect(problem).toMatch(/^a next link /);
  });
});

describe('listAll over a paging server with shared timestamps', () => {
  it.each([
    [23, 5, 4],
    [40, 10, 3],
    [12, 12, 5],
    [7, 1, 7],
    [1, 1, LIMIT.maximum],
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

/** A fetch answering each URL from `pages` (by path and query), recording what was asked. */
function linkedPages(pages: Record<string, GroupsPage>) {
  return scriptedFetch((request) => {
    const { pathname, search } = new URL(request.url);
    const body = pages[pathname + search];
    return body ? json(200, body) : json(404, { detail: 'Not found.' });
  });
}

const api = (query: string) => `https://api.uploadcare.com${LIST}${query}`;

describe('pagination against hostile links and pages', () => {
  async function walk(client: ReturnType<typeof createGroupsClient>, yielded: string[] = []) {
    for await (const group of client.listAll({ limit: 2 })) yielded.push(group.id);
    return yielded;
  }

  it('refuses a next link that points at the same page again', async () => {
    const { fetch, calls } = linkedPages({ [`${LIST}?limit=2`]: page([listedGroup(0)], api('?limit=2')) });
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    await expect(walk(client)).rejects.toThrow(InvalidResponseError);
    expect(calls).toHaveLength(1);
  });

  it('refuses a cycle A -> B -> A: each URL requested once, each group yielded once', async () => {
    const { fetch, calls } = linkedPages({
      [`${LIST}?limit=2`]: page([listedGroup(0), listedGroup(1)], api('?limit=2&offset=2')),
      [`${LIST}?limit=2&offset=2`]: page([listedGroup(2), listedGroup(3)], api('?limit=2')),
    });
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    const yielded: string[] = [];
    const error = await walk(client, yielded).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/a next link to a page already fetched/);
    expect(calls.map((c) => c.url)).toEqual([
      `https://api.uploadcare.com${LIST}?limit=2`,
      `https://api.uploadcare.com${LIST}?limit=2&offset=2`,
    ]);
    expect(new Set(yielded).size).toBe(yielded.length);
  });

  it('refuses a page that repeats a group given before, before yielding it', async () => {
    const { fetch, calls } = linkedPages({
      [`${LIST}?limit=2`]: page([listedGroup(0), listedGroup(1)], api('?limit=2&offset=2')),
      [`${LIST}?limit=2&offset=2`]: page([listedGroup(2), listedGroup(0)], api('?limit=2&offset=4')),
    });
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    const yielded: string[] = [];
    const error = await walk(client, yielded).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain(`group ${listedGroup(0).id} again`);
    expect(yielded).toEqual([listedGroup(0).id, listedGroup(1).id]);
    expect(calls).toHaveLength(2);
  });

  it('refuses an empty page that still links on (it could go on for ever)', async () => {
    const { fetch, calls } = linkedPages({
      [`${LIST}?limit=2`]: page([], api('?limit=2&offset=1')),
    });
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    await expect(walk(client)).rejects.toThrow(/an empty page that links to another/);
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['another path', api('../files/?offset=2')],
    ['an empty link', ''],
  ])('ends the walk with InvalidResponseError on a %s next link, sending nothing there', async (_, next) => {
    const { fetch, calls } = linkedPages({ [`${LIST}?limit=2`]: page([listedGroup(0)], next) });
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    await expect(walk(client)).rejects.toThrow(InvalidResponseError);
    expect(calls).toHaveLength(1);
  });

  it('never sends the credentials to a host a link names', async () => {
    const { fetch, calls } = linkedPages({
      [`${LIST}?limit=2`]: page([listedGroup(0)], `https://evil.example${LIST}?limit=2&offset=1`),
      [`${LIST}?limit=2&offset=1`]: page([listedGroup(1)]),
    });
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    expect(await walk(client)).toHaveLength(2);
    expect(calls.every((c) => c.url.startsWith('https://api.uploadcare.com/'))).toBe(true);
  });
});

describe('page size of walks', () => {
  it.each([
    ['listAll without limit: the largest page the spec allows', (c: Client) => c.listAll(), LIMIT.maximum],
    ['pages without limit', (c: Client) => c.pages(), LIMIT.maximum],
    ['listAll with a smaller maxItems: just that many', (c: Client) => c.listAll({ maxItems: 7 }), 7],
    ['listAll with a larger maxItems', (c: Client) => c.listAll({ maxItems: LIMIT.maximum * 3 }), LIMIT.maximum],
    ['an explicit limit wins', (c: Client) => c.listAll({ limit: 3, maxItems: 7 }), 3],
  ])('%s', async (_, start, limit) => {
    const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    for await (const _ of start(client)) {
      // drain
    }
    expect(new URL(calls[0]?.url ?? '').searchParams.get('limit')).toBe(String(limit));
  });

  it('list sends only what it is given', async () => {
    const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
    await createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch }).list();
    expect(calls[0]?.url).toBe(`https://api.uploadcare.com${LIST}`);
  });
});

type Client = ReturnType<typeof createGroupsClient>;

describe('prefetch', () => {
  /** Pages of `size` groups linking on until `count`; each answer waits for `release()`. */
  function gatedPages(count: number, size: number) {
    const waiting: (() => void)[] = [];
    const { fetch, calls } = scriptedFetch(async (request) => {
      const offset = Number(new URL(request.url).searchParams.get('offset') ?? 0);
      const results = Array.from({ length: Math.min(size, count - offset) }, (_, i) => listedGroup(offset + i));
      const next = offset + size < count ? api(`?limit=${size}&offset=${offset + size}`) : null;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return json(200, page(results, next, count));
    });
    const releaseAll = () => {
      for (const release of waiting.splice(0)) release();
    };
    return { fetch, calls, releaseAll, waiting };
  }

  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('asks for the next page while the caller works on this one, one request ahead at most', async () => {
    const { fetch, calls, releaseAll } = gatedPages(10, 2);
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    const walk = client.pages({ limit: 2, prefetch: true });
    const first = walk.next();
    await tick();
    releaseAll();
    await first;
    await tick();
    // The caller holds page 1; page 2 is on its way, page 3 is not asked for.
    expect(calls).toHaveLength(2);
    await tick();
    expect(calls).toHaveLength(2);
    const seen: number[] = [];
    const drain = (async () => {
      for (let r = await walk.next(); !r.done; r = await walk.next()) seen.push(r.value.results.length);
    })();
    while (calls.length < 5 || seen.length < 4) {
      releaseAll();
      await tick();
    }
    releaseAll();
    await drain;
    expect(calls).toHaveLength(5);
    expect(new Set(calls.map((c) => c.url)).size).toBe(5);
  });

  it('requests nothing past maxItems', async () => {
    const { fetch, calls, releaseAll } = gatedPages(10, 2);
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    const ids: string[] = [];
    const walk = (async () => {
      for await (const group of client.listAll({ limit: 2, maxItems: 4, prefetch: true })) ids.push(group.id);
    })();
    while (ids.length < 4) {
      releaseAll();
      await tick();
    }
    releaseAll();
    await walk;
    expect(ids).toHaveLength(4);
    expect(calls).toHaveLength(2);
  });

  it('cancels the prefetched request when the caller stops early', async () => {
    const { fetch, calls, releaseAll } = gatedPages(10, 2);
    const client = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    const walk = client.pages({ limit: 2, prefetch: true });
    const first = walk.next();
    await tick();
    releaseAll();
    await first;
    await tick();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.signal?.aborted).toBe(false);
    await walk.return(undefined);
    // The prefetched request's signal is aborted: its socket is given up.
    expect(calls[1]?.signal?.aborted).toBe(true);
    expect(calls).toHaveLength(2);
    releaseAll();
    await tick();
    expect(calls).toHaveLength(2);
  });

  it('gives every group once, in order, as without prefetch', async () => {
    const { client } = await serve(23, 5);
    const plain: string[] = [];
    for await (const group of client.listAll({ limit: 4 })) plain.push(group.id);
    const ahead: string[] = [];
    for await (const group of client.listAll({ limit: 4, prefetch: true })) ahead.push(group.id);
    expect(ahead).toEqual(plain);
    expect(plain).toHaveLength(23);
  });
});
