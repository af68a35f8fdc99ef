// Per-request overhead: requests per second of `groups.get()` with signed auth, beside a
// hand-signed raw `fetch` and beside the official @uploadcare/rest-client, against one local
// server in another process. Same group id, same concurrency, interleaved rounds. The raw
// fetch is measured with and without the per-attempt timeout the client always has (like for
// like, and bare). Like for like signs with the HMAC the client picks on this runtime (its own
// crypto where `process.getBuiltinModule` hands it out, as on Node 20.16+ and Bun; Web Crypto
// elsewhere), so the primitive does not flatter the ratio; a raw fetch signed with Web Crypto
// is measured beside it, so the cost of the timeout, of the primitive and of the client's
// layers can be told apart.
import { createHash, createHmac } from 'node:crypto';
import { groupInfo, UploadcareAuthSchema } from '@uploadcare/rest-client';
import { createGroupsClient } from '@uploadcare-groups/client';
import { startChildServer } from './child-server.mjs';
import { fixtureGroupWithFiles } from './fixture-groups.mjs';
import { interleave, ratio, summarize, summarizeAll } from './stats.mjs';

const PUBLIC = 'benchpublickey';
const SECRET = 'benchsecretkey';
const GROUP = '6f1b2c3d-4e5f-4a6b-8c7d-000000000001~2';
const EMPTY_MD5 = createHash('md5').update('').digest('hex');

const encoder = new TextEncoder();
const webCryptoKey = crypto.subtle.importKey('raw', encoder.encode(SECRET), { name: 'HMAC', hash: 'SHA-1' }, false, [
  'sign',
]);

/** HMAC-SHA1 with Node's own crypto: fastest, but Node only. */
const nodeHmac = async (text) => createHmac('sha1', SECRET).update(text).digest('hex');

/**
 * The HMAC the client signs with on this runtime, chosen the way `createHmacSigner` chooses:
 * `node:crypto` where the runtime hands it out without an import, else Web Crypto.
 */
const runtimeHasBuiltinHmac = typeof globalThis.process?.getBuiltinModule?.('node:crypto')?.createHmac === 'function';
export const CLIENT_HMAC = runtimeHasBuiltinHmac ? 'node:crypto' : 'Web Crypto';

/** HMAC-SHA1 with Web Crypto, what code that must also run in browsers has to use. */
async function webCryptoHmac(text) {
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await webCryptoKey, encoder.encode(text)));
  return Array.from(signature, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The raw fetch's HMAC, like the client's. */
const clientHmac = runtimeHasBuiltinHmac ? nodeHmac : webCryptoHmac;

/**
 * What a careful user writes by hand: one signed fetch, the body parsed. With `timeoutMs`, the
 * attempt gets a timer that really cancels the request, as the client's does: an
 * AbortController and a setTimeout, cleared when the body is read.
 */
function rawGet(baseUrl, hmac, timeoutMs, fetchFn = fetch) {
  const path = `/groups/${GROUP}/`;
  return async () => {
    const date = new Date().toUTCString();
    const sign = ['GET', EMPTY_MD5, 'application/json', date, path].join('\n');
    const signature = await hmac(sign);
    const controller = timeoutMs ? new AbortController() : undefined;
    const timer = timeoutMs ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
    try {
      const res = await fetchFn(baseUrl + path, {
        signal: controller?.signal,
        headers: {
          Accept: 'application/vnd.uploadcare-v0.7+json',
          'Content-Type': 'application/json',
          'X-Uploadcare-Date': date,
          Authorization: `Uploadcare ${PUBLIC}:${signature}`,
        },
      });
      if (!res.ok) throw new Error(`raw fetch: ${res.status}`);
      return await res.json();
    } finally {
      clearTimeout(timer);
    }
  };
}

async function requestsPerSecond(call, { requests, concurrency }) {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next++ < requests) await call();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return requests / ((performance.now() - started) / 1000);
}

