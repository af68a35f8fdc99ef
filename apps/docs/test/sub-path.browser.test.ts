// The site hosted as a project site is: under a folder (`/uploadcare-groups/`, as GitHub Pages
// serves `https://<owner>.github.io/<repository>/`). Deep links, the Redoc 2 style redirects, the
// spec downloads, the logo and the samples work there, and the page asks for nothing outside it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir, OPERATIONS } from './helpers/built-site.js';
import { docsInChromium, expectScrolledTo, operationSection, sampleIn } from './helpers/docs-page.js';
import type { PageWatch } from './helpers/page-watch.js';
import { expectClientCall, expectCurlHeaders } from './helpers/sample-expectations.js';

const BASE_PATH = '/uploadcare-groups/';
const specYaml = readFileSync(new URL(import.meta.resolve('@uploadcare-groups/spec/openapi.yaml')), 'utf8');
const site = docsInChromium({ basePath: BASE_PATH });
const open = (url: string) => site.open(url);

/** No console error, no failed request, and every request inside the sub-path. */
function expectInsideSubPath(watch: PageWatch): void {
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.failedRequests, 'failed requests').toEqual([]);
  expect(watch.requestsOutside(site.url), 'requests outside the sub-path').toEqual([]);
  expect(watch.requests).toContain(site.url);
}

describe(`the docs served under ${BASE_PATH}`, () => {
  it('serve the site at the sub-path only', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/uploadcare-groups\/$/);
  });

  it.each(OPERATIONS)('open $operationId from its deep link, with both samples', async (op) => {
    const address = `#/groups/${op.operationId.toLowerCase()}`;
    const { page, watch } = await open(`${site.url}${address}`);
    const operation = operationSection(page, op.operationId);
    await operation.waitFor();
    await expectScrolledTo(page, operation);
    expect(page.url()).toBe(`${site.url}${address}`);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator; what the reader sees is the point.
    const text = await operation.innerText();
    expect(text).toContain(op.summary);
    expect(text).toContain(op.path);

    const ts = await sampleIn(page, operation, 'TypeScript');
    expect(ts).toContain("from '@uploadcare-groups/client'");
    expectClientCall(ts, op.operationId);
    const curl = await sampleIn(page, operation, 'curl');
    expectCurlHeaders(curl, op.operationId);
    if (op.method !== 'get') expect(curl).toContain(`-X ${op.method.toUpperCase()}`);
    expectInsideSubPath(watch);
  });

  it.each([
    ['#tag/Groups/operation/storeGroup', 'storeGroup'],
    ['#operation/getGroup', 'getGroup'],
  ])('redirect the Redoc 2 style address %s within the sub-path', async (address, operationId) => {
    const { page, watch } = await open(`${site.url}${address}`);
    const operation = operationSection(page, operationId);
    await operation.waitFor();
    await expect.poll(() => page.url()).toBe(`${site.url}#/groups/${operationId.toLowerCase()}`);
    await expectScrolledTo(page, operation);
    expectInsideSubPath(watch);
  });

  it('download the bundled spec from the sub-path, as YAML and JSON', async () => {
    const { page, watch } = await open(site.url);
    for (const [name, expected] of [
      ['openapi.yaml', specYaml],
      ['openapi.json', readFileSync(`${distDir}openapi.json`, 'utf8')],
    ] as const) {
      const link = page.locator(`a[href="${name}"]`).first();
      await expect.poll(() => link.isVisible(), { message: name }).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.url()).toBe(`${site.url}${name}`);
      const saved = await download.path();
      expect(readFileSync(saved, 'utf8'), name).toBe(expected);
    }
    expectInsideSubPath(watch);
  });

  it('show the logo and the icon from the sub-path', async () => {
    const { page, watch } = await open(site.url);
    const logo = page.locator('[data-component-name="SidebarLogo/SidebarLogo"] img');
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await logo.evaluate((img: HTMLImageElement) => img.currentSrc)).toBe(`${site.url}logo.svg`);
    const icon = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href);
    expect(icon).toBe(`${site.url}logo.svg`);
    expect(watch.requests).toContain(`${site.url}logo.svg`);
    expectInsideSubPath(watch);
  });

  it('redirect the folder without its last slash to the folder, keeping the deep link', async () => {
    const { page, watch } = await open(`${site.url.slice(0, -1)}#/groups/deletegroup`);
    const operation = operationSection(page, 'deleteGroup');
    await operation.waitFor();
    expect(page.url()).toBe(`${site.url}#/groups/deletegroup`);
    await expectScrolledTo(page, operation);
    // The first request is the one redirected (301), the rest stay inside.
    expect(watch.requests[0]).toBe(site.url.slice(0, -1));
    watch.requests.shift();
    expectInsideSubPath(watch);
  });
});
