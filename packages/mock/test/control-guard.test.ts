// The control routes as an attacker's page would try them: through a rebound DNS name (a foreign
// Host), from a foreign Origin, or without the run's control token. Nothing changes, and nothing
// a browser would honour (no CORS grant, no credentials, no Private Network Access) is answered.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { CONTROL_PREFIX, mockControl, type RunningStatefulMock, startMock } from '../dist/index.js';
import { raw } from './raw-http.js';
import { pathOf, signedHeaders } from './sign.js';

let mock: RunningStatefulMock;
const allowed = 'http://localhost:5173';
beforeAll(async () => {
  mock = await startMock({ groups: 4, seed: 'guard', controlOrigins: [`${allowed}/`] });
});
afterAll(() => mock?.stop());
beforeEach(() => mock.reset());

const bearer = () => ({ Authorization: `Bearer ${mock.controlToken}` });

/** What the attacker wants changed, and how to see whether it did. */
const snapshot = async () => ({ groups: (await mock.groups()).length, faults: await mock.stats() });

describe('Host: only a loopback name with the mock port', () => {
  test.each([
    ['a rebound name', 'evil.example'],
    ['a rebound name with the port', 'evil.example:PORT'],
    ['loopback on another port', '127.0.0.1:1'],
    ['a LAN address', '192.168.1.20:PORT'],
    ['a name ending in a loopback name', 'localhost.evil.example:PORT'],
    ['a loopback name as a prefix', '127.0.0.1:PORT.evil.example'],
  ])('%s is refused, for reads and writes alike', async (_, host) => {
    const before = await snapshot();
    const Host = host.replace('PORT', String(mock.port));
    for (const [method, route, body] of [
      ['GET', 'stats', undefined],
      ['POST', 'reset', undefined],
      ['PATCH', 'config', '{"fail":{"every":1,"status":503}}'],
      ['PUT', 'groups', '[]'],
    ] as const) {
      const res = await raw(mock.url, {
        method,
        path: `${CONTROL_PREFIX}${route}`,
        headers: { Host, ...bearer() },
        body,
      });
      expect(res.status, `${method} ${route}`).toBe(403);
      expect(JSON.parse(res.body).detail).toMatch(/loopback name/);
    }
    expect(await snapshot()).toEqual(before);
  });

  test.each(['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]'])('%s with the port is served', async (name) => {
    const res = await raw(mock.url, { path: `${CONTROL_PREFIX}config`, headers: { Host: `${name}:${mock.port}` } });
    expect(res.status).toBe(200);
  });

  test('the API routes still answer any Host (the service builds links from the front URL)', async () => {
    const uri = pathOf('listGroups');
    const res = await raw(mock.url, { path: uri, headers: { ...signedHeaders(uri), Host: 'evil.example' } });
    expect(res.status).toBe(200);
  });
});

