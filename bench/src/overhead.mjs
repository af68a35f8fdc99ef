// Per-request overhead: requests per second of `groups.get()` with signed auth, beside a
// hand-signed raw `fetch` and beside the official @uploadcare/rest-client, against one local
// server in another process. Same group id, same concurrency, interleaved rounds.
import { createHash, createHmac } from 'node:crypto';
import { groupInfo, UploadcareAuthSchema } from '@uploadcare/rest-client';
import { createGroupsClient } from '@uploadcare-groups/client';
import { startChildServer } from './child-server.mjs';
import { interleave, ratio, summarizeAll } from './stats.mjs';

const PUBLIC = 'benchpublickey';
const SECRET = 'benchsecretkey';
const GROUP = '6f1b2c3d-4e5f-4a6b-8c7d-000000000001~2';
const EMPTY_MD5 = createHash('md5').update('').digest('hex');

/** What a careful user writes by hand: one signed fetch, the body parsed. */
function rawGet(baseUrl) {
  const path = `/groups/${GROUP}/`;
  return async () => {
    const date = new Date().toUTCString();
    const sign = ['GET', EMPTY_MD5, 'application/json', date, path].join('\n');
    const signature = createHmac('sha1', SECRET).update(sign).digest('hex');
    const res = await fetch(baseUrl + path, {
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
      raw: rawGet(server.url),
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
      clientToOfficial: ratio(samples, 'client', 'official'),
    };
  } finally {
    await server.stop();
  }
}
