// Targets Prism cannot decode (`%ff`, a lone `%`) once made it throw `URIError: URI malformed`
// outside any handler and exit, taking the mock down. The front refuses them with a 400 and the
// API's error body before anything is forwarded, in every mode; a fuzz run of random and
// percent-mangled targets leaves the mock answering.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, type RunningStatefulMock, startMock, startProxy } from '../dist/index.js';
import { headers } from './http.js';
import { isAlive, prismChildren } from './processes.js';
import { raw } from './raw-http.js';
import { pathOf, signed, signedHeaders } from './sign.js';

let stateful: RunningStatefulMock;
let examples: RunningMock;
let proxy: RunningMock;
beforeAll(async () => {
  stateful = await startMock({ groups: 5, seed: 'malformed' });
  [examples, proxy] = await Promise.all([
    startMock({ mode: 'examples' }),
    startProxy({ upstream: stateful.serviceUrl }),
  ]);
});
afterAll(() => Promise.all([examples?.stop(), proxy?.stop(), stateful?.stop()]));

const MALFORMED = [
  '/groups/%ff~1/',
  '/groups/%/',
  '/groups/%e2%82/',
  '/groups/%zz/storage/',
  '/groups/?limit=%',
  '/groups/?from=%c0%af',
];

describe.each([
  ['the stateful mock', () => stateful as RunningMock],
  ['the example server', () => examples],
  ['the proxy', () => proxy],
])('%s', (_, mock) => {
  test.each(MALFORMED)('%s is refused with 400 and a detail, and the mock goes on', async (path) => {
    const res = await raw(mock().url, { path, headers: headers() });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ detail: expect.stringContaining('percent-encoded UTF-8') });
  });

  test('still answers after all of them, with every Prism alive', async () => {
    const list = pathOf('listGroups');
    const res = await fetch(`${mock().url}${list}`, { headers: signedHeaders(list) });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(prismChildren().every(isAlive)).toBe(true);
    expect(prismChildren()).toHaveLength(3);
  });
});

/** A small seeded generator, so a failing target can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Characters Node's client sends as they are in a path (no space or control characters). */
const SAFE = "abcdefABCDEF0123456789-._~!$&'()*+,;=:@/?~";
const HEX = '0123456789abcdefABCDEF';

function fuzzPath(next: () => number): string {
  const pick = (from: string) => from[Math.floor(next() * from.length)] as string;
  const prefix = ['/groups/', '/groups/x~1/', '/groups/x~1/storage/', '/', '/__mock/', ''][Math.floor(next() * 6)];
  let path = prefix ?? '/';
  const length = 1 + Math.floor(next() * 24);
  for (let i = 0; i < length; i++) {
    const roll = next();
    if (roll < 0.2) path += '%';
    else if (roll < 0.35) path += `%${pick(HEX)}`;
    else if (roll < 0.55) path += `%${pick(HEX)}${pick(HEX)}`;
    else if (roll < 0.6) path += ['%ff', '%c0%af', '%e2%82', '%ed%a0%80', '%00', '%2f', '%25'][Math.floor(next() * 7)];
    else path += pick(SAFE);
  }
  return path.startsWith('/') ? path : `/${path}`;
}

test('1,000 random and percent-mangled targets: never a 5xx, and the mock still answers a signed list', async () => {
  const next = random(20261203);
  const paths = Array.from({ length: 1000 }, () => fuzzPath(next));
  const statuses = new Map<number, number>();
  let index = 0;
  // Eight at a time: enough to overlap, bounded for a shared machine.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (index < paths.length) {
        const path = paths[index++] as string;
        const res = await raw(stateful.url, { path, headers: headers() });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, path).toBeLessThan(500);
      }
    }),
  );
  expect([...statuses.values()].reduce((a, b) => a + b)).toBe(1000);
  expect(statuses.get(400)).toBeGreaterThan(100);
  const list = pathOf('listGroups');
  const res = await fetch(`${stateful.url}${list}`, signed('listGroups', list));
  expect(res.status).toBe(200);
  expect((await res.json()).total).toBe(5);
});
