// The client against hostile answers and careless callers, over real sockets: looping and
// lying pages, redirects, lost answers to DELETE, endless bodies, echoed credentials, a signer
// that never answers, one signal shared by many calls, and inputs that must never be sent.
// Each result is the right answer or a typed error, never a hang, a repeat or a leaked secret.
import { inspect } from 'node:util';
import {
  AbortError,
  createGroupsClient,
  type GroupsClientOptions,
  InvalidArgumentError,
  InvalidResponseError,
  TimeoutError,
  UploadcareApiError,
  UploadcareError,
} from '@uploadcare-groups/client';
import { LIMIT } from '@uploadcare-groups/client/spec';
import { describe, expect, it } from 'vitest';
import type { Fault } from '../src/fault-server.mjs';
import { fixtureGroup } from '../src/fixture-groups.mjs';
import { type FaultServer, useFaultServers } from './support/fault-servers.js';

const SECRET = 'hostile-secret-key-never-shown';
const PUBLIC = 'hostile-public-key';
const GROUP = '6f1b2c3d-4e5f-4a6b-8c7d-000000000001~2';

type Server = FaultServer;
const serve = useFaultServers();
const clientFor = (server: Server, options: Partial<GroupsClientOptions> = {}) =>
  createGroupsClient({ publicKey: PUBLIC, secretKey: SECRET, baseUrl: server.url, maxRetries: 0, ...options });

function expectNoSecret(error: unknown) {
  for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: Number.POSITIVE_INFINITY })]) {
    expect(text).not.toContain(SECRET);
  }
}

/** A list server whose pages are given by path+query; anything else is a 404. */
function pagesServer(pages: Record<string, unknown>) {
  return serve({
    fault: (_, request) => {
      const body = pages[request.url];
      return body ? { kind: 'json', status: 200, body } : { kind: 'json', status: 404, body: { detail: 'Not found.' } };
    },
  });
}
const page = (ids: number[], next: string | null) => ({
  next,
  previous: null,
  total: 100,
  // The page size asked for (every walk here asks for 2): the service's per_page, never 0.
  per_page: 2,
  results: ids.map((i) => fixtureGroup(i)),
});
const link = (query: string) => `https://api.uploadcare.com/groups/${query}`;

async function walk(server: Server, yielded: string[] = []) {
  for await (const group of clientFor(server).listAll({ limit: 2 })) yielded.push(group.id);
  return yielded;
}

describe('looping and lying pages', () => {
  it('a cycle A -> B -> A: InvalidResponseError, each URL requested once, no group twice', async () => {
    const server = await pagesServer({
      '/groups/?limit=2': page([0, 1], link('?limit=2&offset=2')),
      '/groups/?limit=2&offset=2': page([2, 3], link('?limit=2')),
    });
    const yielded: string[] = [];
    const error = await walk(server, yielded).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(server.requests.map((r) => r.url)).toEqual(['/groups/?limit=2', '/groups/?limit=2&offset=2']);
    expect(new Set(yielded).size).toBe(yielded.length);
    expectNoSecret(error);
  });

  it('a new URL that repeats a group: InvalidResponseError before the repeat is yielded', async () => {
    const server = await pagesServer({
      '/groups/?limit=2': page([0, 1], link('?limit=2&offset=2')),
      '/groups/?limit=2&offset=2': page([1, 2], link('?limit=2&offset=4')),
    });
    const yielded: string[] = [];
    await expect(walk(server, yielded)).rejects.toThrow(InvalidResponseError);
    expect(yielded).toEqual([fixtureGroup(0).id, fixtureGroup(1).id]);
  });

  it('empty pages that link on for ever: stopped at the first', async () => {
    const server = await serve({
      fault: (i) => ({ kind: 'json', status: 200, body: page([], link(`?limit=2&offset=${i + 1}`)) }),
    });
    await expect(walk(server)).rejects.toThrow(/an empty page that links to another/);
    expect(server.count).toBe(1);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['another path', link('../files/?limit=2')],
    ['an empty string', ''],
    ['a relative path', '/groups/?limit=2&offset=2'],
  ])('a %s next link: InvalidResponseError, nothing sent there', async (_, next) => {
    const server = await pagesServer({ '/groups/?limit=2': page([0, 1], next) });
    await expect(walk(server)).rejects.toThrow(InvalidResponseError);
    expect(server.count).toBe(1);
  });

  it('a 2xx answer missing a required field names it', async () => {
    const { total: _, ...withoutTotal } = page([0], null);
    const server = await pagesServer({ '/groups/?limit=2': withoutTotal });
    await expect(clientFor(server).list({ limit: 2 })).rejects.toThrow(/body\.total is missing$/);
  });
});

describe('redirects are never followed', () => {
  it.each([
    ['get', 302],
    ['delete', 303],
    ['store', 307],
  ] as const)(
    '%s answered %i to another server: an UploadcareApiError, the other server never reached',
    async (op, status) => {
      const elsewhere = await serve({});
      const server = await serve({
        fault: () => ({ kind: 'redirect', status, location: `${elsewhere.url}/groups/${GROUP}/` }),
      });
      const error = await clientFor(server)
        [op](GROUP)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadcareApiError);
      expect((error as UploadcareApiError).status).toBe(status);
      expect(server.count).toBe(1);
      expect(elsewhere.count).toBe(0);
    },
  );
});

