// Prism's own port, reached directly (a page that scanned loopback ports, say), not through the
// front: the launcher's guard answers only requests carrying the front's token, and refuses a
// target Prism cannot decode even then. Prism keeps running; the front's requests still pass.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundledSpecPath, startProxy } from '../dist/index.js';
import { FRONT_HEADER, GUARD_ENV } from '../src/prism-guard.js';
import { READY_LINE } from '../src/prism-ready.js';
import { headers } from './http.js';
import { isAlive } from './processes.js';
import { raw } from './raw-http.js';

const launcher = fileURLToPath(new URL('../dist/prism-launcher.js', import.meta.url));
const prismBin = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
const token = 'the-front-token-of-this-test';

let prism: ChildProcessWithoutNullStreams;
let url: string;
beforeAll(async () => {
  prism = spawn(
    process.execPath,
    [launcher, prismBin, 'mock', bundledSpecPath, '--port', '0', '--host', '127.0.0.1', '-v', 'warn'],
    { env: { ...process.env, [GUARD_ENV]: token, NO_COLOR: '1' } },
  );
  prism.stderr.resume();
  url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    prism.stdout.on('data', (chunk) => {
      seen += chunk;
      const port = new RegExp(`${READY_LINE}(\\d+)`).exec(seen)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    prism.once('exit', () => reject(new Error(`Prism exited: ${seen}`)));
  });
});
afterAll(() => {
  prism?.kill('SIGKILL');
});

test.each([
  ['no token', {}],
  ['a wrong token', { [FRONT_HEADER]: 'guessed' }],
])('%s: 403, whatever the target', async (_, extra) => {
  for (const path of ['/groups/', '/groups/%ff~1/']) {
    const res = await raw(url, { path, headers: { ...headers(), ...extra } });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).detail).toMatch(/only the mock's front/);
  }
});

test('with the token, an undecodable target is refused and Prism lives on; a good one is answered', async () => {
  for (const path of ['/groups/%ff~1/', '/groups/%/']) {
    const res = await raw(url, { path, headers: { ...headers(), [FRONT_HEADER]: token } });
    expect(res.status).toBe(400);
  }
  const res = await raw(url, { path: '/groups/', headers: { ...headers(), [FRONT_HEADER]: token } });
  expect(res.status).toBe(200);
  expect(isAlive(prism.pid as number)).toBe(true);
});

test("the front's token never reaches the proxy's upstream", async () => {
  const seen: Record<string, unknown>[] = [];
  const upstream = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const proxy = await startProxy({ upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` });
  try {
    await (await fetch(`${proxy.url}/groups/`, { headers: headers() })).arrayBuffer();
    expect(seen).toHaveLength(1);
    expect(Object.keys(seen[0] ?? {}).filter((name) => name.startsWith('x-uploadcare-mock'))).toEqual([]);
  } finally {
    await proxy.stop();
    upstream.close();
  }
});
