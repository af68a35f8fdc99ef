/**
 * No rendering of any error the client throws holds the secret key, whatever path it came
 * in by: an answer's status text, a redirect's Location, a next link (path or query, also as
 * `err.url`), a group id, and a custom fetch's error with the secret in a nested
 * config, a `code`, a hidden or symbol-keyed property, an AggregateError's `errors`, a Map or
 * Headers, a cause chain many levels deep, or a cycle. Each case runs with a plain hex-like
 * secret and with one that percent-encoding changes, looked for as written and URL-encoded.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createGroupsClient, UploadcareError } from '../../src/index.js';
import { createRawClient } from '../../src/raw.js';
import { GROUP_ID, listedGroup, page } from '../support/fixtures.js';
import { json, type RecordedRequest, type Reply, scriptedFetch } from '../support/scripted-fetch.js';

const SECRETS = ['0a1b2c3d4e5f60718293', 'sk+Top/Secret=9 x~!'];
const API = 'https://api.uploadcare.com';

type Run = 'get' | 'list' | 'listAll' | 'pages' | 'raw';

/** name, the operation that meets it, the replies (given the secret and the Authorization sent). */
const CASES: [string, Run, (secret: string) => Reply[]][] = [
  ['detail falls back to a status text', 'get', (s) => [new Response('', { status: 500, statusText: `oops ${s}` })]],
  [
    'a redirect Location',
    'get',
    (s) => [
      new Response(null, { status: 302, headers: { location: `https://evil.example/?k=${encodeURIComponent(s)}` } }),
    ],
  ],
  [
    'a custom fetch under the raw client',
    'raw',
    () => [
      (request) => {
        throw Object.assign(new Error('failed'), { code: request.headers.Authorization });
      },
    ],
  ],
  [
    'a next link query, then an error there (err.url)',
    'listAll',
    (s) => [json(200, page([listedGroup(1)], `${API}/groups/?limit=1&k=${encodeURIComponent(s)}`)), json(500, {})],
  ],
  [
    'a next link query, percent-encoded in lower case',
    'pages',
    (s) => [
      json(
        200,
        page(
          [listedGroup(1)],
          `${API}/groups/?k=${encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`,
        ),
      ),
      json(503, {}),
    ],
  ],
  ['a next link path', 'listAll', (s) => [json(200, page([listedGroup(1)], `${API}/${encodeURIComponent(s)}/x/`))]],
  [
    'a next link to a page already fetched',
    'listAll',
    (s) => {
      const back = `${API}/groups/?k=${encodeURIComponent(s)}`;
      return [json(200, page([listedGroup(1)], back)), json(200, page([listedGroup(2)], back))];
    },
  ],
  ['a 404 status text, list', 'list', (s) => [new Response(null, { status: 404, statusText: s })]],
  [
    'a custom fetch: the secret in cause.config.headers',
    'get',
    () => [
      (request) => {
        throw new TypeError('request failed', { cause: { config: { headers: { ...request.headers } } } });
      },
    ],
  ],
  [
    'a custom fetch: the secret as .code',
    'get',
    () => [
      (request) => {
        throw Object.assign(new Error('failed'), { code: request.headers.Authorization });
      },
    ],
  ],
  [
    'a custom fetch: hidden and symbol-keyed properties',
    'get',
    () => [
      (request) => {
        const error = new Error('failed');
        Object.defineProperty(error, 'request', { value: { auth: request.headers.Authorization }, enumerable: false });
        Object.defineProperty(error, Symbol('headers'), { value: request.headers.Authorization, enumerable: false });
        throw error;
      },
    ],
  ],
  [
    'a custom fetch: AggregateError.errors',
    'get',
    () => [
      (request) => {
        throw new AggregateError([new Error('a'), new Error(`b ${request.headers.Authorization}`)], 'all failed');
      },
    ],
  ],
  [
    'a custom fetch: a cause ten levels down',
    'get',
    () => [
      (request) => {
        let error = new Error(`bottom ${request.headers.Authorization}`);
        for (let i = 0; i < 10; i++) error = new Error(`level ${i}`, { cause: error });
        throw error;
      },
    ],
  ],
  [
    'a custom fetch: a cycle, a Map, Headers, a Request and a URL',
    'get',
    () => [
      (request) => {
        const error = new Error('loop') as Error & Record<string, unknown>;
        error.self = error;
        error.map = new Map([['auth', request.headers.Authorization]]);
        error.headers = new Headers({ authorization: request.headers.Authorization ?? '' });
        error.list = [error, { deep: [[request.headers.Authorization]] }];
        error.request = new Request(`https://x.example/?k=${encodeURIComponent(request.headers.Authorization ?? '')}`, {
          headers: { authorization: request.headers.Authorization ?? '' },
        });
        error.link = new URL(`https://x.example/${encodeURIComponent(request.headers.Authorization ?? '')}`);
        throw error;
      },
    ],
  ],
  [
    'a custom fetch: a Proxy whose traps throw, beside the secret',
    'get',
    () => [
      (request) => {
        const trap = () => {
          throw new Error('no');
        };
        const hostile = new Proxy({}, { ownKeys: trap, getOwnPropertyDescriptor: trap, get: trap });
        throw Object.assign(new Error(`x ${request.headers.Authorization}`), { hostile });
      },
    ],
  ],
  [
    'a custom fetch: a string thrown',
    'get',
    () => [
      (request) => {
        throw `failed with ${request.headers.Authorization}`;
      },
    ],
  ],
];

