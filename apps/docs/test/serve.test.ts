// The docs server as the main job and `pnpm docs` use it: the CLI's `Docs: <url>` line, the
// files it serves, what it refuses, the mock variant, and a clean stop on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_KEYS } from '@uploadcare-groups/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { mockVariant } from '../scripts/lib/mock-variant.mjs';
import { makeSelfContained } from '../scripts/lib/redoc-page.mjs';
import { normalizeBasePath } from '../scripts/serve-docs.mjs';
import { distDir, requireBuiltSite } from './helpers/built-site.js';

const serveScript = fileURLToPath(new URL('../scripts/serve.mjs', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startCli(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [serveScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /^Docs: (http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('scripts/serve.mjs', () => {
  it('prints its URL, serves the site and the spec, refuses the rest, and stops on SIGTERM', async () => {
    requireBuiltSite();
    const { child, url } = await startCli(['--port', '0']);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('__redoc_definition');
    const yaml = await fetch(`${url}openapi.yaml`);
    expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(await yaml.text()).toBe(readFileSync(`${distDir}openapi.yaml`, 'utf8'));
    expect((await fetch(`${url}logo.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${url}nothing-here.html`)).status).toBe(404);
    expect((await fetch(`${url}%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);

    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('serves the mock variant with --mock-url', async () => {
    requireBuiltSite();
    const { child, url } = await startCli(['--port', '0', '--mock-url', 'http://127.0.0.1:4010']);
    const html = await (await fetch(url)).text();
    expect(html).toContain('"servers":[{"url":"http://127.0.0.1:4010"');
    expect(html).toContain('window.__UCG_TRY_MOCK__');
    const exited = exitOf(child);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('serves the site under --base-path only, as GitHub Pages serves a project site', async () => {
    requireBuiltSite();
    const { child, url } = await startCli(['--port', '0', '--base-path', '/uploadcare-groups/']);
    const { origin } = new URL(url);
    expect(url).toBe(`${origin}/uploadcare-groups/`);
    expect(await (await fetch(url)).text()).toContain('__redoc_definition');
    expect(await (await fetch(`${url}openapi.yaml`)).text()).toBe(readFileSync(`${distDir}openapi.yaml`, 'utf8'));
    expect((await fetch(`${url}logo.svg`)).status).toBe(200);
    for (const outside of ['/', '/openapi.yaml', '/logo.svg', '/uploadcare-groupsx/', '/other/openapi.yaml']) {
      expect((await fetch(`${origin}${outside}`)).status, outside).toBe(404);
    }
    expect((await fetch(`${url}%2e%2e/openapi.yaml`)).status).toBe(404);
    const bare = await fetch(`${origin}/uploadcare-groups?x=1`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/uploadcare-groups/?x=1');
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it.each([
    ['uploadcare-groups', '/uploadcare-groups/'],
    ['/a/b', '/a/b/'],
    ['/', '/'],
    ['', '/'],
  ])('takes the base path %j as %j', (given, normalized) => {
    expect(normalizeBasePath(given)).toBe(normalized);
  });

  it.each([
    [['--port', 'abc'], /--port must be 0\.\.65535/],
    [['--base-path', '/a/../b/'], /--base-path must be a path like \/uploadcare-groups\//],
    [['--base-path', '/a b/'], /--base-path must be a path like/],
    [['--mock-url', 'ftp://example.com'], /--mock-url must be an http\(s\) URL/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('refuses %j with a clear message', async (args, message) => {
    const child = spawn(process.execPath, [serveScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    expect(await exitOf(child)).toBe(1);
    expect(stderr).toMatch(message);
  });
});

describe('page post-processing', () => {
  const built = () => readFileSync(`${distDir}index.html`, 'utf8');

  it('leaves no load from another host in the built page', () => {
    requireBuiltSite();
    const html = built();
    expect(html).not.toContain('cdn.redoc.ly/redoc/logo-mini');
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*\b(src|href)="(https?:)?\/\//i);
    expect(html).toContain('"disableTelemetry":true');
    expect(html).toContain('href="#/section/authentication"');
  });

  it('refuses a page that would load a script from a CDN', () => {
    const page = [
      '<html><head><script src="https://cdn.example.com/x.js"></script></head><body>',
      '<div id="redoc"></div><script type="module">https://cdn.redoc.ly/redoc/logo-mini-full.svg https://cdn.redoc.ly/redoc/logo-mini.svg</script></body></html>',
    ].join('');
    expect(() => makeSelfContained(page)).toThrow(
      /would load from another host: <script src="https:\/\/cdn\.example\.com/,
    );
  });

  it.each([
    ['a root-relative logo', '<img src="/logo.svg">'],
    ['a root-relative download link', '<a href="/openapi.yaml">openapi.yaml</a>'],
    ['a root-relative stylesheet', '<link rel="stylesheet" href="/style.css">'],
  ])('refuses a page with %s (it would leave the folder the site is served from)', (_, markup) => {
    const page = [
      `<html><head></head><body>${markup}<div id="redoc"></div><script type="module">`,
      'https://cdn.redoc.ly/redoc/logo-mini-full.svg https://cdn.redoc.ly/redoc/logo-mini.svg</script></body></html>',
    ].join('');
    expect(() => makeSelfContained(page)).toThrow(/addresses that leave the folder it is served from/);
  });

  it('puts the mock first, drops the pre-render and adds the panel at the end of the body', () => {
    requireBuiltSite();
    const html = mockVariant(built(), 'http://127.0.0.1:4010/', DEMO_KEYS);
    const definition = /const __redoc_definition = (.*);$/m.exec(html)?.[1] ?? '';
    const servers = JSON.parse(definition).servers.map((s: { url: string }) => s.url);
    expect(servers).toEqual(['http://127.0.0.1:4010', 'https://api.uploadcare.com']);
    expect(html).toContain('<div id="redoc"></div>');
    expect(html.lastIndexOf('window.__UCG_TRY_MOCK__')).toBeLessThan(html.lastIndexOf('</body>'));
    expect(html.lastIndexOf('window.__UCG_TRY_MOCK__')).toBeGreaterThan(html.indexOf('const __redoc_options'));
  });

  it("gives the panel the mock's demo keys and the signing constants", () => {
    requireBuiltSite();
    const html = mockVariant(built(), 'http://127.0.0.1:4010', DEMO_KEYS);
    const config = JSON.parse(/window\.__UCG_TRY_MOCK__ = (.*);<\/script>/.exec(html)?.[1] ?? 'null');
    expect(config.signing).toEqual({
      keys: DEMO_KEYS,
      contentType: 'application/json',
      emptyBodyMd5: createHash('md5').update('').digest('hex'),
    });
    const getGroup = config.operations.find((op: { operationId: string }) => op.operationId === 'getGroup');
    expect(getGroup).toMatchObject({ method: 'GET', path: '/groups/{group_id}/', search: '' });
    expect(Object.keys(getGroup.pathParameters)).toEqual(['group_id']);
  });

  it.each([
    ['no keys', undefined],
    ['an empty secret', { publicKey: 'demopublickey', secretKey: '' }],
    ['a key with a colon', { publicKey: 'a:b', secretKey: 'c' }],
    ['a key with a line break', { publicKey: 'a', secretKey: 'b\nc' }],
  ])('refuses %s for the panel', (_, keys) => {
    requireBuiltSite();
    expect(() => mockVariant(built(), 'http://127.0.0.1:4010', keys as never)).toThrow(
      /the demo keys must be printable ASCII/,
    );
  });
});