// Many short rounds rather than a few long ones: the two sides of each round's ratio are
// measured seconds apart, so a load change on a shared machine moves both, and the median of
// 24 ratios is steadier than of 7. 24 is a multiple of the 6 contenders, so each runs at every
// position of the rotation (after every other one) equally often.
export async function measureOverhead({ rounds = 24, requests = 400, concurrency = 8 } = {}) {
  const server = await startChildServer();
  try {
    const ours = createGroupsClient({ publicKey: PUBLIC, secretKey: SECRET, baseUrl: server.url });
    const settings = {
      authSchema: new UploadcareAuthSchema({ publicKey: PUBLIC, secretKey: SECRET }),
      apiBaseURL: server.url,
    };
    const likeForLike = `raw, ${CLIENT_HMAC} (as the client), timeout`;
    const bare = `raw, ${CLIENT_HMAC} (as the client), no timeout`;
    const contenders = {
      client: () => ours.get(GROUP),
      // Like for like: the client gives every attempt a 30 s timeout and signs with this HMAC.
      [likeForLike]: rawGet(server.url, clientHmac, 30_000),
      [bare]: rawGet(server.url, clientHmac),
      'raw, Web Crypto, timeout': rawGet(server.url, webCryptoHmac, 30_000),
      'raw, Web Crypto, no timeout': rawGet(server.url, webCryptoHmac),
      official: () => groupInfo({ uuid: GROUP }, settings),
    };
    // Warm up every path (JIT, connection pool) before measuring.
    for (const call of Object.values(contenders)) await requestsPerSecond(call, { requests: 200, concurrency });
    const samples = await interleave(contenders, rounds, (call) => requestsPerSecond(call, { requests, concurrency }));
    return {
      requests,
      concurrency,
      rps: summarizeAll(samples),
      hmac: CLIENT_HMAC,
      likeForLike: ratio(samples, 'client', likeForLike),
      bare: ratio(samples, 'client', bare),
      toWebCrypto: ratio(samples, 'client', 'raw, Web Crypto, timeout'),
      clientToOfficial: ratio(samples, 'client', 'official'),
    };
  } finally {
    await server.stop();
  }
}

/**
 * The client's own work per request, apart from the socket and the HMAC: `get()` beside the like
 * for like raw call, both on a `fetch` that answers from memory and a signer that resolves a
 * fixed signature, in CPU microseconds per call (CPU time, which other load on a shared machine
 * moves much less than wall time), interleaved rounds. `extra` is the median of each round's
 * difference. Not in `pnpm bench`'s table; run it on its own:
 * `node -e "import('./bench/src/overhead.mjs').then((m) => m.measureOwnWork()).then(console.log)"`.
 */
export async function measureOwnWork({ rounds = 41, calls = 2000 } = {}) {
  const body = JSON.stringify(fixtureGroupWithFiles(GROUP));
  const headers = { 'content-type': 'application/vnd.uploadcare-v0.7+json', 'content-length': String(body.length) };
  const memoryFetch = async () => new Response(body, { status: 200, headers });
  const fixedHmac = async () => 'e6898ba7cbaab04e1d3e405466b836efef793dd8';
  const base = 'http://memory.invalid';
  const ours = createGroupsClient({ publicKey: PUBLIC, signer: fixedHmac, fetch: memoryFetch, baseUrl: base });
  const contenders = { client: () => ours.get(GROUP), raw: rawGet(base, fixedHmac, 30_000, memoryFetch) };
  const cpuMicros = () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  };
  const perCall = async (call) => {
    const started = cpuMicros();
    for (let i = 0; i < calls; i++) await call();
    return (cpuMicros() - started) / calls;
  };
  for (const call of Object.values(contenders)) await perCall(call);
  const samples = await interleave(contenders, rounds, perCall);
  return {
    calls,
    cpuMicrosPerCall: summarizeAll(samples),
    extra: summarize(samples.client.map((micros, i) => micros - samples.raw[i])),
  };
}
