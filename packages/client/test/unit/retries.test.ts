import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATIONS } from '../../src/generated/operations.js';
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  createGroupsClient,
  type GroupsClientOptions,
  NotFoundError,
  RateLimitError,
  ServerError,
  SignerError,
  TimeoutError,
  UploadcareApiError,
  UploadcareError,
} from '../../src/index.js';
import { EMPTY_PAGE, GROUP_ID } from '../support/fixtures.js';
import { fixedSigner, json, type Reply, scriptedFetch } from '../support/scripted-fetch.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  // Full jitter picks random() * ceiling: pin it to half the ceiling.
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function client(replies: Reply[], options: Partial<GroupsClientOptions> = {}) {
  const { fetch, calls } = scriptedFetch(...replies);
  const groups = createGroupsClient({ publicKey: 'pk', signer: fixedSigner, fetch, ...options } as GroupsClientOptions);
  return { groups, calls };
}

/** Runs a call to completion under fake timers and returns how it settled. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
}

const gaps = (calls: { at: number }[]) => calls.slice(1).map((call, i) => call.at - (calls[i]?.at ?? 0));

describe('how many requests', () => {
  it.each([
    [429, 0, 1, RateLimitError],
    [429, 2, 3, RateLimitError],
    [408, 2, 3, UploadcareApiError],
    [500, 2, 3, ServerError],
    [502, 1, 2, ServerError],
    [503, 5, 6, ServerError],
    [504, 2, 3, ServerError],
    [400, 2, 1, UploadcareApiError],
    [401, 2, 1, AuthenticationError],
    [404, 2, 1, UploadcareApiError],
    [406, 2, 1, UploadcareApiError],
    [501, 2, 1, ServerError],
  ])('status %i with maxRetries %i: %i request(s), then %s', async (status, maxRetries, requests, errorClass) => {
    const { groups, calls } = client([json(status, { detail: 'x' })], { maxRetries });
    const { error } = await settle(groups.list());
    expect(error).toBeInstanceOf(errorClass);
    expect(calls).toHaveLength(requests);
  });

  it('defaults to maxRetries 2: at most 3 requests', async () => {
    const { groups, calls } = client([json(503, { detail: 'x' })]);
    await settle(groups.list());
    expect(calls).toHaveLength(3);
  });

  it.each([['a connection failure', new TypeError('fetch failed'), ConnectionError]])(
    'retries %s and throws its class when retries run out',
    async (_, failure, errorClass) => {
      const { groups, calls } = client([failure], { maxRetries: 2 });
      const { error } = await settle(groups.list());
      expect(error).toBeInstanceOf(errorClass);
      expect((error as Error).cause).toBe(failure);
      expect(calls).toHaveLength(3);
    },
  );

  it('succeeds once a retry succeeds', async () => {
    const { groups, calls } = client([new TypeError('fetch failed'), json(502, 'bad gateway'), json(200, EMPTY_PAGE)]);
    const { value } = await settle(groups.list());
    expect(value).toEqual(EMPTY_PAGE);
    expect(calls).toHaveLength(3);
  });

  it.each([
    ['get', 'GET'],
    ['store', 'PUT'],
    ['delete', 'DELETE'],
  ] as const)('retries %s (%s is idempotent)', async (op, method) => {
    const { groups, calls } = client([json(503, { detail: 'x' })], { maxRetries: 1 });
    await settle<unknown>(groups[op]('badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3'));
    expect(calls.map((c) => c.method)).toEqual([method, method]);
  });
});

describe('how long between requests', () => {
  it('backs off exponentially with full jitter when no Retry-After is given', async () => {
    const { groups, calls } = client([json(500, { detail: 'x' })], { maxRetries: 4 });
    await settle(groups.list());
    // random() = 0.5 of ceilings 500, 1000, 2000, 4000 ms
    expect(gaps(calls)).toEqual([250, 500, 1000, 2000]);
  });

  it('caps the backoff ceiling at 8 s', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const { groups, calls } = client([json(500, { detail: 'x' })], { maxRetries: 7 });
    await settle(groups.list());
    expect(Math.max(...gaps(calls))).toBeLessThan(8000);
    expect(Math.max(...gaps(calls))).toBeGreaterThan(7900);
  });

  // The spec documents 429's Retry-After as whole seconds: a date there is not what was
  // promised, so the wait falls back to backoff (250 ms), as for garbage.
  const seconds = OPERATIONS.listGroups.retryAfter['429'] === 'seconds';
  it.each([
    ['whole seconds', () => '3', 3000],
    ['zero', () => '0', 0],
    ['an HTTP-date', () => new Date(Date.now() + 5000).toUTCString(), seconds ? 250 : 5000],
    ['an HTTP-date in the past', () => new Date(Date.now() - 5000).toUTCString(), seconds ? 250 : 0],
    ['garbage (falls back to backoff)', () => 'soon', 250],
  ])('honours Retry-After given as %s', async (_, header, expectedGap) => {
    const { groups, calls } = client([
      () => json(429, { detail: 'throttled' }, { 'retry-after': header() }),
      json(200, EMPTY_PAGE),
    ]);
    const { value } = await settle(groups.list());
    expect(value).toEqual(EMPTY_PAGE);
    expect(gaps(calls)).toEqual([expectedGap]);
  });

  it('does not wait for a Retry-After beyond maxRetryWaitMs: throws RateLimitError at once', async () => {
    const { groups, calls } = client([json(429, { detail: 'throttled' }, { 'retry-after': '120' })]);
    const { error } = await settle(groups.list());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120);
    expect(calls).toHaveLength(1);
  });

  it('makes the cap an option', async () => {
    const { groups, calls } = client(
      [json(429, { detail: 'throttled' }, { 'retry-after': '120' }), json(200, EMPTY_PAGE)],
      { maxRetryWaitMs: 180_000 },
    );
    await settle(groups.list());
    expect(gaps(calls)).toEqual([120_000]);
  });

  it('cancels the wait when the signal aborts', async () => {
    const { groups, calls } = client([json(503, { detail: 'x' }, { 'retry-after': '30' })]);
    const controller = new AbortController();
    const promise = groups.list({ signal: controller.signal });
    const outcome = promise.then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    const reason = new Error('user left');
    controller.abort(reason);
    const error = await outcome;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe(reason);
    expect(calls).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  it('times out an attempt after timeoutMs and says so', async () => {
    const { groups, calls } = client(['hang'], { timeoutMs: 1000, maxRetries: 0 });
    const { error } = await settle(groups.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(1000);
    expect(calls).toHaveLength(1);
  });

  it('retries a timed-out attempt', async () => {
    const { groups, calls } = client(['hang', json(200, EMPTY_PAGE)], { timeoutMs: 1000, maxRetries: 1 });
    const { value } = await settle(groups.list());
    expect(value).toEqual(EMPTY_PAGE);
    expect(calls).toHaveLength(2);
  });

  it('starts a fresh timer for every attempt', async () => {
    // Each attempt takes 800 ms of a 1000 ms budget: a timer shared across attempts would fire.
    const slow = (response: Response) => ({ delayMs: 800, response });
    const { groups, calls } = client(
      [slow(json(503, { detail: 'x' }, { 'retry-after': '1' })), slow(json(200, EMPTY_PAGE))],
      {
        timeoutMs: 1000,
      },
    );
    const { value, error } = await settle(groups.list());
    expect(error).toBeUndefined();
    expect(value).toEqual(EMPTY_PAGE);
    expect(calls).toHaveLength(2);
  });

  it('also times out a body that never finishes', async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"next"')) }), {
        status: 200,
      });
    const { groups } = client([stalled], { timeoutMs: 1000, maxRetries: 0 });
    const { error } = await settle(groups.list());
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('even when the injected fetch ignores the signal', async () => {
    const { groups } = client([() => new Promise<Response>(() => {})], { timeoutMs: 1000, maxRetries: 0 });
    const { error } = await settle(groups.list());
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('throws AbortError, not TimeoutError, when the caller aborts, and does not retry', async () => {
    const { groups, calls } = client(['hang'], { timeoutMs: 1000 });
    const controller = new AbortController();
    const outcome = groups.list({ signal: controller.signal }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    const error = await outcome;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as AbortError).name).toBe('AbortError');
    expect((error as AbortError).cause).toBe(controller.signal.reason);
    expect(calls).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { groups, calls } = client([json(200, EMPTY_PAGE)]);
    const { error } = await settle(groups.list({ signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(0);
  });

  it('adds one listener to a signal however many calls share it, and none stays subscribed', async () => {
    const { groups } = client([json(200, EMPTY_PAGE)]);
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    for (let i = 0; i < 5; i++) await settle(groups.list({ signal: controller.signal }));
    expect(add).toHaveBeenCalledTimes(1);
    // Aborting now reaches no finished call: nothing rejects, nothing throws.
    controller.abort();
  });
});

describe('one signal shared by many concurrent calls', () => {
  it('200 calls on one signal print no MaxListenersExceededWarning, and one abort stops them all', async () => {
    vi.useRealTimers();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const { groups, calls } = client(['hang']);
      const controller = new AbortController();
      const pending = Array.from({ length: 200 }, () => groups.list({ signal: controller.signal }).catch((e) => e));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls).toHaveLength(200);
      controller.abort();
      const errors = await Promise.all(pending);
      expect(errors.every((e) => e instanceof AbortError)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('a DELETE whose answer was lost', () => {
  const gone = json(404, { detail: 'Not found.' });
  it.each([
    ['a 503', json(503, { detail: 'busy' })],
    ['a connection failure', new TypeError('socket hang up')],
    ['a timeout', 'hang' as const],
  ])('resolves when the retry after %s finds the group gone (404)', async (_, first) => {
    const { groups, calls } = client([first, gone], { timeoutMs: 1000 });
    const { value, error } = await settle(groups.delete(GROUP_ID));
    expect(error).toBeUndefined();
    expect(value).toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('still rejects with NotFoundError when the first attempt already says 404', async () => {
    const { groups, calls } = client([gone]);
    const { error } = await settle(groups.delete(GROUP_ID));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(calls).toHaveLength(1);
  });

  it('still rejects after a 429 (the service refused; nothing was deleted), then 404', async () => {
    const { groups } = client([json(429, { detail: 'slow' }, { 'retry-after': '1' }), gone]);
    const { error } = await settle(groups.delete(GROUP_ID));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('does not apply to get: a lost GET then 404 is NotFoundError', async () => {
    const { groups } = client([json(503, { detail: 'busy' }), gone]);
    const { error } = await settle(groups.get(GROUP_ID));
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe('redirects are answers, never followed', () => {
  it.each([
    ['get answered 302 to another host', 'get', 302],
    ['delete answered 303', 'delete', 303],
    ['store answered 307', 'store', 307],
    ['get answered 308', 'get', 308],
  ] as const)('%s: an UploadcareApiError, one request, redirect: manual', async (_, op, status) => {
    const { groups, calls } = client([
      new Response(null, { status, headers: { location: 'https://evil.example/groups/x/' } }),
    ]);
    const { error } = await settle<unknown>(groups[op](GROUP_ID));
    expect(error).toBeInstanceOf(UploadcareApiError);
    expect((error as UploadcareApiError).status).toBe(status);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.startsWith('https://api.uploadcare.com/')).toBe(true);
  });

  it('asks fetch not to follow redirects', async () => {
    const inits: RequestInit[] = [];
    const groups = createGroupsClient({
      publicKey: 'pk',
      signer: fixedSigner,
      fetch: async (_url, init) => {
        inits.push(init);
        return json(200, EMPTY_PAGE);
      },
    });
    await settle(groups.list());
    expect(inits[0]?.redirect).toBe('manual');
  });
});

describe('the signer', () => {
  it('that never answers is covered by the attempt timeout, and retried', async () => {
    let asked = 0;
    const { groups, calls } = client([json(200, EMPTY_PAGE)], {
      signer: () => {
        asked++;
        return new Promise<string>(() => {});
      },
      timeoutMs: 1000,
      maxRetries: 1,
    });
    const { error } = await settle(groups.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(asked).toBe(2);
    expect(calls).toHaveLength(0);
  });

  it('that never answers stops with the caller signal', async () => {
    const { groups, calls } = client([json(200, EMPTY_PAGE)], {
      signer: () => new Promise<string>(() => {}),
      timeoutMs: Number.POSITIVE_INFINITY,
    });
    const controller = new AbortController();
    const outcome = settle(groups.list({ signal: controller.signal }));
    controller.abort('stop');
    const { error } = await outcome;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe('stop');
    expect(calls).toHaveLength(0);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('signing service down');
      },
    ],
    ['rejects', () => Promise.reject(new Error('signing service down'))],
  ])('that %s fails the call with SignerError holding the cause, not retried', async (_, signer) => {
    const { groups, calls } = client([json(200, EMPTY_PAGE)], { signer });
    const { error } = await settle(groups.list());
    expect(error).toBeInstanceOf(SignerError);
    expect(error).toBeInstanceOf(UploadcareError);
    expect(((error as SignerError).cause as Error).message).toBe('signing service down');
    expect(calls).toHaveLength(0);
  });
});
