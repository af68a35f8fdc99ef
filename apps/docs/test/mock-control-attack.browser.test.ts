// The mock's control routes attacked from a real browser, as a web page the developer visits
// would: from a foreign origin (fetch with and without a preflight, a form post, a beacon), and
// through DNS rebinding (a name of the attacker's resolving to 127.0.0.1, so the page is
// same-origin with the mock). Chromium sends what it can; the mock refuses it all, and its
// groups and faults stay as they were. The docs panel's own origin, allowed, still reads them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTROL_PREFIX, type RunningStatefulMock, startMock } from '@uploadcare-groups/mock';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.js';

const REBOUND = 'rebound.attacker.test';

let mock: RunningStatefulMock;
let attacker: Server;
let attackerOrigin: string;
let browser: Browser;

/** The attacker's script: it tries every way a page has to change the mock's state. */
const ATTACK = `async (target) => {
  const outcome = {};
  const attempt = async (name, run) => {
    try { outcome[name] = await run(); } catch (error) { outcome[name] = 'blocked: ' + error.message; }
  };
  await attempt('simple POST reset', () => fetch(target + 'reset', { method: 'POST', mode: 'no-cors' }).then((r) => r.type));
  await attempt('PUT groups', () => fetch(target + 'groups', { method: 'PUT', body: '[]' }).then((r) => r.status));
  await attempt('preflighted PATCH config', () => fetch(target + 'config', {
    method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"fail":{"every":1,"status":503}}',
  }).then((r) => r.status));
  await attempt('read stats', () => fetch(target + 'stats').then((r) => r.status));
  await attempt('beacon reset', () => navigator.sendBeacon(target + 'reset', 'x'));
  const form = document.createElement('form');
  form.method = 'POST'; form.action = target + 'reset'; form.target = 'sink';
  const sink = document.createElement('iframe'); sink.name = 'sink';
  document.body.append(sink, form);
  // A 204 does not load the frame: wait for its load or 2 s, whichever comes first.
  await new Promise((resolve) => { sink.onload = resolve; setTimeout(resolve, 2000); form.submit(); });
  outcome['form POST reset'] = 'sent';
  return outcome;
}`;

beforeAll(async () => {
  mock = await startMock({ groups: 6, seed: 'attack' });
  // Another local origin (so Chromium's Private Network Access does not stop the requests first:
  // the mock itself must refuse them).
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>cute cats</title><body>');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  browser = await launchChromium([`--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => attacker?.close(resolve));
  await mock?.stop();
});

const state = async () => ({ groups: await mock.groups(), faults: await mock.configure({}) });

/**
 * Opens `url` and runs the attack in that page against `target`; resolves to what the script saw
 * and the status of every answer the mock gave it (preflights aside).
 */
async function runAttack(
  page: Page,
  url: string,
  target: string,
): Promise<{ outcome: Record<string, unknown>; statuses: number[] }> {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith(CONTROL_PREFIX)) statuses.push(response.status());
  });
  await page.goto(url);
  const outcome = (await page.evaluate(`(${ATTACK})(${JSON.stringify(target)})`)) as Record<string, unknown>;
  return { outcome, statuses };
}

it('a page on a foreign origin cannot reset, replace the groups or inject faults', async () => {
  const before = await state();
  const page = await browser.newPage();
  try {
    const { outcome, statuses } = await runAttack(page, `${attackerOrigin}/`, `${mock.url}${CONTROL_PREFIX}`);
    // Chromium did send the ones that need no preflight (fetch no-cors, beacon, form): the mock
    // refused each; the others stopped at their preflight, refused too.
    expect(statuses).toEqual([403, 403, 403]);
    expect(outcome['PUT groups']).toMatch(/^blocked/);
    expect(outcome['preflighted PATCH config']).toMatch(/^blocked/);
    expect(outcome['read stats']).toMatch(/^blocked/);
  } finally {
    await page.close();
  }
  expect(await state()).toEqual(before);
});

it('a page reaching the mock through DNS rebinding (same origin, foreign Host) changes nothing either', async () => {
  const before = await state();
  const page = await browser.newPage();
  // The attacker's name now resolves to 127.0.0.1: its script runs in a document of the origin
  // http://rebound.attacker.test:<mock port>, same-origin with the mock, so no CORS stops it.
  const origin = `http://${REBOUND}:${mock.port}`;
  try {
    const { outcome, statuses } = await runAttack(page, `${origin}/`, `${origin}${CONTROL_PREFIX}`);
    expect(outcome['read stats']).toBe(403);
    expect(outcome['preflighted PATCH config']).toBe(403);
    expect(statuses.filter((status) => status !== 403)).toEqual([]);
    expect(statuses.length).toBeGreaterThanOrEqual(5);
  } finally {
    await page.close();
  }
  expect(await state()).toEqual(before);
});

it('an allowed origin (the docs server, as the main job allows it) reads the control routes, but changes state only with the token', async () => {
  mock.allowControlOrigin(attackerOrigin);
  const page = await browser.newPage();
  try {
    await page.goto(`${attackerOrigin}/`);
    const read = await page.evaluate(
      (url) => fetch(url).then(async (res) => ({ status: res.status, total: (await res.json()).requests.total })),
      `${mock.url}${CONTROL_PREFIX}stats`,
    );
    expect(read.status).toBe(200);
    const before = await state();
    const reset = await page.evaluate(
      (url) => fetch(url, { method: 'POST' }).then((res) => res.status),
      `${mock.url}${CONTROL_PREFIX}reset`,
    );
    expect(reset).toBe(401);
    expect(await state()).toEqual(before);
  } finally {
    await page.close();
  }
});
