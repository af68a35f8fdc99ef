// Per-request overhead: requests per second of `groups.get()` with signed auth, beside a
// hand-signed raw `fetch` and beside the official @uploadcare/rest-client, against one local
// server in another process. Same group id, same concurrency, interleaved rounds. The raw
// fetch is measured twice: signed with node:crypto (the fastest, Node only) and with Web
// Crypto (the primitive the client uses, since it must also run in browsers and workers), so
// the cost of the primitive and the cost of the client's layers can be told apart.
import { createHash, createHmac } from 'node:crypto';
import { groupInfo, UploadcareAuthSchema } from '@uploadcare/rest-client';
import { createGroupsClient } from '@uploadcare-groups/client';
import { startChildServer } from './child-server.mjs';
import { interleave, ratio, summarizeAll } from './stats.mjs';

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

/** HMAC-SHA1 with Web Crypto, what code that must also run in browsers has to use. */
async function webCryptoHmac(text) {
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await webCryptoKey, encoder.encode(text)));
  return Array.from(signature, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a careful user writes by hand: one signed fetch, the body parsed (with a timeout, if asked). */
function rawGet(baseUrl, hmac, timeoutMs) {
  const path = `/groups/${GROUP}/`;
  return async () => {
    const date = new Date().toUTCString();
    const sign = ['GET', EMPTY_MD5, 'application/json', date, path].join('\n');
    const signature = await hmac(sign);
    const res = await fetch(baseUrl + path, {
      signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined,
      headers: {
        Accept: 'application/vnd.uploadcare-v0.7+json',
        'Content-Type': 'application/json',
        'X-Uploadcare-Date': date,
        Authorization: `Uploadcare ${PUBLIC}:${signature}`,
      },
    });
    if (!res.ok) throw new Error(`raw fetch: ${res.status}`);
    return res.json();
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

export async function measureOverhead({ rounds = 7, requests = 1500, concurrency = 8 } = {}) {
  const server = await startChildServer();
  try {
    const ours = createGroupsClient({ publicKey: PUBLIC, secretKey: SECRET, baseUrl: server.url });
    const settings = {
      authSchema: new UploadcareAuthSchema({ publicKey: PUBLIC, secretKey: SECRET }),
      apiBaseURL: server.url,
    };
    const contenders = {
      client: () => ours.get(GROUP),
      raw: rawGet(server.url, nodeHmac),
      'raw (Web Crypto)': rawGet(server.url, webCryptoHmac),
      // Like for like: the client also gives every attempt a timeout (30 s by default).
      'raw (Web Crypto, timeout)': rawGet(server.url, webCryptoHmac, 30_000),
      official: () => groupInfo({ uuid: GROUP }, settings),
    };
    // Warm up every path (JIT, connection pool) before measuring.
    for (const call of Object.values(contenders)) await requestsPerSecond(call, { requests: 200, concurrency });
    const samples = await interleave(contenders, rounds, (call) => requestsPerSecond(call, { requests, concurrency }));
    return {
      requests,
      concurrency,
      rps: summarizeAll(samples),
      clientToRaw: ratio(samples, 'client', 'raw'),
      clientToRawWebCrypto: ratio(samples, 'client', 'raw (Web Crypto)'),
      clientToRawWithTimeout: ratio(samples, 'client', 'raw (Web Crypto, timeout)'),
      clientToOfficial: ratio(samples, 'client', 'official'),
    };
  } finally {
    await server.stop();
  }
}
