import { inspect } from 'node:util';
import {
  ConnectionError,
  createGroupsClient,
  InvalidArgumentError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UploadcareError,
} from '@uploadcare-groups/client';
import { LIMIT } from '@uploadcare-groups/client/spec';
import { describe, expect, it, vi } from 'vitest';
import type { Fault } from '../src/fault-server.mjs';
import { type FaultServer, useFaultServers } from './support/fault-servers.js';

const SECRET = 'bench-secret-key-never-shown';
const PUBLIC = 'bench-public-key';
const GROUP = '6f1b2c3d-4e5f-4a6b-8c7d-000000000001~2';

type Server = FaultServer;
const serve = useFaultServers();
const clientFor = (server: Server, options: Partial<Parameters<typeof createGroupsClient>[0]> = {}) =>
  createGroupsClient({ publicKey: PUBLIC, secretKey: SECRET, baseUrl: server.url, ...options });

// Everything the client says, about any failure, must keep the secret to itself.
const seenText: string[] = [];
function expectNoSecret(err: unknown) {
  const texts = [String(err), JSON.stringify(err), inspect(err, { depth: 5 }), (err as Error).stack ?? ''];
  for (const text of texts) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/Uploadcare [^ ]+:[0-9a-f]{40}/);
  }
  seenText.push(...texts);
}
async function failure(promise: Promise<unknown>): Promise<unknown> {
  const err = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expectNoSecret(err);
  return err;
}

const logged: string[] = [];
for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    logged.push(args.map((a) => inspect(a)).join(' '));
  });
}

describe('throttling', () => {
  it.each([
    [2, 3],
    [0, 1],
    [4, 5],
  ])('a persistent 429 with maxRetries %i makes exactly %i requests', async (maxRetries, expected) => {
    const server = await serve({ fault: () => ({ kind: 'status', status: 429, retryAfter: '0' }) });
    const err = await failure(clientFor(server, { maxRetries }).get(GROUP));
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfter).toBe(0);
    expect((err as RateLimitError).status).toBe(429);
    expect(server.count).toBe(expected);
  });

  it('waits the Retry-After seconds before trying again', async () => {
    const server = await serve({ fault: (i) => (i === 0 ? { kind: 'status', status: 429, retryAfter: '1' } : null) });
    const started = performance.now();
    const group = await clientFor(server).get(GROUP);
    expect(group.id).toBe(GROUP);
    expect(server.count).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });
});

// The faults cycled through on every 7th request of a long walk.
const cycle: Fault[] = [
  { kind: 'status', status: 429, retryAfter: '0' },
  { kind: 'status', status: 500 },
  { kind: 'html', status: 502 },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 504 },
  { kind: 'reset' },
  { kind: 'truncated' },
];
const everySeventh = (i: number): Fault | null =>
  i % 7 === 6 ? (cycle[Math.floor(i / 7) % cycle.length] ?? null) : null;

describe('a long walk under faults', () => {
  it('yields all 5,000 groups exactly once, in order, when retries are allowed', async () => {
    const server = await serve({ groups: 5000, sharedTimestamps: 7, fault: everySeventh, record: false });
    const ids: string[] = [];
    for await (const group of clientFor(server, { maxRetries: 3 }).listAll({ limit: 100 })) ids.push(group.id);
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    expect(ids).toEqual([...ids].sort());
    // 50 pages, and one retry for each fault injected on the way.
    expect(server.count).toBeGreaterThan(50);
  }, 60_000);

  it.each([
    [{ kind: 'status', status: 429, retryAfter: '0' } as Fault, RateLimitError],
    [{ kind: 'status', status: 503 } as Fault, ServerError],
    [{ kind: 'html', status: 502 } as Fault, ServerError],
    [{ kind: 'reset' } as Fault, ConnectionError],
    [{ kind: 'truncated' } as Fault, ConnectionError],
  ])('fails with the right class when retries run out: %o', async (fault, errorClass) => {
    const server = await serve({ groups: 5000, fault: (i) => (i === 6 ? fault : null) });
    const walk = async () => {
      let n = 0;
      for await (const _ of clientFor(server, { maxRetries: 0 }).listAll({ limit: 100 })) n++;
      return n;
    };
    const err = await failure(walk());
    expect(err).toBeInstanceOf(errorClass);
    expect(err).toBeInstanceOf(UploadcareError);
    expect(server.count).toBe(7);
  });
});

