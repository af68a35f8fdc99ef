// Starting and stopping, in both modes: stop() waits for Prism's exit (killing it if it ignores
// SIGTERM) and closes the servers, nothing is left running, and bad options or a failed start
// say why before (or instead of) leaving anything behind.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledSpecPath, type MockOptions, MockStartError, startMock, startProxy } from '../dist/index.js';
import { headers } from './http.js';
import { isAlive, prismChildren } from './processes.js';
import { pathOf, signed } from './sign.js';

const MODES = [
  { mode: 'stateful', options: {} as MockOptions, request: () => signed('listGroups', pathOf('listGroups')) },
  { mode: 'examples', options: { mode: 'examples' } as MockOptions, request: () => ({ headers: headers() }) },
] as const;

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

describe.each(MODES)('$mode', ({ options, request }) => {
  test('stop() ends Prism, waits for its exit, closes the port, and can be called again', async () => {
    const before = prismChildren();
    const mock = await startMock(options);
    const started = prismChildren().filter((pid) => !before.includes(pid));
    expect(started).toHaveLength(1);
    const pid = started[0] as number;
    const res = await fetch(`${mock.url}${pathOf('listGroups')}`, request());
    expect(res.status).toBe(200);
    await res.arrayBuffer();

    await mock.stop();
    expect(isAlive(pid)).toBe(false);
    expect(prismChildren()).not.toContain(pid);
    await expect(fetch(`${mock.url}${pathOf('listGroups')}`, request())).rejects.toThrow();
    await expect(mock.stop()).resolves.toBeUndefined();
  });

  test('stop() kills a Prism that does not react to SIGTERM', async () => {
    const before = prismChildren();
    const mock = await startMock(options);
    const pid = prismChildren().find((p) => !before.includes(p)) as number;
    // A stopped process cannot act on SIGTERM, but SIGKILL still ends it.
    process.kill(pid, 'SIGSTOP');
    await mock.stop();
    expect(isAlive(pid)).toBe(false);
  });

  test('a port in use is refused by name, leaving nothing running', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await startMock({ ...options, port }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MockStartError);
      expect((error as Error).message).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
    expect(prismChildren()).toEqual([]);
  });

  test('a document Prism cannot serve fails the start with Prism’s output, leaving nothing running', async () => {
    const path = join(tmpdir(), `not-openapi-${process.pid}.yaml`);
    await writeFile(path, 'hello: world\n');
    const error = await startMock({ ...options, specPath: path }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MockStartError);
    expect((error as Error).message).toMatch(/Prism exited before listening/);
    expect((error as MockStartError).output).not.toBe('');
    expect(prismChildren()).toEqual([]);
  });

  test('no listening within the start timeout fails the start, leaving nothing running', async () => {
    await expect(startMock({ ...options, startTimeoutMs: 50 })).rejects.toThrow(
      /did not start listening within 50 ms[\s\S]*Prism output/,
    );
    expect(prismChildren()).toEqual([]);
  });
});

test('in examples mode, a port in use is named (the front takes the port; Prism listens behind it)', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const error = (await startMock({ mode: 'examples', port }).catch((e: unknown) => e)) as MockStartError;
    expect(error).toBeInstanceOf(MockStartError);
    expect(error.message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  } finally {
    blocker.close();
  }
  expect(prismChildren()).toEqual([]);
});

describe('bad options are refused before anything is started', () => {
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
    { what: 'a zero start timeout', options: { startTimeoutMs: 0 }, message: /Invalid startTimeoutMs 0/ },
    {
      what: 'a seed without dynamic in examples mode',
      options: { mode: 'examples', seed: 1 },
      message: /seed option only applies to dynamic/,
    },
    { what: 'an unknown mode', options: { mode: 'live' } as never, message: /Invalid mode "live"/ },
    {
      what: 'stateful options in examples mode',
      options: { mode: 'examples', groups: 3 } as never,
      message: /groups only applies to mode 'stateful'/,
    },
    {
      what: 'examples options in stateful mode',
      options: { mode: 'stateful', dynamic: true } as never,
      message: /dynamic only applies to mode 'examples'/,
    },
    { what: 'a negative group count', options: { groups: -1 }, message: /groups: expected how many groups/ },
    { what: 'groups that are no groups', options: { groups: [{ id: 'x' }] as never }, message: /groups\[0\] \(x\)/ },
    {
      what: 'keys without a secret',
      options: { keys: [{ publicKey: 'a' }] as never },
      message: /keys\[0\]\.secretKey/,
    },
    { what: 'a throttle every 0 requests', options: { throttle: { every: 0 } }, message: /throttle\.every/ },
    { what: 'a fail status that is no 5xx', options: { fail: { every: 2, status: 418 } }, message: /fail\.status/ },
    { what: 'a negative latency', options: { latencyMs: -1 }, message: /latencyMs/ },
    {
      what: 'an unknown violations policy',
      options: { responseViolations: 'ignore' as never },
      message: /responseViolations/,
    },
  ];
  test.each(cases)('$what', async ({ options, message }) => {
    const before = prismChildren().length;
    await expect(startMock(options)).rejects.toThrow(message);
    await expect(startMock(options)).rejects.toBeInstanceOf(TypeError);
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
