// The `@uploadcare-groups/mock/vitest` global setup: its options from the environment, a direct
// call, and a real vitest run of a consumer suite wired exactly as the README shows (its contract
// test deletes a group and sees it gone).
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { optionsFromEnv } from '../dist/env-options.js';
import { mockControl } from '../dist/index.js';
import setup from '../dist/vitest.js';
import { freePort, prismChildren, prismOnPort } from './processes.js';
import { pathOf, signed } from './sign.js';
import { deref, spec } from './spec.js';

describe('options from UPLOADCARE_MOCK_* variables', () => {
  test.each([
    [{}, { kind: 'mock', options: {} }],
    [
      {
        UPLOADCARE_MOCK_SEED: 'abc',
        UPLOADCARE_MOCK_GROUPS: '2500',
        UPLOADCARE_MOCK_PUBLIC_KEY: 'pk',
        UPLOADCARE_MOCK_SECRET_KEY: 'sk',
        UPLOADCARE_MOCK_ALLOW_SIMPLE_AUTH_OVER_HTTP: 'yes',
      },
      {
        kind: 'mock',
        options: {
          seed: 'abc',
          groups: 2500,
          keys: [{ publicKey: 'pk', secretKey: 'sk' }],
          allowSimpleAuthOverHttp: true,
        },
      },
    ],
    [
      {
        UPLOADCARE_MOCK_THROTTLE_EVERY: '3',
        UPLOADCARE_MOCK_RETRY_AFTER: '0',
        UPLOADCARE_MOCK_FAIL_EVERY: '5',
        UPLOADCARE_MOCK_FAIL_STATUS: '503',
        UPLOADCARE_MOCK_LATENCY_MS: '10',
        UPLOADCARE_MOCK_RESPONSE_VIOLATIONS: 'report',
      },
      {
        kind: 'mock',
        options: {
          throttle: { every: 3, retryAfter: 0 },
          fail: { every: 5, status: 503 },
          latencyMs: 10,
          responseViolations: 'report',
        },
      },
    ],
    [{ UPLOADCARE_MOCK_DATA: '/tmp/groups.json' }, { kind: 'mock', options: {}, dataFile: '/tmp/groups.json' }],
    [{ UPLOADCARE_MOCK_MODE: 'examples' }, { kind: 'mock', options: { mode: 'examples' } }],
    [
      { UPLOADCARE_MOCK_DYNAMIC: '1', UPLOADCARE_MOCK_SEED: 'abc' },
      { kind: 'mock', options: { mode: 'examples', dynamic: true, seed: 'abc' } },
    ],
    [{ UPLOADCARE_MOCK_DYNAMIC: 'false' }, { kind: 'mock', options: { mode: 'examples', dynamic: false } }],
    [
      { UPLOADCARE_MOCK_PORT: '4010', UPLOADCARE_MOCK_HOST: '0.0.0.0', UPLOADCARE_MOCK_ERRORS: 'yes' },
      { kind: 'mock', options: { mode: 'examples', port: 4010, host: '0.0.0.0', errors: true } },
    ],
    [
      { UPLOADCARE_MOCK_SPEC: '/tmp/other.yaml', UPLOADCARE_MOCK_START_TIMEOUT_MS: '60000' },
      { kind: 'mock', options: { specPath: '/tmp/other.yaml', startTimeoutMs: 60_000 } },
    ],
    [
      {
        UPLOADCARE_MOCK_CONTROL_ORIGINS: 'http://localhost:5173, https://app.example',
        UPLOADCARE_MOCK_CONTROL_TOKEN: 'a-fixed-token-for-ci-0001',
        UPLOADCARE_MOCK_REQUEST_TIMEOUT_MS: '5000',
        UPLOADCARE_MOCK_VERBOSE: '1',
      },
      {
        kind: 'mock',
        options: {
          controlOrigins: ['http://localhost:5173', 'https://app.example'],
          controlToken: 'a-fixed-token-for-ci-0001',
          requestTimeoutMs: 5000,
          verbose: true,
        },
      },
    ],
    [
      { UPLOADCARE_MOCK_MODE: 'examples', UPLOADCARE_MOCK_CONTROL_TOKEN: 'inherited-from-a-setup-0001' },
      { kind: 'mock', options: { mode: 'examples' } },
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
    [
      { UPLOADCARE_MOCK_PROXY: 'http://x', UPLOADCARE_MOCK_DYNAMIC: '1' },
      /cannot be combined with UPLOADCARE_MOCK_DYNAMIC/,
    ],
    [
      { UPLOADCARE_MOCK_PROXY: 'http://x', UPLOADCARE_MOCK_GROUPS: '3' },
      /cannot be combined with UPLOADCARE_MOCK_GROUPS/,
    ],
    [{ UPLOADCARE_MOCK_MODE: 'live' }, /UPLOADCARE_MOCK_MODE=live: expected stateful/],
    [
      { UPLOADCARE_MOCK_MODE: 'examples', UPLOADCARE_MOCK_GROUPS: '3' },
      /UPLOADCARE_MOCK_GROUPS only applies to UPLOADCARE_MOCK_MODE=stateful/,
    ],
    [{ UPLOADCARE_MOCK_GROUPS: 'lots' }, /UPLOADCARE_MOCK_GROUPS=lots/],
    [{ UPLOADCARE_MOCK_GROUPS: '3', UPLOADCARE_MOCK_DATA: 'x.json' }, /exclude each other/],
    [{ UPLOADCARE_MOCK_PUBLIC_KEY: 'pk' }, /come together/],
    [{ UPLOADCARE_MOCK_RETRY_AFTER: '2' }, /also set UPLOADCARE_MOCK_THROTTLE_EVERY/],
    [{ UPLOADCARE_MOCK_FAIL_STATUS: '503' }, /also set UPLOADCARE_MOCK_FAIL_EVERY/],
    [{ UPLOADCARE_MOCK_RESPONSE_VIOLATIONS: 'ignore' }, /expected fail or report/],
    [{ UPLOADCARE_MOCK_REQUEST_TIMEOUT_MS: 'soon' }, /UPLOADCARE_MOCK_REQUEST_TIMEOUT_MS=soon/],
    [
      { UPLOADCARE_MOCK_MODE: 'examples', UPLOADCARE_MOCK_CONTROL_ORIGINS: 'http://x' },
      /UPLOADCARE_MOCK_CONTROL_ORIGINS only applies/,
    ],
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
    const uri = pathOf('listGroups');
    const res = await fetch(`${provided.uploadcareMockUrl}${uri}`, signed('listGroups', uri));
    expect(res.status).toBe(200);
    await res.body?.cancel();
    expect(prismChildren()).toHaveLength(1);
  } finally {
    await teardown();
  }
  expect(prismChildren()).toEqual([]);
});

test('UPLOADCARE_MOCK_DATA serves the groups of a JSON file', async () => {
  const example = deref(spec.components.examples.GroupWithFiles).value;
  const file = join(tmpdir(), `groups-${process.pid}.json`);
  await writeFile(file, JSON.stringify([example]));
  const provided: Record<string, unknown> = {};
  process.env.UPLOADCARE_MOCK_DATA = file;
  try {
    const teardown = await setup({
      provide: (key, value) => {
        provided[key] = value;
      },
    });
    try {
      const groups = await mockControl(provided.uploadcareMockUrl as string).groups();
      expect(groups.map((group) => group.id)).toEqual([example.id]);
      // The setup hands its workers the control token: mockControl(url) changes state with it.
      expect(process.env.UPLOADCARE_MOCK_CONTROL_TOKEN).toBe(provided.uploadcareMockControlToken);
      await mockControl(provided.uploadcareMockUrl as string).setGroups([]);
      expect(await mockControl(provided.uploadcareMockUrl as string).groups()).toEqual([]);
    } finally {
      await teardown();
    }
    expect(process.env.UPLOADCARE_MOCK_CONTROL_TOKEN).toBeUndefined();
  } finally {
    delete process.env.UPLOADCARE_MOCK_DATA;
  }
});

test("the consumer suite's contract test is the README's, word for word", async () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const readme = await readFile(join(here, '..', 'README.md'), 'utf8');
  const block = /```ts\n(\/\/ test\/groups\.contract\.test\.ts\n[\s\S]*?)```/.exec(readme)?.[1];
  expect(block).toBe(await readFile(join(here, 'fixtures', 'consumer', 'groups.spec.ts'), 'utf8'));
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
  expect(output).toMatch(/2 passed/);
  expect(prismOnPort(port)).toEqual([]);
});