describe('timeouts and aborts', () => {
  it('gives a timeout error per attempt when the server hangs', async () => {
    const server = await serve({ fault: () => ({ kind: 'hang' }) });
    const started = performance.now();
    const err = await failure(clientFor(server, { timeoutMs: 300, maxRetries: 1 }).get(GROUP));
    const elapsed = performance.now() - started;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(server.count).toBe(2);
    // Two attempts of 300 ms each and one backoff wait; generous margin for a busy machine.
    expect(elapsed).toBeGreaterThanOrEqual(580);
    expect(elapsed).toBeLessThan(5000);
  });

  it('rejects at once when aborted during a backoff wait', async () => {
    const server = await serve({ fault: () => ({ kind: 'status', status: 429, retryAfter: '30' }) });
    const controller = new AbortController();
    const call = clientFor(server, { maxRetries: 5 }).get(GROUP, { signal: controller.signal });
    while (server.count === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    const abortedAt = performance.now();
    controller.abort();
    const err = await failure(call);
    expect(performance.now() - abortedAt).toBeLessThan(1000);
    expect(err).not.toBeInstanceOf(TimeoutError);
    expect(server.count).toBe(1);
  });
});

describe('bad input never reaches the server', () => {
  const cases: Array<
    [string, (c: ReturnType<typeof createGroupsClient>) => Promise<unknown> | AsyncIterable<unknown>]
  > = [
    ['empty group id', (c) => c.get('')],
    ['id with ..', (c) => c.get('..')],
    ['id with a slash', (c) => c.get(`${GROUP}/x`)],
    ['id without ~N', (c) => c.get('6f1b2c3d-4e5f-4a6b-8c7d-000000000001')],
    ['id with ~0', (c) => c.get('6f1b2c3d-4e5f-4a6b-8c7d-000000000001~0')],
    ['id in upper case', (c) => c.get('6F1B2C3D-4E5F-4A6B-8C7D-000000000001~2')],
    ['id with a query', (c) => c.get(`${GROUP}?x=1`)],
    ['not a string id', (c) => c.get(42 as unknown as string)],
    ['store with a bad id', (c) => c.store('nope~1')],
    ['delete with a bad id', (c) => c.delete('../groups/')],
    ['limit below the minimum', (c) => c.list({ limit: LIMIT.minimum - 1 })],
    ['limit above the maximum', (c) => c.list({ limit: LIMIT.maximum + 1 })],
    ['limit 1.5', (c) => c.list({ limit: 1.5 })],
    ['limit NaN', (c) => c.list({ limit: Number.NaN })],
    ['limit as a string', (c) => c.list({ limit: '10' as unknown as number })],
    ['unparseable from', (c) => c.list({ from: 'yesterday' })],
    ['invalid Date', (c) => c.list({ from: new Date('nope') })],
    ['unknown ordering', (c) => c.list({ ordering: 'newest' as never })],
    ['listAll with limit 0', (c) => c.listAll({ limit: 0 })],
    ['pages with bad ordering', (c) => c.pages({ ordering: 'datetime_uploaded' as never })],
    ['listAll with negative maxItems', (c) => c.listAll({ maxItems: -1 })],
  ];

  it.each(cases)('%s', async (_name, call) => {
    const server = await serve({});
    const client = clientFor(server);
    const run = async () => {
      const result = call(client);
      if (result && typeof (result as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
        for await (const _ of result as AsyncIterable<unknown>) break;
      } else await result;
    };
    const err = await failure(run());
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as Error).message.length).toBeGreaterThan(10);
    expect(server.count).toBe(0);
  });

  it.each([
    ['missing public key', { publicKey: '' }],
    ['simple auth with no secret key', { secretKey: undefined, auth: 'simple' as const }],
    ['both secret key and signer', { signer: async () => '' }],
    ['unknown auth scheme', { auth: 'basic' as never }],
    ['negative maxRetries', { maxRetries: -1 }],
    ['zero timeout', { timeoutMs: 0 }],
    ['baseUrl that is not a URL', { baseUrl: 'api.uploadcare.com' }],
  ])('createGroupsClient rejects %s', async (_name, options) => {
    expect(() =>
      createGroupsClient({ publicKey: PUBLIC, secretKey: SECRET, ...options } as Parameters<
        typeof createGroupsClient
      >[0]),
    ).toThrow(InvalidArgumentError);
  });
});

describe('the secret key', () => {
  it('never appears in anything the client logged or any error it raised', () => {
    expect(seenText.length).toBeGreaterThan(20);
    for (const line of logged) expect(line).not.toContain(SECRET);
  });
});
