// The page served next to the real stateful mock (@uploadcare-groups/mock, Prism in front): the
// mock is the first listed server, and the "Try against the local mock" panel, signing in the
// page with the mock's demo keys, lists the groups, gets and stores a listed one, deletes it and
// lists again without it; the mock saw every request signed and within the spec.
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_KEYS, type RunningStatefulMock, startMock } from '@uploadcare-groups/mock';
import type { Browser, Locator, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsServer } from '../scripts/serve-docs.mjs';
import { launchChromium } from './helpers/browser.js';
import { artifactsDir, distDir, requireBuiltSite } from './helpers/built-site.js';
import { watchPage } from './helpers/page-watch.js';

let mock: RunningStatefulMock;
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

/** Whether a request the page sent carries the signature of the recipe, computed here independently. */
function signedByRecipe(request: Request): boolean {
  const headers = request.headers();
  const url = new URL(request.url());
  const expected = createHmac('sha1', DEMO_KEYS.secretKey)
    .update(
      [
        request.method(),
        createHash('md5').update('').digest('hex'),
        headers['content-type'],
        headers['x-uploadcare-date'],
        url.pathname + url.search,
      ].join('\n'),
    )
    .digest('hex');
  return headers.authorization === `Uploadcare ${DEMO_KEYS.publicKey}:${expected}`;
}

/** Picks an operation in the panel, sends it and waits for the answer; resolves to its text. */
async function send(panel: Locator, label: string, status: number): Promise<string> {
  await panel.getByRole('combobox', { name: 'Operation' }).selectOption({ label });
  await panel.getByRole('button', { name: 'Send to the mock' }).click();
  const response = panel.locator('pre.response');
  await expect.poll(() => response.getAttribute('data-status'), { message: label }).toBe(String(status));
  return (await response.textContent()) ?? '';
}

