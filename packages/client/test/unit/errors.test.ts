import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AbortError,
  AuthenticationError,
  BadRequestError,
  type CommonClientOptions,
  ConnectionError,
  createGroupsClient,
  type GroupsClientOptions,
  InvalidArgumentError,
  InvalidResponseError,
  NotAcceptableError,
  NotFoundError,
  RateLimitError,
  type SecretKeyOptions,
  ServerError,
  type SignerOptions,
  TimeoutError,
  UploadcareApiError,
  UploadcareError,
} from '../../src/index.js';
import { LIMIT } from '../../src/spec.js';
import { GROUP_ID, listedGroup, page } from '../support/fixtures.js';
import { json, type Reply, scriptedFetch } from '../support/scripted-fetch.js';

const SECRET = 'sk_TOP_SECRET_4f1c9e';
/** Any mix of options, the invalid ones included: the client checks them at run time. */
type LooseOptions = Partial<
  CommonClientOptions & Omit<SecretKeyOptions, 'signer'> & Omit<SignerOptions, 'secretKey' | 'auth'>
>;

function client(reply: Reply, options: LooseOptions = {}) {
  const { fetch, calls } = scriptedFetch(reply);
  const groups = createGroupsClient({
    publicKey: 'pk',
    secretKey: SECRET,
    fetch,
    maxRetries: 0,
    ...options,
  } as GroupsClientOptions);
  return { groups, calls };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('API errors', () => {
  it.each([
    [400, BadRequestError, 'Simple authentication over HTTP is forbidden.'],
    [401, AuthenticationError, 'Invalid signature. Please check your Secret key.'],
    [404, NotFoundError, 'Not found.'],
    [406, NotAcceptableError, 'Incorrect Accept header provided.'],
    [429, RateLimitError, 'Request was throttled. Expected available in 10 seconds.'],
    [500, ServerError, 'Internal error'],
    [503, ServerError, 'Unavailable'],
    [403, UploadcareApiError, 'Forbidden by policy'],
  ])('%i becomes %s with status, detail, method, URL and headers', async (status, errorClass, detail) => {
    const { groups } = client(json(status, { detail }, { 'retry-after': '10', 'x-request-id': 'abc' }));
    const error = await groups.get(GROUP_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(UploadcareApiError);
    expect(error).toBeInstanceOf(UploadcareError);
    const apiError = error as UploadcareApiError;
    expect(apiError).toMatchObject({
      status,
      detail,
      method: 'GET',
      url: `https://api.uploadcare.com/groups/${GROUP_ID}/`,
    });
    expect(apiError.headers['x-request-id']).toBe('abc');
    expect(apiError.name).toBe(errorClass.name);
    expect(apiError.message).toContain(detail);
  });

  it('gives RateLimitError the Retry-After seconds, including from an HTTP-date', async () => {
    const at = new Date(Date.now() + 42_000).toUTCString();
    const { groups } = client(json(429, { detail: 'slow down' }, { 'retry-after': at }), { maxRetryWaitMs: 1000 });
    const error = (await groups.list().catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBeGreaterThanOrEqual(40);
    expect(error.retryAfter).toBeLessThanOrEqual(43);
  });

  it.each([
    [
      'an HTML 502 page',
      new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
      ServerError,
      '502 Bad Gateway',
    ],
    [
      'an empty 503',
      new Response(null, { status: 503, statusText: 'Service Unavailable' }),
      ServerError,
      'Service Unavailable',
    ],
    ['JSON without detail', json(404, { error: 'nope' }), NotFoundError, '{"error":"nope"}'],
    ['a truncated JSON body', new Response('{"detail": "Not fo', { status: 404 }), NotFoundError, '{"detail": "Not fo'],
    ['a huge text body', new Response('x'.repeat(10_000), { status: 500 }), ServerError, 'x'.repeat(500)],
    [
      'a 301 redirect',
      new Response(null, { status: 301, headers: { location: 'https://elsewhere.example/' } }),
      UploadcareApiError,
      'a redirect to https://elsewhere.example/, which the client does not follow',
    ],
  ])('still gives a typed error for %s', async (_, response, errorClass, detail) => {
    const { groups } = client(response);
    const error = (await groups.get(GROUP_ID).catch((e: unknown) => e)) as UploadcareApiError;
    expect(error).toBeInstanceOf(errorClass);
    expect(error.detail.startsWith(detail)).toBe(true);
    expect(error.detail.length).toBeLessThanOrEqual(501);
  });

  it('caps a 5 MB detail in the message and keeps the whole body on the error', async () => {
    const detail = 'd'.repeat(5_000_000);
    const { groups } = client(json(400, { detail }));
    const error = (await groups.get(GROUP_ID).catch((e: unknown) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message.length).toBeLessThan(700);
    expect(error.detail).toBe(`${'d'.repeat(500)}…`);
    expect(error.body).toBe(JSON.stringify({ detail }));
  });

  it.each([
    ['not JSON', new Response('<html>ok</html>', { status: 200 })],
    ['the wrong shape', json(200, { id: 42 })],
  ])('throws InvalidResponseError for a 2xx body that is %s', async (_, response) => {
    const { groups } = client(response);
    await expect(groups.get(GROUP_ID)).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe('answers over maxResponseBytes', () => {
  /** A body of `size` bytes streamed in 64 KiB chunks with no Content-Length; counts the chunks pulled. */
  function streamed(size: number) {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled * chunk.length >= size) return controller.close();
        pulled++;
        controller.enqueue(chunk);
      },
    });
    return { response: new Response(body, { status: 200 }), pulled: () => pulled };
  }

  it('stops reading a streamed body at the limit and fails with InvalidResponseError', async () => {
    const { response, pulled } = streamed(1024 * 1024 * 1024);
    const { groups } = client(response, { maxResponseBytes: 256 * 1024 });
    const error = (await groups.get(GROUP_ID).catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain('a body over 262144 bytes (maxResponseBytes)');
    // The stream reads a little ahead; without the limit it would be 16,384 chunks.
    expect(pulled()).toBeLessThanOrEqual(8);
  });

  it('fails at once on a declared Content-Length over the limit', async () => {
    const { response, pulled } = streamed(10 * 1024 * 1024);
    const declared = new Response(response.body, {
      status: 200,
      headers: { 'content-length': String(10 * 1024 * 1024) },
    });
    const { groups } = client(declared, { maxResponseBytes: 1024 });
    await expect(groups.get(GROUP_ID)).rejects.toThrow(/a body over 1024 bytes/);
    expect(pulled()).toBeLessThanOrEqual(2);
  });

  it('is not retried, and holds for error answers too', async () => {
    const { groups, calls } = client(new Response('e'.repeat(5000), { status: 503 }), {
      maxResponseBytes: 1000,
      maxRetries: 2,
    });
    await expect(groups.get(GROUP_ID)).rejects.toBeInstanceOf(InvalidResponseError);
    expect(calls).toHaveLength(1);
  });

  it('lets a page of the largest size through by default', async () => {
    const results = Array.from({ length: LIMIT.maximum }, (_, i) => listedGroup(i));
    const { groups } = client(json(200, page(results)));
    expect((await groups.list({ limit: LIMIT.maximum })).results).toHaveLength(LIMIT.maximum);
  });
});

describe('the secret never leaks', () => {
  const failures: [string, Reply, LooseOptions, abstract new (...args: never[]) => UploadcareError][] = [
    ['401', json(401, { detail: 'Incorrect authentication credentials.' }), {}, AuthenticationError],
    ['400', json(400, { detail: 'Bad' }), {}, BadRequestError],
    ['429', json(429, { detail: 'slow' }, { 'retry-after': '1' }), {}, RateLimitError],
    ['HTML 502', new Response('<h1>Bad gateway</h1>', { status: 502 }), {}, ServerError],
    ['connection', new TypeError('fetch failed'), {}, ConnectionError],
    ['timeout', 'hang', { timeoutMs: 20 }, TimeoutError],
    ['invalid response', new Response('nope', { status: 200 }), {}, InvalidResponseError],
    [
      'a body over the limit',
      new Response('x'.repeat(100), { status: 200 }),
      { maxResponseBytes: 10 },
      InvalidResponseError,
    ],
    ['a redirect', new Response(null, { status: 303, headers: { location: '/elsewhere' } }), {}, UploadcareApiError],
    [
      'an answer echoing the Authorization header',
      (request) =>
        json(
          401,
          { detail: `Bad header: ${request.headers.Authorization}` },
          { 'x-echo': request.headers.Authorization ?? '' },
        ),
      {},
      AuthenticationError,
    ],
    [
      'an HTML page echoing the request',
      (request) => new Response(`<pre>Authorization: ${request.headers.Authorization}</pre>`, { status: 502 }),
      {},
      ServerError,
    ],
    [
      'a fetch whose error quotes the request',
      (request) => {
        throw new TypeError(`Invalid header value: ${JSON.stringify(request.headers)}`, {
          cause: new Error(`header ${request.headers.Authorization}`),
        });
      },
      {},
      ConnectionError,
    ],
    [
      'a signer that never answers',
      json(200, {}),
      { signer: () => new Promise<string>(() => {}), secretKey: undefined, timeoutMs: 20 },
      TimeoutError,
    ],
  ];

  it.each(
    failures.flatMap(([name, reply, options, errorClass]) => [
      // A signer is for signed auth only.
      ...(options.signer
        ? []
        : [
            [
              `${name}, simple auth`,
              reply,
              { ...options, auth: 'simple' as const, baseUrl: 'http://localhost:1' },
              errorClass,
            ] as const,
          ]),
      [`${name}, signed auth`, reply, options, errorClass] as const,
    ]),
  )('%s: not in message, String, JSON, stack, inspect or console', async (_, reply, options, errorClass) => {
    const logged: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args) => {
        logged.push(args);
      });
    }
    const { groups, calls } = client(reply, options);
    const error = await groups.get(GROUP_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    const renderings = [
      (error as Error).message,
      String(error),
      JSON.stringify(error),
      (error as Error).stack ?? '',
      inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      inspect(groups, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      inspect(logged, { depth: Number.POSITIVE_INFINITY }),
    ];
    for (const text of renderings) expect(text).not.toContain(SECRET);
    // With signed auth the header holds no secret; an answer may echo it, the secret stays out.
    if (options.auth === 'simple') {
      const authorization = calls[0]?.headers.Authorization ?? '';
      expect(authorization).toContain(SECRET);
      for (const text of renderings) expect(text).not.toContain(authorization);
    }
    expect(logged).toEqual([]);
  });

  it('JSON.stringify gives a useful credential-free object', async () => {
    const { groups } = client(json(404, { detail: 'Not found.' }));
    const error = await groups.get(GROUP_ID).catch((e: unknown) => e);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'NotFoundError',
      message: `GET https://api.uploadcare.com/groups/${GROUP_ID}/ answered 404: Not found.`,
      status: 404,
      detail: 'Not found.',
      method: 'GET',
      url: `https://api.uploadcare.com/groups/${GROUP_ID}/`,
      headers: { 'content-type': 'application/vnd.uploadcare-v0.7+json' },
      body: '{"detail":"Not found."}',
    });
  });

  it('bad options name the argument but never echo the secret', () => {
    const error = (() => {
      try {
        createGroupsClient({ publicKey: '', secretKey: SECRET });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('publicKey');
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });
});

describe('AbortError', () => {
  it('keeps the caller reason as cause', async () => {
    const { groups } = client(json(200, {}));
    const reason = new Error('navigated away');
    const error = (await groups
      .get(GROUP_ID, { signal: AbortSignal.abort(reason) })
      .catch((e: unknown) => e)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause).toBe(reason);
  });
});
