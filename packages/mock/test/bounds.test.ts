// Bounded work: no one call may hold the mock for long or take gigabytes. Groups are capped like
// generated ones (MAX_GROUP_COUNT), however they come; a group nested absurdly deep is a 400, not
// a stack overflow; bodies are capped (API and control, documented) and read within one shared
// budget; a slow or idle caller cannot hold a connection, and Prism cannot hold a request.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTROL_PREFIX, type RunningStatefulMock, startMock } from '../dist/index.js';
import { MAX_CONTROL_BODY } from '../src/control/routes.js';
import { MAX_BODY_BYTES } from '../src/fake/http/read-body.js';
import { MAX_GROUP_COUNT, MAX_GROUP_DEPTH } from '../src/fake/seed/limits.js';
import { BodyBudget } from '../src/front/body-budget.js';
import { raw } from './raw-http.js';
import { pathOf, signed } from './sign.js';

let mock: RunningStatefulMock;
beforeAll(async () => {
  mock = await startMock({ groups: 3, seed: 'bounds', requestTimeoutMs: 1_500 });
});
afterAll(() => mock?.stop());

const put = (body: string | Buffer) =>
  raw(mock.url, {
    method: 'PUT',
    path: `${CONTROL_PREFIX}groups`,
    headers: { Authorization: `Bearer ${mock.controlToken}`, 'Content-Type': 'application/json' },
    body,
  });

describe('groups', () => {
  test(`more than ${MAX_GROUP_COUNT} given groups are refused before any is checked`, async () => {
    const tooMany = Array.from({ length: MAX_GROUP_COUNT + 1 }, () => ({}));
    const started = performance.now();
    await expect(mock.setGroups(tooMany as never)).rejects.toThrow(`at most ${MAX_GROUP_COUNT} groups`);
    await expect(startMock({ groups: tooMany as never })).rejects.toThrow(`at most ${MAX_GROUP_COUNT} groups`);
    // Refused by count, not after validating 100,001 groups.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await mock.groups()).toHaveLength(3);
  });

  test('a group nested 5,000 deep answers 400 naming the group, and the groups stay', async () => {
    const [group] = await mock.groups();
    let deep = '1';
    for (let i = 0; i < 5_000; i++) deep = `{"a":${deep}}`;
    const body = JSON.stringify([{ ...group, metadata: { note: '@' } }]).replace('"@"', deep);
    const res = await put(body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).detail).toMatch(`nests deeper than ${MAX_GROUP_DEPTH} levels`);
    expect(await mock.groups()).toHaveLength(3);
  });
});

describe('bodies', () => {
  test(`a control body over ${MAX_CONTROL_BODY} bytes is refused with 413 unread`, async () => {
    const res = await put(Buffer.alloc(MAX_CONTROL_BODY + 1, 0x20));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).detail).toMatch(String(MAX_CONTROL_BODY));
  });

  test(`an API body over ${MAX_BODY_BYTES} bytes is refused with 413`, async () => {
    const uri = pathOf('listGroups');
    const res = await raw(mock.url, { method: 'GET', path: uri, body: Buffer.alloc(MAX_BODY_BYTES + 1) });
    expect(res.body).toMatch(String(MAX_BODY_BYTES));
    expect(res.status).toBe(413);
  });

  test('the shared budget makes readers wait their turn, in order, and never over-commits', async () => {
    const budget = new BodyBudget(10);
    const order: string[] = [];
    const first = await budget.reserve(6);
    const second = budget.reserve(6).then((release) => {
      order.push('second');
      return release;
    });
    const third = budget.reserve(4).then((release) => {
      order.push('third');
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // 4 bytes are free, but the third waits behind the second (no starvation of big readers).
    expect(order).toEqual([]);
    first();
    first(); // releasing twice gives nothing back twice
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
  });
});

describe('time', () => {
  test('an answer slower than requestTimeoutMs is a 504 with a JSON detail', async () => {
    await mock.configure({ latencyMs: 4_000 });
    try {
      const uri = pathOf('listGroups');
      const started = performance.now();
      const res = await fetch(`${mock.url}${uri}`, signed('listGroups', uri));
      expect(res.status).toBe(504);
      expect((await res.json()).detail).toMatch(/within 1500 ms/);
      expect(performance.now() - started).toBeLessThan(3_500);
    } finally {
      await mock.configure({ latencyMs: 0 });
    }
    // The mock answers normally again.
    const uri = pathOf('listGroups');
    expect((await fetch(`${mock.url}${uri}`, signed('listGroups', uri))).status).toBe(200);
  });

  test.each([
    ['an idle connection that sends nothing', ''],
    ['a request whose headers never end', 'GET /groups/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '],
    ['a body that never arrives', 'PUT /groups/ HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nContent-Length: 100\r\n\r\n['],
  ])('%s is closed by the front', async (_, sent) => {
    const socket = connect(mock.port, '127.0.0.1');
    socket.on('error', () => {});
    let answered = '';
    socket.on('data', (chunk) => {
      answered += chunk;
    });
    const started = performance.now();
    socket.write(sent.replace('PORT', String(mock.port)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('still open after 10 s')), 10_000);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    // Closed for being slow (after about requestTimeoutMs), not refused at once.
    expect(performance.now() - started).toBeGreaterThan(1_000);
    expect(answered).not.toMatch(/^HTTP\/1\.1 [2345]\d\d (?!Request Timeout)/);
  });
});
