// Prism's example server (mode 'examples'): requests that break the contract are refused, and
// the reason names what was wrong, both by default and with `errors: true`.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startMock } from '../dist/index.js';
import { GROUP_ID, headers, NEWEST, violations } from './http.js';

const mocks: Record<'default' | 'errors', RunningMock | undefined> = { default: undefined, errors: undefined };
beforeAll(async () => {
  [mocks.default, mocks.errors] = await Promise.all([startMock({ mode: 'examples' }), startMock({ errors: true })]);
});
afterAll(() => Promise.all(Object.values(mocks).map((mock) => mock?.stop())));

const badParameters = [
  { what: 'limit=0', path: '/groups/?limit=0', parameter: 'limit', code: 'minimum' },
  { what: 'limit=1001', path: '/groups/?limit=1001', parameter: 'limit', code: 'maximum' },
  { what: 'limit=abc', path: '/groups/?limit=abc', parameter: 'limit', code: 'type' },
  { what: 'an unknown ordering', path: '/groups/?ordering=size', parameter: 'ordering', code: 'enum' },
  { what: 'a malformed from', path: '/groups/?from=yesterday', parameter: 'from', code: 'format' },
  { what: 'a malformed group id', path: '/groups/not-a-group/', parameter: 'group_id', code: 'pattern' },
  {
    what: 'a group id without its count',
    path: `/groups/${GROUP_ID.split('~')[0]}/`,
    parameter: 'group_id',
    code: 'pattern',
  },
  {
    what: 'an upper-case group id',
    path: `/groups/${GROUP_ID.toUpperCase()}/`,
    parameter: 'group_id',
    code: 'pattern',
  },
];

describe.each(['default', 'errors'] as const)('in %s mode', (mode) => {
  test.each(badParameters)('$what is refused with 400 naming $parameter', async ({ path, parameter, code }) => {
    const res = await fetch(`${mocks[mode]?.url}${path}`, { headers: headers() });
    expect(res.status).toBe(400);
    const found = violations(res);
    expect(found).toContainEqual(
      expect.objectContaining({
        location: expect.arrayContaining([parameter]),
        code,
        message: expect.stringContaining(parameter),
      }),
    );
    // The body is the spec's documented 400 answer, so a client's error handling sees the real shape.
    expect(await res.json()).toEqual({ detail: expect.any(String) });
  });

  test('a request without Authorization is refused with 401', async () => {
    const res = await fetch(`${mocks[mode]?.url}/groups/`, { headers: { Accept: NEWEST } });
    expect(res.status).toBe(401);
    expect(violations(res)).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/security/i) }));
    expect(await res.json()).toEqual({ detail: 'Incorrect authentication credentials.' });
  });

  test('a well-formed request passes without violations', async () => {
    const res = await fetch(
      `${mocks[mode]?.url}/groups/?limit=1000&ordering=-datetime_created&from=2018-11-27T00:00:00Z`,
      {
        headers: headers(),
      },
    );
    expect(res.status).toBe(200);
    expect(violations(res)).toEqual([]);
    await res.body?.cancel();
  });

  test('a path without its trailing slash is not part of the contract', async () => {
    const res = await fetch(`${mocks[mode]?.url}/groups`, { headers: headers() });
    expect(res.status).toBe(404);
    await res.body?.cancel();
  });
});