describe('Origin: the mock own, or one the user allowed', () => {
  test('a foreign page is refused without any CORS grant, and changes nothing', async () => {
    await mock.configure({ latencyMs: 0 });
    const before = await snapshot();
    const Origin = 'http://attacker.example';
    const preflight = await raw(mock.url, {
      method: 'OPTIONS',
      path: `${CONTROL_PREFIX}reset`,
      headers: {
        Origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    expect(preflight.status).toBe(403);
    for (const name of Object.keys(preflight.headers)) expect(name).not.toMatch(/^access-control-/);
    // A "simple" request needs no preflight: it must be refused by the server itself.
    for (const [method, route] of [
      ['POST', 'reset'],
      ['PUT', 'groups'],
      ['PATCH', 'config'],
      ['GET', 'groups'],
    ] as const) {
      const res = await raw(mock.url, {
        method,
        path: `${CONTROL_PREFIX}${route}`,
        headers: { Origin, 'Content-Type': 'text/plain', ...bearer() },
        body: method === 'GET' ? undefined : method === 'PUT' ? '[]' : '{"fail":{"every":1}}',
      });
      expect(res.status, `${method} ${route}`).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(await snapshot()).toEqual(before);
  });

  test.each([
    ['the origin allowed at start', () => allowed],
    ['the mock own origin', () => `http://127.0.0.1:${mock.port}`],
  ])('%s gets CORS without credentials or a Private Network grant', async (_, origin) => {
    const preflight = await raw(mock.url, {
      method: 'OPTIONS',
      path: `${CONTROL_PREFIX}reset`,
      headers: {
        Origin: origin(),
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(origin());
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    expect(preflight.headers['access-control-allow-private-network']).toBeUndefined();
    const res = await raw(mock.url, {
      method: 'POST',
      path: `${CONTROL_PREFIX}reset`,
      headers: { Origin: origin(), ...bearer() },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  test('allowControlOrigin admits an origin known only after the start', async () => {
    const late = 'http://127.0.0.1:4321';
    const ask = () => raw(mock.url, { path: `${CONTROL_PREFIX}config`, headers: { Origin: late } });
    expect((await ask()).status).toBe(403);
    mock.allowControlOrigin(late);
    expect((await ask()).status).toBe(200);
    expect(() => mock.allowControlOrigin('not an origin')).toThrow(TypeError);
  });

  test('the API routes answer any origin, never with credentials; their preflight grants Private Network Access', async () => {
    const uri = pathOf('listGroups');
    const Origin = 'https://some-app.example';
    const preflight = await raw(mock.url, {
      method: 'OPTIONS',
      path: uri,
      headers: {
        Origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(Origin);
    expect(preflight.headers['access-control-allow-private-network']).toBe('true');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const res = await raw(mock.url, { path: uri, headers: { ...signedHeaders(uri), Origin } });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(Origin);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('the control token', () => {
  test.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer nope-nope-nope-nope' }],
    ['the token in another scheme', { Authorization: 'Basic TOKEN' }],
  ])('%s: every state change is refused with 401 and nothing changes', async (_, extra) => {
    const before = await snapshot();
    const headers = Object.fromEntries(
      Object.entries(extra).map(([k, v]) => [k, String(v).replace('TOKEN', mock.controlToken)]),
    );
    for (const [method, route, body] of [
      ['POST', 'reset', undefined],
      ['PATCH', 'config', '{"fail":{"every":1,"status":503}}'],
      ['PUT', 'groups', '[]'],
    ] as const) {
      const res = await raw(mock.url, { method, path: `${CONTROL_PREFIX}${route}`, headers, body });
      expect(res.status, `${method} ${route}`).toBe(401);
      expect(JSON.parse(res.body).detail).toMatch(/control token/);
    }
    expect(await snapshot()).toEqual(before);
  });

  test('reads need no token; mockControl sends the one it is given', async () => {
    expect(await mockControl(mock.url).groups()).toHaveLength(4);
    await expect(mockControl(mock.url).reset()).rejects.toMatchObject({ status: 401 });
    await mockControl(mock.url, { token: mock.controlToken }).setGroups([]);
    expect(await mock.groups()).toEqual([]);
  });

  test('a token can be chosen (CI sets one), and a weak one is refused', async () => {
    const chosen = await startMock({ groups: 1, controlToken: 'a-fixed-token-for-ci-0001' });
    try {
      expect(chosen.controlToken).toBe('a-fixed-token-for-ci-0001');
      await mockControl(chosen.url, { token: 'a-fixed-token-for-ci-0001' }).reset();
    } finally {
      await chosen.stop();
    }
    await expect(startMock({ controlToken: 'short' })).rejects.toThrow(/Invalid controlToken/);
    await expect(startMock({ controlOrigins: ['http://x.example/path'] })).rejects.toThrow(/Invalid controlOrigins/);
    await expect(startMock({ controlOrigins: 'http://x.example' as never })).rejects.toThrow(/controlOrigins/);
  });
});