describe('the docs served next to the stateful mock', () => {
  it('list, get, store and delete a listed group from the panel, signed with the demo keys', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = watchPage(page);
    const toMock: Request[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${mock.url}/`)) toMock.push(request);
    });
    await page.goto(docs.url);

    // The mock is in the server list, ahead of production.
    const servers = page
      .getByText('Servers', { exact: true })
      .locator('xpath=ancestor::*[contains(., "https://api.uploadcare.com")][1]');
    const serversText = await servers.first().textContent();
    expect(serversText).toContain(mock.url);
    expect(serversText?.indexOf(mock.url)).toBeLessThan(serversText?.indexOf('https://api.uploadcare.com') ?? -1);

    const panel = page.locator('#ucg-try');
    const operation = panel.getByRole('combobox', { name: 'Operation' });
    expect(await operation.isVisible()).toBe(false);
    await panel.getByRole('button', { name: /Try against the local mock/ }).click();
    expect(await operation.isVisible()).toBe(true);
    await expect
      .poll(() => panel.locator('.note').textContent())
      .toContain(`the mock's demo keys (${DEMO_KEYS.publicKey} / ${DEMO_KEYS.secretKey})`);
    // Hidden for an operation without a group, but still holding the listed ids.
    const groupId = panel.getByRole('combobox', { name: 'group_id', includeHidden: true });
    const offered = () =>
      groupId.locator('option').evaluateAll((options) => options.map((o) => o.getAttribute('value')));

    // The group is asked for where the path takes one; before any list, only the spec's example
    // is offered, marked as not held by the mock.
    await operation.selectOption({ label: 'List groups' });
    expect(await groupId.isVisible()).toBe(false);
    await operation.selectOption({ label: 'Get a group' });
    expect(await groupId.isVisible()).toBe(true);
    expect(await groupId.locator('option').allTextContents()).toEqual([
      expect.stringMatching(/\(the spec's example: list the groups to pick one the mock holds\)$/),
    ]);

    const held = (await mock.groups()).map((group) => group.id);
    const firstList = JSON.parse((await send(panel, 'List groups', 200)).split('\n\n').slice(1).join('\n\n'));
    const listed: string[] = firstList.results.map((group: { id: string }) => group.id);
    expect(listed.length).toBeGreaterThan(1);
    expect(held).toEqual(expect.arrayContaining(listed));
    expect(await offered()).toEqual(listed);

    // Pick a listed group that is not the first, as a reader would.
    const chosen = listed[1] as string;
    await operation.selectOption({ label: 'Get a group' });
    await groupId.selectOption(chosen);
    expect(await send(panel, 'Get a group', 200)).toContain(`"id": "${chosen}"`);
    expect(await send(panel, "Store a group's files (deprecated)", 200)).toContain('"datetime_stored"');
    expect((await mock.groups()).find((group) => group.id === chosen)?.datetime_stored).toEqual(expect.any(String));
    await send(panel, 'Delete a group', 204);
    expect((await mock.groups()).map((group) => group.id)).not.toContain(chosen);
    expect(await offered()).toEqual(listed.filter((id) => id !== chosen));

    const secondList = await send(panel, 'List groups', 200);
    expect(secondList).not.toContain(chosen);
    expect(await offered()).not.toContain(chosen);
    expect(await offered()).toHaveLength(listed.length);
    expect(await panel.locator('pre.request').textContent()).toMatch(
      new RegExp(`Authorization: Uploadcare ${DEMO_KEYS.publicKey}:[0-9a-f]{40}`),
    );

    // Every request to the mock was signed by the recipe; nothing else left the two origins.
    expect(toMock.map((request) => `${request.method()} ${new URL(request.url()).pathname}`)).toEqual([
      'GET /groups/',
      `GET /groups/${chosen}/`,
      `PUT /groups/${chosen}/storage/`,
      `DELETE /groups/${chosen}/`,
      'GET /groups/',
    ]);
    expect(toMock.filter((request) => !signedByRecipe(request)).map((request) => request.url())).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.foreignRequests([new URL(docs.url).origin, new URL(mock.url).origin])).toEqual([]);

    const { requests, violations } = await mock.stats();
    expect(violations).toMatchObject({ request: [], response: [], injected: [] });
    expect(requests.byOperation).toEqual({
      listGroups: { 200: 2 },
      getGroup: { 200: 1 },
      storeGroup: { 200: 1 },
      deleteGroup: { 204: 1 },
    });

    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'docs-with-mock-panel.png') });
    await page.close();
  });

  it('create a group from the files of the group got, then see it listed and read it through the Upload API', async () => {
    await mock.reset();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = watchPage(page);
    const toMock: Request[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${mock.url}/`)) toMock.push(request);
    });
    await page.goto(docs.url);
    const panel = page.locator('#ucg-try');
    await panel.getByRole('button', { name: /Try against the local mock/ }).click();
    const operation = panel.getByRole('combobox', { name: 'Operation' });
    const groupId = panel.getByRole('combobox', { name: 'group_id', includeHidden: true });

    const answerOf = (text: string) => JSON.parse(text.split('\n\n').slice(1).join('\n\n'));
    const listed: string[] = answerOf(await send(panel, 'List groups', 200)).results.map((g: { id: string }) => g.id);
    await operation.selectOption({ label: 'Get a group' });
    const source = listed.find((id) => Number(id.split('~')[1]) >= 2) as string;
    await groupId.selectOption(source);
    const got = answerOf(await send(panel, 'Get a group', 200));
    const files = got.files.flatMap((file: { uuid: string } | null) => (file ? [file.uuid] : []));

    // The planned request shows the form: the public key and those files, no Authorization.
    await operation.selectOption({ label: 'Create a group' });
    const planned = (await panel.locator('pre.request').textContent()) ?? '';
    expect(planned).not.toContain('Authorization');
    expect(planned).toContain(`pub_key=${DEMO_KEYS.publicKey}`);
    const created = answerOf(await send(panel, 'Create a group', 200));
    expect(created.files.map((file: { uuid: string }) => file.uuid)).toEqual(files);
    expect(created.id).toMatch(new RegExp(`~${files.length}$`));

    // Listed first (newest first), and offered first to pick; read back through the Upload API.
    const again = answerOf(await send(panel, 'List groups', 200));
    expect(again.results[0].id).toBe(created.id);
    await operation.selectOption({ label: 'Get a group through the Upload API' });
    expect(await groupId.locator('option').first().getAttribute('value')).toBe(created.id);
    await groupId.selectOption(created.id);
    expect(answerOf(await send(panel, 'Get a group through the Upload API', 200)).id).toBe(created.id);

    const upload = toMock.filter((request) => new URL(request.url()).pathname.startsWith('/group/'));
    expect(upload.map((request) => `${request.method()} ${new URL(request.url()).pathname}`)).toEqual([
      'POST /group/',
      'GET /group/info/',
    ]);
    for (const request of upload) {
      expect(request.headers()).not.toHaveProperty('authorization');
      expect(JSON.stringify(request.headers()) + (request.postData() ?? '')).not.toContain(DEMO_KEYS.secretKey);
    }
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    const { requests, violations } = await mock.stats();
    expect(violations).toMatchObject({ request: [], response: [], injected: [] });
    expect(requests.byOperation).toMatchObject({ createGroup: { 200: 1 }, getUploadGroupInfo: { 200: 1 } });
    await page.screenshot({ path: join(artifactsDir, 'docs-mock-panel-create.png') });
    await page.close();
  });
});