describe('a DELETE whose answer was lost', () => {
  const notFound: Fault = { kind: 'json', status: 404, body: { detail: 'Not found.' } };
  it.each([
    ['timed out', { kind: 'hang' } as Fault],
    ['lost its connection', { kind: 'reset' } as Fault],
    ['got a 502', { kind: 'html', status: 502 } as Fault],
  ])('resolves when the first attempt %s and the retry finds the group gone', async (_, first) => {
    const server = await serve({ fault: (i) => (i === 0 ? first : notFound) });
    await expect(clientFor(server, { maxRetries: 1, timeoutMs: 300 }).delete(GROUP)).resolves.toBeUndefined();
    expect(server.count).toBe(2);
  });
});

describe('answers too big to hold', () => {
  it('a 1.5 GB body stops at maxResponseBytes with InvalidResponseError, most of it never sent', async () => {
    const server = await serve({ fault: () => ({ kind: 'stream', status: 200, bytes: 1.5 * 1024 ** 3 }) });
    const error = await clientFor(server)
      .get(GROUP)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/a body over 33554432 bytes/);
    // The client hung up near the limit: far less than the 1.5 GB was ever written.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.streamedBytes).toBeLessThan(256 * 1024 ** 2);
  });

  it('a 5 MB detail: a short message, the whole body kept', async () => {
    const detail = 'x'.repeat(5 * 1024 ** 2);
    const server = await serve({ fault: () => ({ kind: 'json', status: 400, body: { detail } }) });
    const error = (await clientFor(server)
      .get(GROUP)
      .catch((e: unknown) => e)) as UploadcareApiError;
    expect(error.message.length).toBeLessThan(1000);
    expect(error.body.length).toBeGreaterThan(detail.length);
  });
});

describe('credentials echoed by an answer', () => {
  it.each([401, 502])(
    'simple auth, an answer %i repeating the Authorization header: the secret is cut out',
    async (status) => {
      const server = await serve({ fault: () => ({ kind: 'echo', status }) });
      const error = (await clientFor(server, { auth: 'simple' })
        .get(GROUP)
        .catch((e: unknown) => e)) as UploadcareApiError;
      expect(error).toBeInstanceOf(UploadcareApiError);
      expect(server.requests[0]?.headers.authorization).toContain(SECRET);
      expect(error.detail).toContain('[redacted]');
      expect(error.headers['x-echo']).toContain('[redacted]');
      expectNoSecret(error);
    },
  );
});

describe('the signer and shared signals', () => {
  it('a signer that never answers: TimeoutError per attempt, nothing sent', async () => {
    const server = await serve({});
    const client = createGroupsClient({
      publicKey: PUBLIC,
      signer: () => new Promise<string>(() => {}),
      baseUrl: server.url,
      timeoutMs: 200,
      maxRetries: 1,
    });
    await expect(client.get(GROUP)).rejects.toBeInstanceOf(TimeoutError);
    expect(server.count).toBe(0);
  });

  it('200 calls sharing one signal against a hung server: one abort stops them all, with no warning', async () => {
    const server = await serve({ fault: () => ({ kind: 'hang' }) });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const client = clientFor(server);
      const controller = new AbortController();
      const calls = Array.from({ length: 200 }, () => client.get(GROUP, { signal: controller.signal }).catch((e) => e));
      while (server.count < 200) await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
      const errors = await Promise.all(calls);
      expect(errors.every((e) => e instanceof AbortError)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('careless callers: refused before anything is sent', () => {
  const cases: [string, (server: Server) => unknown][] = [
    ['a public key with CR LF', (s) => clientFor(s, { publicKey: 'pk\r\nX-Injected: yes' })],
    ['a secret key with NUL', (s) => clientFor(s, { secretKey: 'sk\u0000' })],
    ['a user agent with LF', (s) => clientFor(s, { userAgent: 'ua\nX: y' })],
    ['timeoutMs over 2^31 - 1', (s) => clientFor(s, { timeoutMs: 2 ** 31 })],
    ['maxRetryWaitMs over 2^31 - 1', (s) => clientFor(s, { maxRetryWaitMs: 2 ** 40 })],
    ['a misspelt option', (s) => clientFor(s, { maxretries: 3 } as never)],
    ['February 29 of 2019', (s) => clientFor(s).list({ from: '2019-02-29' })],
    ['February 30', (s) => clientFor(s).list({ from: '2020-02-30T00:00:00Z' })],
    ['hour 24', (s) => clientFor(s).list({ from: '2020-01-01T24:00:00Z' })],
    ['a limit above the spec maximum', (s) => clientFor(s).list({ limit: LIMIT.maximum + 1 })],
    [
      'listAll(null)',
      (s) =>
        clientFor(s)
          .listAll(null as never)
          .next(),
    ],
    [
      'pages(null)',
      (s) =>
        clientFor(s)
          .pages(null as never)
          .next(),
    ],
  ];

  it.each(cases)('%s', async (_, act) => {
    const server = await serve({});
    const error = await (async () => act(server))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toBeInstanceOf(UploadcareError);
    expectNoSecret(error);
    expect(server.count).toBe(0);
  });

  it('a typo names the option meant', () => {
    expect(() => createGroupsClient({ publicKey: PUBLIC, secretKey: SECRET, maxretries: 3 } as never)).toThrow(
      'maxretries: is not an option here; did you mean "maxRetries"?',
    );
  });
});
