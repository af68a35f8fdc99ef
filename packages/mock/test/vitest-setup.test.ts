// The `@uploadcare-groups/mock/vitest` global setup: its options from the environment, a direct
// call, and a real vitest run of a consumer suite wired exactly as the README shows.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { optionsFromEnv } from '../dist/env-options.js';
import setup from '../dist/vitest.js';
import { headers } from './http.js';
import { freePort, prismChildren, prismOnPort } from './processes.js';

describe('options from UPLOADCARE_MOCK_* variables', () => {
  test.each([
    [{}, { kind: 'mock', options: {} }],
    [
      { UPLOADCARE_MOCK_DYNAMIC: '1', UPLOADCARE_MOCK_SEED: 'abc' },
      { kind: 'mock', options: { dynamic: true, seed: 'abc' } },
    ],
    [{ UPLOADCARE_MOCK_DYNAMIC: 'false' }, { kind: 'mock', options: { dynamic: false } }],
    [
      { UPLOADCARE_MOCK_PORT: '4010', UPLOADCARE_MOCK_HOST: '0.0.0.0', UPLOADCARE_MOCK_ERRORS: 'yes' },
      { kind: 'mock', options: { port: 4010, host: '0.0.0.0', errors: true } },
    ],
    [
      { UPLOADCARE_MOCK_SPEC: '/tmp/other.yaml', UPLOADCARE_MOCK_START_TIMEOUT_MS: '60000' },
      { kind: 'mock', options: { specPath: '/tmp/other.yaml', startTimeoutMs: 60_000 } },
    ],
    [
      { UPLOADCARE_MOCK_PROXY: 'https://api.uploadcare.com', UPLOADCARE_MOCK_ERRORS: '1' },
      { kind: 'proxy', options: { upstream: 'https://api.uploadcare.com', errors: true } },
    ],
  ])('%j', (env, expected) => {
    expect(optionsFromEnv(env)).toEqual(expected);
  });

  test.each([
    [{ UPLOADCARE_MOCK_PORT: 'http' }, /UPLOADCARE_MOCK_PORT=http: expected a port number/],
    [{ UPLOADCARE_MOCK_DYNAMIC: 'please' }, /UPLOADCARE_MOCK_DYNAMIC=please: expected 1\/true/],
    [{ UPLOADCARE_MOCK_START_TIMEOUT_MS: '1m' }, /UPLOADCARE_MOCK_START_TIMEOUT_MS=1m/],
    [{ UPLOADCARE_MOCK_PROXY: 'http://x', UPLOADCARE_MOCK_DYNAMIC: '1' }, /cannot be combined/],
  ])('%j is refused', (env, message) => {
    expect(() => optionsFromEnv(env)).toThrow(message);
  });
});

test('setup provides the URL of a running mock and its teardown stops it', async () => {
  const provided: Record<string, unknown> = {};
  const teardown = await setup({
    provide: (key, value) => {
      provided[key] = value;
    },
  });
  try {
    expect(provided.uploadcareMockUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${provided.uploadcareMockUrl}/groups/`, { headers: headers() });
    expect(res.status).toBe(200);
    await res.body?.cancel();
    expect(prismChildren()).toHaveLength(1);
  } finally {
    await teardown();
  }
  expect(prismChildren()).toEqual([]);
});

test('a consumer suite gets the mock through globalSetup + inject, and no Prism outlives the run', async () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'consumer');
  const vitestBin = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
  const port = await freePort();
  const child = spawn(process.execPath, [vitestBin, 'run'], {
    cwd: root,
    env: {
      ...process.env,
      UPLOADCARE_MOCK_PORT: String(port),
      NO_COLOR: '1',
      VITEST: undefined,
      VITEST_POOL_ID: undefined,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const code = await new Promise((resolve) => child.once('close', resolve));
  expect(code, output).toBe(0);
  expect(output).toContain(`MOCK_URL=http://127.0.0.1:${port}`);
  expect(output).toMatch(/1 passed/);
  expect(prismOnPort(port)).toEqual([]);
});
