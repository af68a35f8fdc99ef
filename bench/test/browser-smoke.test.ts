import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type RunningStatefulMock, startMock } from '@uploadcare-groups/mock';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SECRET = 'browser-smoke-secret';

// The built client, bundled for the browser the way an app's bundler would take it.
async function bundleApp(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./browser/app.mjs', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('the built client in a real browser', () => {
  let mock: RunningStatefulMock;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;
  const signed: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at ${CHROMIUM}. Install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`,
      );
    }
    // The stateful mock verifies signatures: it holds the secret the app's server signs with.
    const [app, started] = await Promise.all([
      bundleApp(),
      startMock({ keys: [{ publicKey: 'demopublickey', secretKey: SECRET }] }),
    ]);
    mock = started;
    // The app's own server: the page, its script, and the signing endpoint holding the secret.
    site = createServer((req, res) => {
      if (req.url === '/sign' && req.method === 'POST') {
        let body = '';
        req.on('data', (chunk) => {
          body += chunk;
        });
        req.on('end', () => {
          signed.push(body);
          res.end(createHmac('sha1', SECRET).update(body).digest('hex'));
        });
      } else if (req.url === '/app.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(app);
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>smoke</title><body><script type="module" src="/app.js"></script></body>');
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await mock?.stop();
  });

  it('lists and gets groups from the mock, signing on the server', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const apiRequests: Record<string, string>[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('request', (req) => {
      if (req.url().startsWith(mock.url) && req.method() !== 'OPTIONS') apiRequests.push(req.headers());
    });
    await page.goto(`${siteUrl}/?api=${encodeURIComponent(mock.url)}`);
    const handle = await page.waitForFunction(() => document.body.dataset.result, undefined, { timeout: 20_000 });
    const result = JSON.parse(String(await handle.jsonValue()));

    expect(result).toEqual({ ok: true, ids: expect.any(Array), files: expect.any(Number) });
    expect(result.ids.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    // Browsers forbid scripts to set Date, so the date travels in X-Uploadcare-Date.
    expect(apiRequests).toHaveLength(2);
    for (const headers of apiRequests) {
      expect(headers.authorization).toMatch(/^Uploadcare demopublickey:[0-9a-f]{40}$/);
      expect(headers['x-uploadcare-date']).toMatch(/GMT$/);
    }
    expect(signed[0]?.split('\n')).toEqual([
      'GET',
      'd41d8cd98f00b204e9800998ecf8427e',
      expect.any(String),
      apiRequests[0]?.['x-uploadcare-date'],
      '/groups/?limit=2',
    ]);
    // Cross-origin through the mock's CORS, signed with X-Uploadcare-Date, verified by the mock.
    const { requests, violations } = await mock.stats();
    expect(requests.byOperation).toEqual({ listGroups: { 200: 1 }, getGroup: { 200: 1 } });
    expect(violations.request).toEqual([]);
    expect(violations.response).toEqual([]);
    await page.close();
  }, 60_000);
});
