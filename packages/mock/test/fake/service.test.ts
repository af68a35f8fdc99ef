// The service on its own port, without Prism: the order of its checks (Accept, then auth, then
// throttling, then parameters; injected failures first), faults, and what it trusts.
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { encodeReceived, RECEIVED_HEADER } from '../../src/fake/http/mock-headers.js';
import { type RunningFake, startFake } from '../../src/fake/index.js';
import { ERROR_EXAMPLES } from '../../src/generated/error-examples.js';
import { OPERATIONS } from '../../src/generated/operations.js';
import { pathOf, signed, signedHeaders } from '../sign.js';

const TOKEN = 'test-token';
let fake: RunningFake;
let someId: string;
beforeAll(async () => {
  fake = await startFake({ groups: 12, seed: 'service', receivedToken: TOKEN });
  someId = (await fake.groups())[0]?.id as string;
});
afterAll(() => fake?.stop());
beforeEach(() => fake.reset());

const list = pathOf('listGroups');
const get = (uri: string, init: RequestInit) => fetch(`${fake.url}${uri}`, init);
const detailOf = async (res: Response) => ((await res.json()) as { detail: string }).detail;

test('Accept is checked before auth: a request wrong in both is a 406', async () => {
  const res = await get(list, { headers: { Accept: 'application/json', Authorization: 'Uploadcare x:y' } });
  expect(res.status).toBe(ERROR_EXAMPLES.NotAcceptableError.status);
  expect(await detailOf(res)).toBe(ERROR_EXAMPLES.NotAcceptableError.detail);
});

test('auth is checked before throttling and before the parameters', async () => {
  fake.configure({ throttle: { every: 1, retryAfter: 0 } });
  const res = await get(`${list}?limit=0`, { headers: { Accept: OPERATIONS.listGroups.accept[0] } });
  expect(res.status).toBe(ERROR_EXAMPLES.MissingCredentialsError.status);
});

test('throttling comes before the parameters: a throttled bad request is a 429', async () => {
  fake.configure({ throttle: { every: 1, retryAfter: 7 } });
  const res = await get(`${list}?limit=0`, signed('listGroups', `${list}?limit=0`));
  expect(res.status).toBe(ERROR_EXAMPLES.ThrottledError.status);
  // In the form the spec documents for this answer: whole seconds, or an HTTP-date 7 s ahead.
  const form: string | undefined = (OPERATIONS.listGroups.retryAfter as Record<string, string>)[String(res.status)];
  const header = res.headers.get('retry-after') ?? '';
  if (form === 'http-date') expect(Date.parse(header) - Date.now()).toBeGreaterThan(5000);
  else expect(header).toBe('7');
  expect(await detailOf(res)).toMatch(/7 seconds/);
});

test('the links of a page keep every parameter the request gave, and parameters the spec does not know are ignored', async () => {
  const descending = OPERATIONS.listGroups.query.includes('ordering') ? '&ordering=-datetime_created' : '';
  const uri = `${list}?limit=2${descending}&utm_source=x%20y`;
  const res = await get(uri, signed('listGroups', uri));
  expect(res.status).toBe(200);
  const { next } = (await res.json()) as { next: string };
  const params = new URL(next).searchParams;
  expect(params.get('utm_source')).toBe('x y');
  if (descending) expect(params.get('ordering')).toBe('-datetime_created');
  const again = await get(
    new URL(next).pathname + new URL(next).search,
    signed('listGroups', new URL(next).pathname + new URL(next).search),
  );
  expect(again.status).toBe(200);
});

test('an injected failure comes before any check', async () => {
  fake.configure({ fail: { every: 1, status: 502 } });
  const res = await get(list, { headers: {} });
  expect(res.status).toBe(502);
  expect(await detailOf(res)).toMatch(/fail fault/);
  expect(fake.requests().byOperation.listGroups).toEqual({ 502: 1 });
});

