// The mock: start-up to the first answer (the stateful mock, the default, and Prism's example
// server), and requests per second of the stateful service through the whole mock (front, Prism's
// validating proxy, service) and of the service alone, same requests, interleaved rounds; and
// Prism's log level side by side: the default (quiet: only violations) against `verbose: true`
// (Prism's `info`, a log line per request, how the mock ran before), each a mock of its own.
import { createHash, createHmac } from 'node:crypto';
import { startMock } from '@uploadcare-groups/mock';
import { cpuMs, prismPids } from './process-cpu.mjs';
import { interleave, summarize, summarizeAll } from './stats.mjs';

const DEMO = { publicKey: 'demopublickey', secretKey: 'demosecretkey' };
const V07 = 'application/vnd.uploadcare-v0.7+json';
const EMPTY_MD5 = createHash('md5').update('').digest('hex');

/** Headers of a signed GET of `uri` (dates are good for 15 minutes, so one set serves a round). */
function signedGet(uri) {
  const date = new Date().toUTCString();
  const signature = createHmac('sha1', DEMO.secretKey)
    .update(['GET', EMPTY_MD5, 'application/json', date, uri].join('\n'))
    .digest('hex');
  return {
    Accept: V07,
    'Content-Type': 'application/json',
    'X-Uploadcare-Date': date,
    Authorization: `Uploadcare ${DEMO.publicKey}:${signature}`,
  };
}

async function expectOk(res) {
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`the mock answered ${res.status}`);
}

/** Milliseconds from calling startMock to the first answer, each round a fresh mock. */
async function startupMs(options, firstRequest) {
  const started = performance.now();
  const mock = await startMock(options);
  try {
    await expectOk(await firstRequest(mock.url));
    return performance.now() - started;
  } finally {
    await mock.stop();
  }
}

async function requestsPerSecond(baseUrl, uri, { requests, concurrency }) {
  const headers = signedGet(uri);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next++ < requests) await expectOk(await fetch(`${baseUrl}${uri}`, { headers }));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return requests / ((performance.now() - started) / 1000);
}

export async function measureMock({ rounds = 5, requests = 1000, concurrency = 8 } = {}) {
  const list = '/groups/?limit=1';
  const startup = await interleave(
    {
      stateful: () => startupMs({}, (url) => fetch(`${url}${list}`, { headers: signedGet(list) })),
      examples: () =>
        startupMs({ mode: 'examples' }, (url) =>
          fetch(`${url}${list}`, { headers: { Accept: V07, Authorization: 'Uploadcare a:b' } }),
        ),
    },
    rounds,
    (run) => run(),
  );

  const before = prismPids();
  const mock = await startMock();
  const quietPrism = prismPids().find((pid) => !before.includes(pid));
  const verbose = await startMock({ verbose: true });
  const verbosePrism = prismPids().find((pid) => ![...before, quietPrism].includes(pid));
  try {
    const [group] = await mock.groups();
    const uri = `/groups/${group.id}/`;
    // Same seed, so the verbose mock holds the same group.
    const contenders = {
      'through Prism': mock.url,
      'through Prism, verbose Prism log': verbose.url,
      'service alone': mock.serviceUrl,
    };
    // Warm up both paths (JIT, connection pools, Prism's compiled validators).
    for (const base of Object.values(contenders)) await requestsPerSecond(base, uri, { requests: 200, concurrency });
    // Prism's CPU per request too: unlike req/s, it holds still when other work shares the machine.
    const prismOf = { [mock.url]: quietPrism, [verbose.url]: verbosePrism };
    const cpuPerRequest = { quiet: [], verbose: [] };
    const rps = await interleave(contenders, rounds, async (base) => {
      const pid = prismOf[base];
      const start = pid === undefined ? undefined : cpuMs(pid);
      const result = await requestsPerSecond(base, uri, { requests, concurrency });
      const end = pid === undefined ? undefined : cpuMs(pid);
      if (start !== undefined && end !== undefined) {
        cpuPerRequest[base === mock.url ? 'quiet' : 'verbose'].push((end - start) / requests);
      }
      return result;
    });
    for (const running of [mock, verbose]) {
      const { violations } = await running.stats();
      if (violations.request.length + violations.response.length > 0) {
        throw new Error(`the benchmark broke the spec: ${JSON.stringify(violations)}`);
      }
    }
    return {
      requests,
      concurrency,
      startupMs: summarizeAll(startup),
      rps: summarizeAll(rps),
      prismCost: summarize(rps['service alone'].map((alone, i) => alone / rps['through Prism'][i])),
      quietLogGain: summarize(
        rps['through Prism'].map((quiet, i) => quiet / rps['through Prism, verbose Prism log'][i]),
      ),
      ...(cpuPerRequest.quiet.length === rounds &&
        cpuPerRequest.verbose.length === rounds && {
          prismCpuMsPerRequest: summarizeAll(cpuPerRequest),
          quietLogCpuGain: summarize(cpuPerRequest.verbose.map((v, i) => v / cpuPerRequest.quiet[i])),
        }),
    };
  } finally {
    await Promise.all([mock.stop(), verbose.stop()]);
  }
}
