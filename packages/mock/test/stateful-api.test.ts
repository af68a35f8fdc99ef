// The default mock, through Prism, as a client meets it: list, get, store, delete, the checks
// of the service, signatures over what was sent, and no finding of Prism on any answer.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type RunningStatefulMock, startMock } from '../dist/index.js';
import { ERROR_EXAMPLES } from '../src/generated/error-examples.js';
import { MEDIA_TYPES } from '../src/generated/media-types.js';
import { OPERATIONS } from '../src/generated/operations.js';
import { FROM, LIMIT, OFFSET } from '../src/generated/parameters.js';
import { violations } from './http.js';
import { pathOf, signed, signedHeaders } from './sign.js';
import { createValidator, schemaRef } from './spec.js';

const validate = createValidator();
let mock: RunningStatefulMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  // Whatever these tests sent, no answer of the service broke the spec.
  if (mock) expect((await mock.stats()).violations.response).toEqual([]);
  await mock?.stop();
});
beforeEach(() => mock.reset());

const call = (operationId: Parameters<typeof signed>[0], uri: string, options?: Parameters<typeof signed>[2]) =>
  fetch(`${mock.url}${uri}`, signed(operationId, uri, options));
const detailOf = async (res: Response) => ((await res.json()) as { detail: string }).detail;

describe('list', () => {
  test('the first page: the documented shape, 25 groups in total, absolute links on the mock', async () => {
    const uri = `${pathOf('listGroups')}?${LIMIT.name}=10`;
    const res = await call('listGroups', uri);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(OPERATIONS.listGroups.accept[0]);
    expect(violations(res)).toEqual([]);
    const page = await res.json();
    expect(validate(schemaRef('GroupsPage'), page).errors).toEqual([]);
    expect(page).toMatchObject({ total: 25, per_page: 10, previous: null });
    expect(page.results).toHaveLength(10);
    for (const group of page.results) {
      expect(group).not.toHaveProperty('files');
      expect(group.url).toBe(`${mock.url}${pathOf('getGroup', group.id)}`);
    }
    const last = page.results[9];
    const sameTime = page.results.filter(
      (g: { datetime_created: string }) => g.datetime_created === last.datetime_created,
    );
    const from = `${last.datetime_created.slice(0, -1)}+00:00`;
    expect(page.next).toBe(
      `${mock.url}${pathOf('listGroups')}?${LIMIT.name}=10&${FROM.name}=${encodeURIComponent(from)}&${OFFSET.name}=${sameTime.length}`,
    );
  });

  test('next and previous lead to the neighbouring pages, which link back', async () => {
    const first = await (await call('listGroups', `${pathOf('listGroups')}?limit=4`)).json();
    const nextUri = first.next.slice(mock.url.length);
    const second = await (await call('listGroups', nextUri)).json();
    expect(second.previous).not.toBeNull();
    const back = await (await call('listGroups', second.previous.slice(mock.url.length))).json();
    expect(back.results).toEqual(first.results);
  });

  test('a bad parameter is a 400 naming it, in the service words; Prism saw the bad request too', async () => {
    for (const [query, name] of [
      [`${LIMIT.name}=${LIMIT.maximum + 1}`, LIMIT.name],
      ['ordering=size', 'ordering'],
      [`${FROM.name}=tomorrow`, FROM.name],
      [`${OFFSET.name}=-2`, OFFSET.name],
    ] as const) {
      const uri = `${pathOf('listGroups')}?${query}`;
      const res = await call('listGroups', uri);
      expect(res.status, uri).toBe(400);
      expect(await detailOf(res)).toMatch(new RegExp(`^${name} must be`));
    }
    const { violations: found } = await mock.stats();
    expect(found.request.map((v) => v.location.at(-1))).toEqual([LIMIT.name, 'ordering', FROM.name, OFFSET.name]);
  });

  test('a query signed as sent passes, unencoded characters and all (Prism re-encodes what it forwards)', async () => {
    const uri = `${pathOf('listGroups')}?from=2000-01-01T00:00:00Z&limit=2&unknown=a+b`;
    const res = await call('listGroups', uri);
    expect(res.status).toBe(200);
    expect((await res.json()).results).toHaveLength(2);
  });
});

