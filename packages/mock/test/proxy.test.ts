// The validating proxy in front of a tiny local upstream: a conforming answer passes untouched,
// a wrong type is flagged, and with `errors: true` it is turned into an error answer.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startProxy } from '../dist/index.js';
import { GROUP_ID, headers, V07, violations } from './http.js';

const GOOD_ID = GROUP_ID.replace(/~\d+$/, '~1');
const BAD_ID = GROUP_ID.replace(/~\d+$/, '~2');
const group = {
  id: GOOD_ID,
  datetime_created: '2018-11-27T14:14:37.583654Z',
  files_count: 1,
  cdn_url: `https://ucarecdn.com/${GOOD_ID}/`,
  url: `https://api.uploadcare.com/groups/${GOOD_ID}/`,
  files: [null],
};

let upstream: Server;
const seenByUpstream: string[] = [];
let plain: RunningMock;
let strict: RunningMock;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seenByUpstream.push(`${req.method} ${req.url}`);
    // The "bad" group comes back with files_count as a string: a wrong type the spec forbids.
    const body = req.url?.includes(BAD_ID) ? { ...group, id: BAD_ID, files_count: 'two' } : group;
    res.writeHead(200, { 'content-type': V07 });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  [plain, strict] = await Promise.all([startProxy({ upstream: base }), startProxy({ upstream: base, errors: true })]);
});
afterAll(async () => {
  await Promise.all([plain?.stop(), strict?.stop()]);
  await new Promise((resolve) => upstream?.close(resolve));
});

describe.each([
  ['without errors', () => plain],
  ['with errors', () => strict],
])('%s', (_, proxy) => {
  test('a conforming answer passes through untouched, without violations', async () => {
    const res = await fetch(`${proxy().url}/groups/${GOOD_ID}/`, { headers: headers() });
    expect(res.status).toBe(200);
    expect(violations(res)).toEqual([]);
    expect(await res.json()).toEqual(group);
  });

  test('a wrong type in the answer is flagged, naming the property', async () => {
    const res = await fetch(`${proxy().url}/groups/${BAD_ID}/`, { headers: headers() });
    expect(violations(res)).toContainEqual(
      expect.objectContaining({ location: ['response', 'body', 'files_count'], code: 'type' }),
    );
    await res.body?.cancel();
  });
});

test('without errors, the flagged answer is still delivered as the upstream sent it', async () => {
  const res = await fetch(`${plain.url}/groups/${BAD_ID}/`, { headers: headers() });
  expect(res.status).toBe(200);
  expect((await res.json()).files_count).toBe('two');
});

test('with errors, the flagged answer becomes a 500 describing the violation', async () => {
  const res = await fetch(`${strict.url}/groups/${BAD_ID}/`, { headers: headers() });
  expect(res.status).toBe(500);
  const body = await res.json();
  expect(body.validation).toContainEqual(expect.objectContaining({ location: ['response', 'body', 'files_count'] }));
});

test('with errors, a violating request is refused without reaching the upstream', async () => {
  const before = seenByUpstream.length;
  const res = await fetch(`${strict.url}/groups/?limit=0`, { headers: headers() });
  expect(res.status).toBe(422);
  const body = await res.json();
  expect(body.validation).toContainEqual(expect.objectContaining({ location: ['query', 'limit'], code: 'minimum' }));
  expect(seenByUpstream.length).toBe(before);
});