async function failure(run: Run, fetch: ReturnType<typeof scriptedFetch>['fetch'], secret: string) {
  const options = {
    publicKey: 'pk',
    secretKey: secret,
    auth: 'simple' as const,
    baseUrl: 'http://localhost:1',
    fetch: ((url: string, init: RequestInit) => fetch(url.replace('http://localhost:1', API), init)) as typeof fetch,
    maxRetries: 0,
  };
  try {
    if (run === 'raw') {
      const { error, response } = await createRawClient(options).GET('/groups/{group_id}/', {
        params: { path: { group_id: GROUP_ID } },
      });
      throw new Error(`expected a failure, got ${response.status} ${String(error)}`);
    }
    const groups = createGroupsClient(options);
    if (run === 'get') await groups.get(GROUP_ID);
    if (run === 'list') await groups.list();
    if (run === 'listAll') for await (const _ of groups.listAll()) void _;
    if (run === 'pages') for await (const _ of groups.pages({ prefetch: true })) void _;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

function renderings(error: unknown): string[] {
  return [
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    JSON.stringify(error) ?? '',
    String(error),
    error instanceof Error ? (error.stack ?? '') : '',
    error instanceof Error ? error.message : '',
  ];
}

describe('no secret in any error', () => {
  it.each(SECRETS.flatMap((secret) => CASES.map(([name, run, replies]) => [name, secret, run, replies] as const)))(
    '%s (secret %j)',
    async (_, secret, run, replies) => {
      const { fetch, calls } = scriptedFetch(...replies(secret));
      const error = await failure(run, fetch, secret);
      // The secret did go out (simple auth), so it had the chance to come back.
      expect((calls[0] as RecordedRequest).headers.Authorization).toContain(secret);
      const forms = [secret, encodeURIComponent(secret), encodeURIComponent(secret).toLowerCase()];
      for (const text of renderings(error)) for (const form of forms) expect(text).not.toContain(form);
      expect(renderings(error)[0]).toContain('[redacted]');
    },
  );

  // A group id carrying the secret breaks the id pattern of the answer's outline, so it never gets
  // as far as the repeated-id check; the outline's message names the field, not its value.
  it.each(SECRETS)(
    'a group id carrying the secret (secret %j): refused by its pattern, never echoed',
    async (secret) => {
      const group = { ...listedGroup(1), id: `${secret}~1` };
      const { fetch } = scriptedFetch(json(200, page([group, group])));
      const error = await failure('listAll', fetch, secret);
      expect((error as Error).message).toContain('body.results[0].id does not match');
      const forms = [secret, encodeURIComponent(secret), encodeURIComponent(secret).toLowerCase()];
      for (const text of renderings(error)) for (const form of forms) expect(text).not.toContain(form);
    },
  );

  it('keeps the class, the fields and plain values as they are', async () => {
    const secret = SECRETS[0] as string;
    const reason = { why: 'kept' };
    const { fetch } = scriptedFetch(() => {
      throw Object.assign(new Error(`x ${secret}`), { code: 'ECONNRESET', reason });
    });
    const error = (await failure('get', fetch, secret)) as Error & { cause: Error & Record<string, unknown> };
    expect(error).toBeInstanceOf(UploadcareError);
    expect(error.name).toBe('ConnectionError');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause.code).toBe('ECONNRESET');
    expect(error.cause.message).toBe('x [redacted]');
    expect(error.cause.reason).toBe(reason);
  });
});