describe('get, store, delete', () => {
  test('get answers the very group the list showed, with its files', async () => {
    const [listed] = (await (await call('listGroups', `${pathOf('listGroups')}?limit=1`)).json()).results;
    const res = await call('getGroup', pathOf('getGroup', listed.id));
    expect(res.status).toBe(200);
    const group = await res.json();
    expect(group).toMatchObject(listed);
    expect(group.files).toHaveLength(group.files_count);
    expect(validate(schemaRef('GroupWithFiles'), group).errors).toEqual([]);
  });

  // Under every media type the spec gives store (v0.6 and v0.5 today), each on a fresh mock.
  test.each([...OPERATIONS.storeGroup.accept])(
    'store (%s) sets datetime_stored on the group and its present files; again changes nothing',
    async (accept) => {
      const target = (await mock.groups()).find((g) => !g.datetime_stored);
      if (!target) throw new Error('the default data has no unstored group');
      const uri = pathOf('storeGroup', target.id);
      const res = await call('storeGroup', uri, { accept });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(accept);
      expect(violations(res)).toEqual([]);
      const stored = await res.json();
      expect(stored.datetime_stored).toEqual(expect.any(String));
      for (const file of stored.files) if (file) expect(file.datetime_stored).toEqual(expect.any(String));
      const again = await (await call('storeGroup', uri, { accept })).json();
      expect(again).toEqual(stored);
      const [held] = (await mock.groups()).filter((g) => g.id === target.id);
      expect(held?.datetime_stored).toBe(stored.datetime_stored);
    },
  );

  test('store under a version it does not take is a 406 naming the one it does', async () => {
    const target = (await mock.groups())[0]?.id as string;
    const uri = pathOf('storeGroup', target);
    const other = Object.values(MEDIA_TYPES).find(
      (type) => !(OPERATIONS.storeGroup.accept as readonly string[]).includes(type),
    );
    const res = await call('storeGroup', uri, { accept: other });
    expect(res.status).toBe(ERROR_EXAMPLES.NotAcceptableError.status);
    expect(await detailOf(res)).toContain(OPERATIONS.storeGroup.accept[0]);
  });

  test('delete answers 204; then get, store and delete answer 404 and the list lacks the group', async () => {
    const target = (await mock.groups())[3]?.id as string;
    const res = await call('deleteGroup', pathOf('deleteGroup', target));
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    for (const operationId of ['getGroup', 'storeGroup', 'deleteGroup'] as const) {
      const gone = await call(operationId, pathOf(operationId, target));
      expect(gone.status, operationId).toBe(ERROR_EXAMPLES.NotFoundError.status);
      expect(await detailOf(gone)).toBe(ERROR_EXAMPLES.NotFoundError.detail);
    }
    const page = await (await call('listGroups', `${pathOf('listGroups')}?limit=100`)).json();
    expect(page.total).toBe(24);
    expect(page.results.map((g: { id: string }) => g.id)).not.toContain(target);
  });

  test('a malformed group id is a 400 naming group_id', async () => {
    const res = await call('getGroup', pathOf('getGroup', 'not-a-group'));
    expect(res.status).toBe(400);
    expect(await detailOf(res)).toMatch(/^group_id must be a group id/);
  });
});

describe('auth and versions through the whole chain', () => {
  const uri = `${pathOf('listGroups')}?limit=1`;
  test.each([
    ['no Accept', { Accept: '' }, ERROR_EXAMPLES.NotAcceptableError],
    ['an unknown version', { Accept: 'application/vnd.uploadcare-v0.4+json' }, ERROR_EXAMPLES.NotAcceptableError],
    ['no Authorization', { Authorization: '' }, ERROR_EXAMPLES.MissingCredentialsError],
    [
      'a wrong signature',
      { Authorization: `Uploadcare demopublickey:${'1'.repeat(40)}` },
      ERROR_EXAMPLES.InvalidSignatureError,
    ],
    [
      'simple auth over http',
      { Authorization: 'Uploadcare.Simple demopublickey:demosecretkey' },
      ERROR_EXAMPLES.SimpleAuthOverHttpError,
    ],
  ])('%s answers the documented error', async (_, override, expected) => {
    const headers = Object.fromEntries(
      Object.entries({ ...signedHeaders(uri), ...override }).filter(([, value]) => value !== ''),
    );
    const res = await fetch(`${mock.url}${uri}`, { headers });
    expect(res.status).toBe(expected.status);
    expect(await detailOf(res)).toBe(expected.detail);
  });

  test('a wrong secret key is 401; an unknown public key is named', async () => {
    const wrong = await fetch(`${mock.url}${uri}`, {
      headers: signedHeaders(uri, { keys: { publicKey: 'demopublickey', secretKey: 'nope' } }),
    });
    expect(wrong.status).toBe(401);
    expect(await detailOf(wrong)).toBe(ERROR_EXAMPLES.InvalidSignatureError.detail);
    const unknown = await fetch(`${mock.url}${uri}`, {
      headers: signedHeaders(uri, { keys: { publicKey: 'stranger', secretKey: 'x' } }),
    });
    expect(await detailOf(unknown)).toMatch(/stranger/);
  });

  test('the Date header works as X-Uploadcare-Date does; a stale date is refused saying so', async () => {
    expect((await fetch(`${mock.url}${uri}`, { headers: signedHeaders(uri, { dateHeader: 'Date' }) })).status).toBe(
      200,
    );
    const stale = new Date(Date.now() - 16 * 60_000).toUTCString();
    const res = await fetch(`${mock.url}${uri}`, { headers: signedHeaders(uri, { date: stale }) });
    expect(res.status).toBe(401);
    expect(await detailOf(res)).toMatch(/more than 15 minutes/);
  });

  test('without Content-Type the signature has an empty third line', async () => {
    expect((await fetch(`${mock.url}${uri}`, { headers: signedHeaders(uri, { contentType: null }) })).status).toBe(200);
  });
});
