/**
 * Every operation × every documented status against Prism's example server (the mock's
 * `mode: 'examples'`), through the built package (what users install). Prism checks each request
 * against the spec; a request that breaks it would carry `sl-violations`. Walks, deletes,
 * stores, signatures and throttling against a service that keeps state are in test/stateful.
 */
import { describe, expect, inject, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  createGroupsClient,
  type GroupsClientOptions,
  NotAcceptableError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UploadcareApiError,
} from '../../dist/index.js';
import { createRawClient } from '../../dist/raw.js';
import { API_VERSIONS, LIMIT, MEDIA_TYPES, OPERATIONS, ORDERING, RESPONSES } from '../../dist/spec.js';
import { METHOD_OPERATIONS } from '../../src/client.js';
import { documentedDetail, retryAfterExample } from '../support/spec-facts.js';
import { mockFetch } from './mock-fetch.js';

const GROUP_ID = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';
const mockUrl = () => inject('uploadcareMockUrl');

function client(prefer?: string, options: Partial<Record<keyof GroupsClientOptions, unknown>> = {}) {
  const recorder = mockFetch(prefer);
  const groups = createGroupsClient({
    publicKey: 'demopublickey',
    secretKey: 'demosecretkey',
    baseUrl: mockUrl(),
    fetch: recorder.fetch,
    // A mocked answer that asks to be retried carries the spec's example Retry-After; one
    // request per case keeps the table fast.
    maxRetries: 0,
    ...options,
  } as GroupsClientOptions);
  return { groups, ...recorder };
}

type Operation = 'list' | 'get' | 'store' | 'delete';
// `from` as a Date: the client writes it in whatever format the spec gives `from`.
const call = (groups: ReturnType<typeof client>['groups'], op: Operation) =>
  op === 'list'
    ? groups.list({ limit: 2, from: new Date('2018-11-27T00:00:00Z'), ordering: ORDERING.enum.at(-1) })
    : groups[op](GROUP_ID);

/** The class the client throws for a status (its own mapping; any other 4xx is the base class). */
function errorClassOf(status: number): abstract new (...args: never[]) => UploadcareApiError {
  const classes: Record<number, abstract new (...args: never[]) => UploadcareApiError> = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
    406: NotAcceptableError,
    429: RateLimitError,
  };
  return classes[status] ?? (status > 499 ? ServerError : UploadcareApiError);
}

/** Every error status the spec documents for each method's operation: a status the spec adds is exercised here. */
const ERROR_CASES = (['list', 'get', 'store', 'delete'] as const).flatMap((op) =>
  Object.keys(RESPONSES[METHOD_OPERATIONS[op]])
    .map(Number)
    .filter((status) => status > 399)
    .map((status) => [op, status, errorClassOf(status)] as const),
);

/**
 * The API version to ask an error in: the newest the operation takes whose media type the error
 * documents (undefined: the default, the newest of all). A version the spec gives only the
 * success answer has no error bodies, and Prism would answer its 200 instead.
 */
function versionFor(operationId: keyof typeof RESPONSES, status: number) {
  const documented: readonly string[] = (RESPONSES[operationId] as Record<number, readonly string[]>)[status] ?? [];
  const takes: readonly string[] = OPERATIONS[operationId].accept;
  const type = takes.find((accepted) => documented.includes(accepted));
  return type === undefined || type === takes[0]
    ? undefined
    : API_VERSIONS.find((version) => MEDIA_TYPES[version] === type);
}

describe('documented error statuses map to error classes', () => {
  it.each(ERROR_CASES)('%s answering %i throws %o', async (op, status, errorClass) => {
    const apiVersion = versionFor(METHOD_OPERATIONS[op], status);
    const { groups, violations, statuses } = client(`code=${status}`, { apiVersion });
    const error = await call(groups, op).catch((e: unknown) => e);
    expect(statuses).toEqual([status]);
    expect(error).toBeInstanceOf(errorClass);
    const apiError = error as UploadcareApiError;
    expect(apiError.status).toBe(status);
    expect(apiError.detail.length).toBeGreaterThan(0);
    const operationId = METHOD_OPERATIONS[op];
    const documented: Record<string, string> = OPERATIONS[operationId].retryAfter;
    // The answer carries the spec's example Retry-After, in the documented form.
    if (documented[status] !== undefined) {
      expect(apiError.headers['retry-after']).toBe(String(retryAfterExample(operationId, status)));
    }
    if (status === 429 && documented[status] === 'seconds') {
      expect((error as RateLimitError).retryAfter).toBe(Number(retryAfterExample(operationId, status)));
    }
    expect(violations).toEqual([]);
  });
});

describe('documented success statuses give typed data', () => {
  it('list: 200 gives a page', async () => {
    const { groups, violations } = client('code=200');
    const page = await groups.list({ limit: 2, from: new Date('2018-11-27T00:00:00Z'), ordering: 'datetime_created' });
    expect(page.results.length).toBeGreaterThan(0);
    expect(page.results[0]?.id).toMatch(/~\d+$/);
    expect(typeof page.total).toBe('number');
    expect(violations).toEqual([]);
  });

  it('get: 200 gives a group whose files keep null for removed ones', async () => {
    const { groups, violations } = client('code=200');
    const group = await groups.get(GROUP_ID);
    expect(group.files).toHaveLength(group.files_count);
    expect(group.files).toContain(null);
    expect(violations).toEqual([]);
  });

  it('store: 200 (under the v0.6 Accept type) gives the stored group', async () => {
    const { groups, violations } = client('code=200');
    const group = await groups.store(GROUP_ID);
    expect(group.datetime_stored).toEqual(expect.any(String));
    expect(violations).toEqual([]);
  });

  it('delete: 204 resolves to undefined', async () => {
    const { groups, violations } = client('code=204');
    await expect(groups.delete(GROUP_ID)).resolves.toBeUndefined();
    expect(violations).toEqual([]);
  });

  it.each([
    ['simple auth', { auth: 'simple' as const }],
    ['the Date header', { dateHeader: 'Date' as const }],
    ['a custom signer', { secretKey: undefined, signer: () => 'f'.repeat(40) }],
  ])('requests with %s conform too', async (_, options) => {
    const { groups, violations, statuses } = client(undefined, options);
    await groups.list({ limit: LIMIT.maximum });
    await groups.get(GROUP_ID);
    expect(statuses).toEqual([200, 200]);
    expect(violations).toEqual([]);
  });

  it('the raw client shares auth and gives { data, error, response }', async () => {
    const { violations, fetch } = mockFetch('code=404');
    const raw = createRawClient({ publicKey: 'demopublickey', secretKey: 'demosecretkey', baseUrl: mockUrl(), fetch });
    const { data, error, response } = await raw.GET('/groups/{group_id}/', {
      params: { path: { group_id: GROUP_ID } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ detail: documentedDetail('getGroup', 404) });
    expect(violations).toEqual([]);
  });
});

describe('the violation check can fail', () => {
  it('a request outside the contract (raw, limit 0) is flagged by Prism', async () => {
    const { violations, fetch } = mockFetch();
    const raw = createRawClient({ publicKey: 'demopublickey', secretKey: 'demosecretkey', baseUrl: mockUrl(), fetch });
    const { response } = await raw.GET('/groups/', { params: { query: { limit: 0 } } });
    expect(response.status).toBe(400);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/limit/);
  });
});
