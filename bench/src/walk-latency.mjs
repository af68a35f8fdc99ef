// Walking over a slow link: 20,000 groups from a local server that answers every request after
// 20 ms, as a distant API does. A walk is bound by round trips, not by CPU, so the measure is
// wall time and the number of requests: the client's defaults, the same with a caller that
// spends 20 ms of its own I/O on each page (with and without prefetch), a hand-written loop at
// the largest page the spec allows (the physical limit), and the official client's paginate().
import { createHash, createHmac } from 'node:crypto';
import { listOfGroups, paginate, UploadcareAuthSchema } from '@uploadcare/rest-client';
import { createGroupsClient } from '@uploadcare-groups/client';
import { LIMIT, OPERATIONS } from '@uploadcare-groups/client/spec';
import { startFaultServer } from './fault-server.mjs';
import { summarize } from './stats.mjs';

const PUBLIC = 'benchpublickey';
const SECRET = 'benchsecretkey';
const EMPTY_MD5 = createHash('md5').update('').digest('hex');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a careful user writes by hand: signed fetches at the largest page, following `next`. */
async function rawLoop(baseUrl, onPage) {
  const { path, accept } = OPERATIONS.listGroups;
  let uri = `${path}?limit=${LIMIT.maximum}`;
  while (uri) {
    const date = new Date().toUTCString();
    const signature = createHmac('sha1', SECRET)
      .update(['GET', EMPTY_MD5, 'application/json', date, uri].join('\n'))
      .digest('hex');
    const response = await fetch(baseUrl + uri, {
      headers: {
        Accept: accept[0],
        'Content-Type': 'application/json',
        'X-Uploadcare-Date': date,
        Authorization: `Uploadcare ${PUBLIC}:${signature}`,
      },
    });
    const page = await response.json();
    await onPage(page.results);
    uri = page.next ? new URL(page.next).pathname + new URL(page.next).search : '';
  }
}

/** @param {{ groups?: number, latencyMs?: number, callerMs?: number, rounds?: number }} [options] */
export async function measureLatencyWalk({ groups = 20_000, latencyMs = 20, callerMs = 20, rounds = 3 } = {}) {
  const server = await startFaultServer({ groups, sharedTimestamps: 5, record: false, latencyMs });
  const client = () => createGroupsClient({ publicKey: PUBLIC, secretKey: SECRET, baseUrl: server.url });
  const callerWork = () => sleep(callerMs);
  const official = {
    authSchema: new UploadcareAuthSchema({ publicKey: PUBLIC, secretKey: SECRET }),
    apiBaseURL: server.url,
  };
  const walks = {
    'listAll() defaults': async (seen) => {
      for await (const group of client().listAll()) seen(group.id);
    },
    [`pages(), ${callerMs} ms of caller work a page`]: async (seen) => {
      for await (const page of client().pages()) {
        for (const group of page.results) seen(group.id);
        await callerWork();
      }
    },
    [`pages({ prefetch: true }), ${callerMs} ms of caller work a page`]: async (seen) => {
      for await (const page of client().pages({ prefetch: true })) {
        for (const group of page.results) seen(group.id);
        await callerWork();
      }
    },
    [`raw fetch loop at limit ${LIMIT.maximum} (the physical limit)`]: (seen) =>
      rawLoop(server.url, (results) => {
        for (const group of results) seen(group.id);
      }),
    'official paginate(listOfGroups) defaults': async (seen) => {
      for await (const page of paginate(listOfGroups)({}, official)) for (const group of page.results) seen(group.id);
    },
  };
  try {
    const results = {};
    for (const [name, walk] of Object.entries(walks)) {
      const runs = [];
      for (let round = 0; round < rounds; round++) {
        const before = server.count;
        const ids = new Set();
        let yielded = 0;
        const started = performance.now();
        await walk((id) => {
          ids.add(id);
          yielded++;
        });
        runs.push({
          ms: performance.now() - started,
          requests: server.count - before,
          unique: ids.size,
          duplicates: yielded - ids.size,
        });
      }
      results[name] = {
        wallMs: summarize(runs.map((run) => run.ms)),
        requests: runs[0].requests,
        unique: runs[0].unique,
        duplicates: runs[0].duplicates,
      };
    }
    return { groups, latencyMs, callerMs, walks: results };
  } finally {
    await server.close();
  }
}