test('latency delays every answer by at least the time asked', async () => {
  fake.configure({ latencyMs: 120 });
  const started = performance.now();
  await (await get(list, signed('listGroups', list))).arrayBuffer();
  expect(performance.now() - started).toBeGreaterThanOrEqual(115);
});

test('a method the path does not serve is 405 with Allow; an unknown path is the documented 404', async () => {
  const res = await get(list, { method: 'POST', headers: signedHeaders(list, { method: 'POST' }) });
  expect(res.status).toBe(405);
  expect(res.headers.get('allow')).toBe(OPERATIONS.listGroups.method);
  await res.arrayBuffer();
  const missing = await get('/nowhere/', { headers: {} });
  expect(missing.status).toBe(ERROR_EXAMPLES.NotFoundError.status);
  expect(await detailOf(missing)).toBe(ERROR_EXAMPLES.NotFoundError.detail);
  expect(fake.requests().byOperation['(unrouted)']).toEqual({ 404: 1, 405: 1 });
});

test('the signature covers the body as sent', async () => {
  const uri = pathOf('storeGroup', someId);
  const body = '{ "store": true }';
  const res = await get(uri, signed('storeGroup', uri, { body }));
  expect(res.status).toBe(200);
  const other = await get(uri, { ...signed('storeGroup', uri, { body }), body: '{"store":true}' });
  expect(await detailOf(other)).toBe(ERROR_EXAMPLES.InvalidSignatureError.detail);
});

test("the front's record of the request is trusted only with the run's token", async () => {
  // Signed for a URI other than the one this request reaches the service with, as after Prism.
  const asSent = `${list}?limit=2&from=2020-01-01T00:00:00Z`;
  const reencoded = `${list}?limit=2&from=2020-01-01T00%3A00%3A00Z`;
  const init = signed('listGroups', asSent);
  const received = (token: string) =>
    encodeReceived(token, {
      uri: asSent,
      bodyMd5: 'd41d8cd98f00b204e9800998ecf8427e',
      contentType: 'application/json',
    });
  const trusted = await get(reencoded, {
    headers: { ...(init.headers as object), [RECEIVED_HEADER]: received(TOKEN) },
  });
  expect(trusted.status).toBe(200);
  await trusted.arrayBuffer();
  const forged = await get(reencoded, {
    headers: { ...(init.headers as object), [RECEIVED_HEADER]: received('guess') },
  });
  expect(await detailOf(forged)).toBe(ERROR_EXAMPLES.InvalidSignatureError.detail);
});

test('a body larger than the service reads is refused', async () => {
  const uri = pathOf('storeGroup', someId);
  const body = 'x'.repeat(1024 * 1024 + 1);
  const res = await get(uri, { ...signed('storeGroup', uri, { body }), body });
  expect(res.status).toBe(413);
  await res.arrayBuffer();
});

test('groups() shows the state with url on the origin set by the front; reset() restores it', async () => {
  fake.setOrigin('http://127.0.0.1:9');
  expect((await fake.groups())[0]?.url).toBe(`http://127.0.0.1:9${pathOf('getGroup', someId)}`);
  const uri = pathOf('deleteGroup', someId);
  expect((await get(uri, signed('deleteGroup', uri))).status).toBe(204);
  expect((await fake.groups()).map((g) => g.id)).not.toContain(someId);
  await fake.reset();
  expect((await fake.groups()).map((g) => g.id)).toContain(someId);
  fake.setOrigin(fake.url);
});

test('v0.6 answers carry datetime_stored, v0.7 answers do not', async () => {
  const uri = pathOf('getGroup', someId);
  const v07 = await (await get(uri, signed('getGroup', uri))).json();
  expect(v07).not.toHaveProperty('datetime_stored');
  const store = pathOf('storeGroup', someId);
  const v06 = await (await get(store, signed('storeGroup', store))).json();
  expect(v06.datetime_stored).toEqual(expect.any(String));
});
