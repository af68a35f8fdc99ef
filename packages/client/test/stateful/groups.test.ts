/**
 * The built client (what users install) against the stateful mock: a groups service that pages,
 * deletes, stores, verifies signatures and throttles as the facts sheet says, behind Prism's
 * validating proxy. After every test, Prism must have found nothing wrong with any request or
 * answer.
 */
import { mockControl } from '@uploadcare-groups/mock';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  createGroupsClient,
  type GroupsClientOptions,
  NotFoundError,
} from '../../dist/index.js';
import { createRawClient } from '../../dist/raw.js';
import { ORDERING } from '../../dist/spec.js';
import { STATEFUL_GROUPS } from './stateful-mock.js';

const url = inject('statefulMockUrl');
const mock = mockControl(url);
const DEMO = { publicKey: 'demopublickey', secretKey: 'demosecretkey' };
const client = (options: Partial<Record<keyof GroupsClientOptions, unknown>> = {}) =>
  createGroupsClient({ ...DEMO, baseUrl: url, ...options } as GroupsClientOptions);

beforeEach(async () => {
  await mock.reset();
});

afterEach(async () => {
  const { violations } = await mock.stats();
  expect(violations.request).toEqual([]);
  expect(violations.response).toEqual([]);
});

/** The mock's groups in the order of `ordering`, by id. */
async function expectedIds(ordering: string = ORDERING.default) {
  const ids = (await mock.groups()).map((group) => group.id);
  return ordering.startsWith('-') ? ids.reverse() : ids;
}

describe('walks', () => {
  it(`listAll over all ${STATEFUL_GROUPS} groups, with runs sharing one creation time, gives each exactly once`, async () => {
    const groups = await mock.groups();
    const times = new Set(groups.map((group) => group.datetime_created));
    // Shared timestamps are what makes `offset` matter.
    expect(times.size).toBeLessThan(groups.length);
    const seen: string[] = [];
    for await (const group of client().listAll()) seen.push(group.id);
    expect(seen).toEqual(await expectedIds());
  });

  it.each(ORDERING.enum)('small pages (limit 7) in %s order: every group once, in order', async (ordering) => {
    const seen: string[] = [];
    for await (const group of client().listAll({ limit: 7, ordering })) seen.push(group.id);
    expect(seen).toEqual(await expectedIds(ordering));
    const { requests } = await mock.stats();
    expect(requests.byOperation.listGroups?.['200']).toBe(Math.ceil(STATEFUL_GROUPS / 7));
  });

  it('prefetch gives the same walk', async () => {
    const seen: string[] = [];
    for await (const page of client().pages({ limit: 250, prefetch: true }))
      for (const g of page.results) seen.push(g.id);
    expect(seen).toEqual(await expectedIds());
  });

  it('from a creation time shared by several groups, with maxItems', async () => {
    const groups = await mock.groups();
    const shared = groups.find((g, i) => groups[i + 1]?.datetime_created === g.datetime_created);
    expect(shared).toBeDefined();
    const from = shared?.datetime_created as string;
    const seen: string[] = [];
    for await (const group of client().listAll({ from, limit: 3, maxItems: 10 })) seen.push(group.id);
    const expected = groups.filter((g) => Date.parse(g.datetime_created) >= Date.parse(from)).slice(0, 10);
    expect(seen).toEqual(expected.map((g) => g.id));
  });
});

describe('single groups', () => {
  it('get gives the group with its files, removed ones null', async () => {
    const [first] = await mock.groups();
    const group = await client().get(first?.id as string);
    expect(group.id).toBe(first?.id);
    expect(group.files).toHaveLength(group.files_count);
  });

  it('delete, then get rejects with NotFoundError, the list no longer has it, delete again is NotFoundError', async () => {
    const groups = client();
    const [first] = await mock.groups();
    const id = first?.id as string;
    await groups.delete(id);
    await expect(groups.get(id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(groups.delete(id)).rejects.toBeInstanceOf(NotFoundError);
    const seen: string[] = [];
    for await (const group of groups.listAll()) seen.push(group.id);
    expect(seen).not.toContain(id);
    expect(seen).toHaveLength(STATEFUL_GROUPS - 1);
  });

  it('store sets datetime_stored on the group and its present files; again changes nothing', async () => {
    const groups = client();
    const unstored = (await mock.groups()).find((g) => g.datetime_stored === null || g.datetime_stored === undefined);
    expect(unstored).toBeDefined();
    const stored = await groups.store(unstored?.id as string);
    expect(stored.datetime_stored).toEqual(expect.any(String));
    for (const file of stored.files) if (file) expect(file.datetime_stored).toEqual(expect.any(String));
    const again = await groups.store(unstored?.id as string);
    expect(again.datetime_stored).toBe(stored.datetime_stored);
  });

  it('the raw client reads the same group, signed the same way', async () => {
    const [first] = await mock.groups();
    const raw = createRawClient({ ...DEMO, baseUrl: url });
    const { data, response } = await raw.GET('/groups/{group_id}/', {
      params: { path: { group_id: first?.id as string } },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(first?.id);
  });
});

describe('faults', () => {
  it('throttling every 3rd request: every call succeeds, with exactly the retries the policy allows', async () => {
    await mock.configure({ throttle: { every: 3, retryAfter: 0 } });
    const groups = client({ maxRetries: 1 });
    const ids = (await mock.groups()).slice(0, 8).map((g) => g.id);
    for (const id of ids) expect((await groups.get(id)).id).toBe(id);
    // Every 3rd request is throttled, and each throttled call takes exactly one retry.
    let sent = 0;
    let throttled = 0;
    for (const _ of ids) {
      while (++sent % 3 === 0) throttled++;
    }
    const { requests } = await mock.stats();
    const get = requests.byOperation.getGroup ?? {};
    expect(get['200']).toBe(ids.length);
    expect(get['429']).toBe(throttled);
  });

  it('a 503 on every 2nd request is retried through', async () => {
    await mock.configure({ fail: { every: 2, status: 503 } });
    const seen: string[] = [];
    for await (const group of client({ maxRetries: 2 }).listAll({ limit: 500 })) seen.push(group.id);
    expect(seen).toEqual(await expectedIds());
  });
});

describe('authentication, verified by the recipe', () => {
  it('a wrong secret is an AuthenticationError with the documented detail', async () => {
    const error = await client({ secretKey: 'not-the-secret' })
      .list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).detail).toBe('Invalid signature. Please check your Secret key.');
  });

  it('an unknown public key is an AuthenticationError naming it', async () => {
    const error = await client({ publicKey: 'nosuchkey' })
      .list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).detail).toBe('Public key nosuchkey not found.');
  });

  it('the Date header instead of X-Uploadcare-Date verifies too', async () => {
    expect((await client({ dateHeader: 'Date' }).list({ limit: 1 })).results).toHaveLength(1);
  });

  it('simple auth over plain http is refused by the service with 400', async () => {
    const error = await client({ auth: 'simple' })
      .list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).detail).toMatch(/Simple authentication over HTTP is forbidden/);
  });
});
