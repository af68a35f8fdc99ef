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

/** The attacker's page: it tries every way a page has to change the mock's state. */
function attackPage(target: string): string {
  return `<!doctype html><title>cute cats</title><body><script>
  const target = ${JSON.stringify(target)};
  const outcome = {};
  const attempt = async (name, run) => {
    try { outcome[name] = await run(); } catch (error) { outcome[name] = 'blocked: ' + error.message; }
  };
  window.attack = (async () => {
    await attempt('simple POST reset', () => fetch(target + 'reset', { method: 'POST', mode: 'no-cors' }).then((r) => r.type));
    await attempt('text/plain PUT groups', () => fetch(target + 'groups', { method: 'PUT', mode: 'no-cors', body: '[]' }).then((r) => r.type));
    await attempt('preflighted PATCH config', () => fetch(target + 'config', {
      method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"fail":{"every":1,"status":503}}',
    }).then((r) => r.status));
    await attempt('read stats', () => fetch(target + 'stats').then((r) => r.status));
    await attempt('beacon reset', () => navigator.sendBeacon(target + 'reset', 'x'));
    const form = document.createElement('form');
    form.method = 'POST'; form.action = target + 'reset'; form.target = 'sink';
    const sink = document.createElement('iframe'); sink.name = 'sink';
    document.body.append(sink, form);
    await new Promise((resolve) => { sink.onload = resolve; form.submit(); });
    outcome['form POST reset'] = 'sent';
    return outcome;
  })();
</script>`;
}

beforeAll(async () => {
  mock = await startMock({ groups: 6, seed: 'attack' });
  // Another local origin (so Chromium's Private Network Access does not stop the requests first:
  // the mock itself must refuse them).
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(attackPage(`${mock.url}${CONTROL_PREFIX}`));
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

/** Runs the page's attack and collects the status of every answer the mock gave it. */
async function runAttack(page: Page, url: string): Promise<{ outcome: Record<string, unknown>; statuses: number[] }> {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith(CONTROL_PREFIX)) statuses.push(response.status());
  });
  await page.goto(url);
  const outcome = (await page.evaluate('window.attack')) as Record<string, unknown>;
  return { outcome, statuses };
}

it('a page on a foreign origin cannot reset, replace the groups or inject faults', async () => {
  const before = await state();
  const page = await browser.newPage();
  try {
    const { outcome, statuses } = await runAttack(page, `${attackerOrigin}/`);
    // Chromium did send them (the simple ones without a preflight): the mock refused each.
    expect(statuses.length).toBeGreaterThanOrEqual(4);
    expect(statuses.every((status) => status === 403)).toBe(true);
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
  const origin = `http://${REBOUND}:${mock.port}`;
  // The attacker's name now resolves to the mock: its page is served from "there".
  await page.route(`${origin}/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: attackPage(`${origin}${CONTROL_PREFIX}`) }),
  );
  try {
    const { statuses } = await runAttack(page, `${origin}/`);
    expect(statuses.length).toBeGreaterThanOrEqual(5);
    expect(statuses.every((status) => status === 403)).toBe(true);
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
