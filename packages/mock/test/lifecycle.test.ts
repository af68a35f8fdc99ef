// Starting and stopping: stop() waits for Prism's exit (killing it if it ignores SIGTERM), nothing
// is left running, and bad options or a failed start say why.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledSpecPath, type MockOptions, MockStartError, startMock, startProxy } from '../dist/index.js';
import { headers } from './http.js';
import { isAlive, prismChildren } from './processes.js';

test('the bundled spec ships inside the package', async () => {
  expect(isAbsolute(bundledSpecPath)).toBe(true);
  expect(basename(bundledSpecPath)).toBe('openapi.yaml');
  const shipped = await readFile(bundledSpecPath, 'utf8');
  expect(shipped).toMatch(/^openapi: 3\.1/);
  const source = createRequire(import.meta.url).resolve('@uploadcare-groups/spec/openapi.yaml');
  expect(shipped === (await readFile(source, 'utf8')), 'the shipped copy is stale: rebuild the mock package').toBe(
    true,
  );
});

test('stop() ends the Prism process, waits for its exit, and can be called again', async () => {
  const before = prismChildren();
  const mock = await startMock();
  const started = prismChildren().filter((pid) => !before.includes(pid));
  expect(started).toHaveLength(1);
  const pid = started[0] as number;
  expect((await fetch(`${mock.url}/groups/`, { headers: headers() })).status).toBe(200);

  await mock.stop();
  expect(isAlive(pid)).toBe(false);
  expect(prismChildren()).not.toContain(pid);
  await expect(fetch(`${mock.url}/groups/`, { headers: headers() })).rejects.toThrow();
  await expect(mock.stop()).resolves.toBeUndefined();
});

test('stop() kills a Prism that does not react to SIGTERM', async () => {
  const before = prismChildren();
  const mock = await startMock();
  const pid = prismChildren().find((p) => !before.includes(p)) as number;
  // A stopped process cannot act on SIGTERM, but SIGKILL still ends it.
  process.kill(pid, 'SIGSTOP');
  await mock.stop();
  expect(isAlive(pid)).toBe(false);
});

describe('bad options are refused before Prism is spawned', () => {
  const cases: { what: string; options: MockOptions; message: RegExp }[] = [
    {
      what: 'a spec path that does not exist',
      options: { specPath: '/no/such/openapi.yaml' },
      message: /not found: \/no\/such\/openapi\.yaml does not exist/,
    },
    { what: 'a spec path that is a directory', options: { specPath: tmpdir() }, message: /is not a file/ },
    { what: 'a negative port', options: { port: -1 }, message: /Invalid port -1/ },
    { what: 'a port above 65535', options: { port: 70_000 }, message: /Invalid port 70000/ },
    { what: 'a fractional port', options: { port: 1.5 }, message: /Invalid port 1\.5/ },
    { what: 'an empty host', options: { host: '' }, message: /Invalid host/ },
    { what: 'a seed without dynamic', options: { seed: 1 }, message: /seed .*dynamic: true/ },
    { what: 'a zero start timeout', options: { startTimeoutMs: 0 }, message: /Invalid startTimeoutMs 0/ },
  ];
  test.each(cases)('$what', async ({ options, message }) => {
    const before = prismChildren().length;
    await expect(startMock(options)).rejects.toThrow(message);
    expect(prismChildren().length).toBe(before);
  });

  test.each([
    ['no upstream', undefined, /needs an upstream/],
    ['a relative upstream', '/groups', /Invalid upstream/],
    ['an ftp upstream', 'ftp://example.com', /only http: and https:/],
  ])('a proxy with %s', async (_, upstream, message) => {
    await expect(startProxy({ upstream } as { upstream: string })).rejects.toThrow(message);
  });
});

describe('a failed start rejects with the reason and Prism’s own output, leaving nothing running', () => {
  test('a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await startMock({ port }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MockStartError);
      expect((error as Error).message).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
      expect((error as MockStartError).output).toContain('EADDRINUSE');
    } finally {
      blocker.close();
    }
    expect(prismChildren()).toEqual([]);
  });

  test('a document Prism cannot serve', async () => {
    const path = join(tmpdir(), `not-openapi-${process.pid}.yaml`);
    await writeFile(path, 'hello: world\n');
    const error = await startMock({ specPath: path }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MockStartError);
    expect((error as Error).message).toMatch(/Prism exited before listening/);
    expect((error as MockStartError).output).not.toBe('');
    expect(prismChildren()).toEqual([]);
  });

  test('no listening within the start timeout', async () => {
    await expect(startMock({ startTimeoutMs: 50 })).rejects.toThrow(
      /did not start listening within 50 ms[\s\S]*Prism output/,
    );
    expect(prismChildren()).toEqual([]);
  });
});
