// The page served next to the real mock (Prism, through @uploadcare-groups/mock): the mock is the
// first listed server and the "Try against the local mock" panel gets the documented answers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningMock, startMock } from '@uploadcare-groups/mock';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsServer } from '../scripts/serve-docs.mjs';
import { launchChromium } from './helpers/browser.js';
import { artifactsDir, distDir, requireBuiltSite } from './helpers/built-site.js';
import { watchPage } from './helpers/page-watch.js';

let mock: RunningMock;
let docs: Awaited<ReturnType<typeof startDocsServer>>;
let browser: Browser;

beforeAll(async () => {
  requireBuiltSite();
  browser = await launchChromium();
  mock = await startMock();
  docs = await startDocsServer({ root: distDir, mockUrl: mock.url });
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
  await mock?.stop();
});

describe('the docs served next to the local mock', () => {
  it('lists the mock first and sends each documented request to it from the panel', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = watchPage(page);
    await page.goto(`${docs.url}#/groups/getgroup`);
    const operation = page.locator('[id="groups/getgroup"]');
    await operation.waitFor();

    // The mock is in the server list, ahead of production.
    await page.goto(docs.url);
    const servers = page
      .getByText('Servers', { exact: true })
      .locator('xpath=ancestor::*[contains(., "https://api.uploadcare.com")][1]');
    const serversText = await servers.first().textContent();
    expect(serversText).toContain(mock.url);
    expect(serversText?.indexOf(mock.url)).toBeLessThan(serversText?.indexOf('https://api.uploadcare.com') ?? -1);

    const panel = page.locator('#ucg-try');
    await panel.getByRole('button', { name: /Try against the local mock/ }).click();
    const expected = [
      ['List groups', 200, '"results"'],
      ['Get a group', 200, '"files"'],
      ['Delete a group', 204, ''],
      ["Store a group's files (deprecated)", 200, '"datetime_stored"'],
    ] as const;
    for (const [label, status, bodyPart] of expected) {
      await panel.getByRole('combobox', { name: 'Operation' }).selectOption({ label });
      await panel.getByRole('button', { name: 'Send to the mock' }).click();
      const response = panel.locator('pre.response');
      await expect.poll(() => response.getAttribute('data-status'), { message: label }).toBe(String(status));
      expect(await response.textContent()).toContain(bodyPart);
    }

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.foreignRequests([new URL(docs.url).origin, new URL(mock.url).origin])).toEqual([]);
    expect(watch.requests.some((url) => url.startsWith(`${mock.url}/groups/`))).toBe(true);
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'docs-with-mock-panel.png') });
    await page.close();
  });
});
