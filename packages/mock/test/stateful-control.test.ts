// Driving the stateful mock: the control routes over HTTP (mockControl, as a test in another
// process would), faults changed at run time, stats, and CORS for browser pages.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  CONTROL_PREFIX,
  type MockControl,
  MockControlError,
  mockControl,
  type RunningStatefulMock,
  startMock,
} from '../dist/index.js';
import { ERROR_EXAMPLES } from '../src/generated/error-examples.js';
import { pathOf, signed, signedHeaders } from './sign.js';
import { deref, spec } from './spec.js';

let mock: RunningStatefulMock;
let control: MockControl;
beforeAll(async () => {
  mock = await startMock({
    groups: 10,
    seed: 'control',
    throttle: { every: 1000 },
    allowSimpleAuthOverHttp: true,
    controlOrigins: ['http://localhost:5173'],
  });
  control = mockControl(mock.url, { token: mock.controlToken });
});
afterAll(() => mock?.stop());
beforeEach(() => control.reset());

const list = pathOf('listGroups');
const listOnce = async () => {
  const res = await fetch(`${mock.url}${list}`, signed('listGroups', list));
  await res.arrayBuffer();
  return res;
};

describe('control over HTTP', () => {
  test('groups, setGroups and reset', async () => {
    const before = await control.groups();
    expect(before).toHaveLength(10);
    expect(before).toEqual(await mock.groups());
    const example = deref(spec.components.examples.GroupWithFiles).value;
    await control.setGroups([example]);
    const page = await (await fetch(`${mock.url}${list}`, signed('listGroups', list))).json();
    expect(page.results.map((g: { id: string }) => g.id)).toEqual([example.id]);
    // The url is the mock's own, whatever the data said.
    expect((await control.groups())[0]).toEqual({ ...example, url: `${mock.url}${pathOf('getGroup', example.id)}` });
    await control.reset();
    expect(await control.groups()).toEqual(before);
  });

  test('bad groups are refused with a 400 naming the group and the field', async () => {
    const error = await control.setGroups([{ id: 'nope' }] as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MockControlError);
    expect((error as MockControlError).status).toBe(400);
    expect((error as MockControlError).detail).toMatch(/groups\[0\] \(nope\)/);
    expect(await control.groups()).toHaveLength(10);
  });

  test('the index lists the routes; an unknown route or a bad body says why', async () => {
    const index = await (await fetch(`${mock.url}${CONTROL_PREFIX}`)).json();
    expect(index.routes).toContain(`GET ${CONTROL_PREFIX}stats`);
    const unknown = await fetch(`${mock.url}${CONTROL_PREFIX}nothing`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).detail).toMatch(/Known: /);
    const bad = await fetch(`${mock.url}${CONTROL_PREFIX}config`, {
      method: 'PATCH',
      body: '{',
      headers: { Authorization: `Bearer ${mock.controlToken}` },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/not JSON/);
  });
});

describe('faults at run time', () => {
  test('the start options are in force and come back with reset', async () => {
    await control.configure({ throttle: null, latencyMs: 5 });
    await control.reset();
    expect(await (await fetch(`${mock.url}${CONTROL_PREFIX}config`)).json()).toEqual({
      throttle: { every: 1000, retryAfter: 1 },
      fail: null,
      latencyMs: 0,
    });
  });

  test('throttle every 3rd request: 429 with Retry-After and the documented words; stats count it', async () => {
    expect(await control.configure({ throttle: { every: 3, retryAfter: 2 } })).toMatchObject({
      throttle: { every: 3, retryAfter: 2 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await listOnce()).status);
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
    const stats = await control.stats();
    expect(stats.requests.byOperation.listGroups).toEqual({ 200: 4, 429: 2 });
    expect(stats.violations).toMatchObject({ request: [], response: [], injected: [] });
  });

  test('the 429 carries Retry-After and the throttling detail', async () => {
    await control.configure({ throttle: { every: 1, retryAfter: 10 } });
    const res = await fetch(`${mock.url}${list}`, signed('listGroups', list));
    expect(res.status).toBe(ERROR_EXAMPLES.ThrottledError.status);
    expect(res.headers.get('retry-after')).toBe('10');
    expect(await res.json()).toEqual({ detail: ERROR_EXAMPLES.ThrottledError.detail });
  });

  test('fail every 2nd request with 503: Prism notes the undocumented status, filed as injected', async () => {
    await control.configure({ throttle: null, fail: { every: 2, status: 503 } });
    expect([(await listOnce()).status, (await listOnce()).status]).toEqual([200, 503]);
    const { violations } = await control.stats();
    expect(violations.response).toEqual([]);
    expect(violations.injected).toEqual([
      expect.objectContaining({ operationId: 'listGroups', status: 503, location: ['response'] }),
    ]);
  });
});

test('with allowSimpleAuthOverHttp, simple auth is checked instead of refused', async () => {
  const simple = (secret: string) =>
    fetch(`${mock.url}${list}`, {
      headers: {
        Accept: signedHeaders(list).Accept as string,
        Authorization: `Uploadcare.Simple demopublickey:${secret}`,
      },
    });
  expect((await simple('demosecretkey')).status).toBe(200);
  const wrong = await simple('nope');
  expect(wrong.status).toBe(ERROR_EXAMPLES.MissingCredentialsError.status);
  expect((await wrong.json()).detail).toBe(ERROR_EXAMPLES.MissingCredentialsError.detail);
});

describe('CORS, for pages on another origin', () => {
  const origin = 'http://localhost:5173';
  test('a preflight is answered with what the page asks for', async () => {
    const res = await fetch(`${mock.url}${list}`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'DELETE',
        'Access-Control-Request-Headers': 'authorization,x-uploadcare-date,content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')).toBe('DELETE');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,x-uploadcare-date,content-type');
    expect((await control.stats()).requests.total).toBe(0);
  });

  test("answers name the page's origin and expose Retry-After and sl-violations; no private header leaks", async () => {
    const res = await fetch(`${mock.url}${list}`, { headers: { ...signedHeaders(list), Origin: origin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Retry-After.*sl-violations/);
    for (const name of res.headers.keys()) expect(name).not.toMatch(/^x-uploadcare-mock-/);
    await res.arrayBuffer();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    // An origin allowed with controlOrigins reads the control routes too, still without credentials.
    const controlAnswer = await fetch(`${mock.url}${CONTROL_PREFIX}stats`, { headers: { Origin: origin } });
    expect(controlAnswer.status).toBe(200);
    expect(controlAnswer.headers.get('access-control-allow-origin')).toBe(origin);
    expect(controlAnswer.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
