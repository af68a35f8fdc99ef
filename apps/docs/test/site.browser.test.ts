// The built site in headless chromium, served from the local static server at its root and
// opened from disk: every operation, its samples, the download links, deep links, and not one
// request leaving the server. (Served under a sub-path: sub-path.browser.test.ts.)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { artifactsDir, distDir, OPERATIONS } from './helpers/built-site.js';
import { docsInChromium, expectScrolledTo, sampleIn, operationSection as section } from './helpers/docs-page.js';
import { type PageWatch, watchPage } from './helpers/page-watch.js';
import { pngSize } from './helpers/png.js';
import { expectClientCall, expectCurlHeaders } from './helpers/sample-expectations.js';

const specYaml = readFileSync(new URL(import.meta.resolve('@uploadcare-groups/spec/openapi.yaml')), 'utf8');
const spec = parse(specYaml);

const site = docsInChromium();
const open = (address = '') => site.open(site.url + address);

function expectCleanPage(watch: PageWatch): void {
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.failedRequests, 'failed requests').toEqual([]);
  expect(watch.foreignRequests([new URL(site.url).origin]), 'requests to other hosts').toEqual([]);
  expect(watch.requests.length).toBeGreaterThan(0);
}

describe('the built docs site', () => {
  it('lists every operation in the navigation', async () => {
    const { page, watch } = await open();
    const nav = page.locator('[data-component-name="Menu/Menu"]').first();
    await nav.getByText('Groups', { exact: true }).click();
    for (const op of OPERATIONS) {
      await expect.poll(() => nav.getByText(op.summary, { exact: true }).count(), { message: op.summary }).toBe(1);
    }
    expectCleanPage(watch);
  });

  it.each(OPERATIONS)('shows $operationId with method, path, parameters, responses and both samples', async (op) => {
    const { page, watch } = await open();
    await page.locator('[data-component-name="Menu/Menu"]').first().getByText('Groups', { exact: true }).click();
    await page.locator('[data-component-name="Menu/Menu"]').first().getByText(op.summary, { exact: true }).click();
    const operation = section(page, op.operationId);
    await operation.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator; what the reader sees is the point.
    const text = await operation.innerText();

    expect(text).toContain(op.summary);
    expect(text.toLowerCase()).toContain(op.method);
    expect(text).toContain(op.path);
    const documented = spec.paths[op.path][op.method];
    // Each parameter by the name the reader sees (the bundle keys two of one name apart).
    const params = [...(spec.paths[op.path].parameters ?? []), ...(documented.parameters ?? [])].map(
      (p: { $ref: string }) => spec.components.parameters[p.$ref.split('/').pop() as string].name,
    );
    expect(params.length).toBeGreaterThan(0);
    for (const name of params) expect(text, `parameter ${name}`).toContain(name);
    expect(text).toContain('Responses');
    for (const code of Object.keys(documented.responses)) expect(text, `response ${code}`).toContain(code);
    if (op.deprecated) expect(text).toMatch(/\bDeprecated\b/);
    else expect(text).not.toMatch(/\bDeprecated\b/);

    const ts = await sampleIn(page, operation, 'TypeScript');
    expect(ts).toContain("from '@uploadcare-groups/client'");
    expectClientCall(ts, op.operationId);
    const curl = await sampleIn(page, operation, 'curl');
    expect(curl).toContain('curl');
    expectCurlHeaders(curl, op.operationId);
    if (op.method !== 'get') expect(curl).toContain(`-X ${op.method.toUpperCase()}`);
    expectCleanPage(watch);
  });

  it('offers the bundled spec for download, as YAML and JSON', async () => {
    const { page, watch } = await open();
    for (const [name, check] of [
      ['openapi.yaml', (body: string) => expect(body).toBe(specYaml)],
      ['openapi.json', (body: string) => expect(JSON.parse(body)).toEqual(spec)],
    ] as const) {
      const link = page.locator(`a[href="${name}"]`).first();
      await expect.poll(() => link.isVisible(), { message: name }).toBe(true);
      const href = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
      const response = await page.request.get(href);
      expect(response.status(), name).toBe(200);
      check(await response.text());
    }
    expectCleanPage(watch);
  });

  it.each([
    ['its Redoc address', '#/groups/deletegroup'],
    ['the Redoc 2 style address', '#tag/Groups/operation/deleteGroup'],
    ['the short Redoc 2 style address', '#operation/deleteGroup'],
  ])('opens an operation shared by %s directly', async (_, address) => {
    const { page, watch } = await open(address);
    const operation = section(page, 'deleteGroup');
    await operation.waitFor();
    await expect.poll(() => page.url()).toBe(`${site.url}#/groups/deletegroup`);
    await expectScrolledTo(page, operation);
    expectCleanPage(watch);
  });

  it('works opened from disk too (file://)', async () => {
    const page = site.track(await site.browser.newPage({ viewport: { width: 1400, height: 900 } }));
    const watch = watchPage(page);
    const index = pathToFileURL(join(distDir, 'index.html')).href;
    await page.goto(`${index}#/groups/getgroup`);
    const operation = section(page, 'getGroup');
    await operation.waitFor();
    expect(await operation.textContent()).toContain('/groups/{group_id}/');
    // The logo and the downloads are the files beside index.html (the downloads are in the
    // introduction, which Redoc renders only near the top).
    const logo = page.locator('[data-component-name="SidebarLogo/SidebarLogo"] img');
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.goto(index);
    for (const name of ['openapi.yaml', 'openapi.json']) {
      const link = page.locator(`a[href="${name}"]`).first();
      await link.waitFor();
      const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
      expect(href).toBe(pathToFileURL(join(distDir, name)).href);
      expect(existsSync(fileURLToPath(href)), name).toBe(true);
    }
    expect(watch.consoleErrors).toEqual([]);
    // Only files, and data: and blob: URLs made in the page.
    expect(watch.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  });

  it('saves a full-page screenshot that is a real image', async () => {
    const { page, watch } = await open();
    await page.getByText('Download OpenAPI description').first().waitFor();
    mkdirSync(artifactsDir, { recursive: true });
    const file = join(artifactsDir, 'docs-full-page.png');
    const png = await page.screenshot({ fullPage: true });
    writeFileSync(file, png);
    const saved = readFileSync(file);
    const { width, height } = pngSize(saved);
    expect(width).toBe(1400);
    expect(height).toBeGreaterThan(1800);
    expect(saved.length).toBeGreaterThan(100_000);
    expectCleanPage(watch);
  });
});
