// Turns the results into the Markdown table printed by `pnpm bench` and kept in the README.

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// A measure an older results file does not have shows as not measured.
const spread = (s, fmt) => (s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)}, n=${s.runs})` : 'not measured');
const int = (n) => Math.round(n).toLocaleString('en-US');
const x = (n) => `${n.toFixed(2)}×`;
const ms = (n) => `${int(n)} ms`;

export function renderTable(results) {
  const rows = [];
  const { overhead, bundle, walk, build, mock, mockStartup } = results;
  if (overhead) {
    for (const [name, s] of Object.entries(overhead.rps)) rows.push([`get() req/s: ${name}`, spread(s, int), '']);
    if (overhead.hmac) {
      // The like-for-like raw fetch signs with the HMAC the client picks on the runtime.
      const { hmac } = overhead;
      rows.push([
        `client / raw, like for like (${hmac} as the client, timeout)`,
        spread(overhead.likeForLike, x),
        '≥ 0.95×',
      ]);
      rows.push([`client / raw, bare (${hmac} as the client, no timeout)`, spread(overhead.bare, x), '']);
      rows.push(['client / raw (Web Crypto, timeout)', spread(overhead.toWebCrypto, x), '']);
    } else {
      // Results from before: the raw fetch signed with Web Crypto whatever the client used.
      rows.push(['client / raw, like for like (Web Crypto, timeout)', spread(overhead.likeForLike, x), '≥ 0.95×']);
      rows.push(['client / raw (node:crypto, timeout)', spread(overhead.likeForLikeNodeCrypto, x), '']);
      rows.push(['client / raw, bare (Web Crypto, no timeout)', spread(overhead.bare, x), '']);
      rows.push(['client / raw, bare (node:crypto, no timeout)', spread(overhead.bareNodeCrypto, x), '']);
    }
    rows.push(['client / official client', spread(overhead.clientToOfficial, x), '']);
  }
  if (bundle) {
    const app = bundle['client: an app using createGroupsClient (list + get)'];
    for (const [name, s] of Object.entries(bundle)) {
      // Every chunk an app may load counts, lazy ones included.
      rows.push([
        `bundle: ${name}`,
        `${int(s.allChunksGzipped)} B gzip, all chunks (${int(s.gzipped)} B up front, ${int(s.minified)} B min)`,
        s === app ? '≤ 5,120 B and < official' : '',
      ]);
    }
  }
  if (results.latencyWalk) {
    const { groups, latencyMs, walks } = results.latencyWalk;
    for (const [name, w] of Object.entries(walks)) {
      const dups = w.duplicates ? `, ${int(w.duplicates)} duplicates` : '';
      rows.push([
        `walk ${int(groups)} groups, ${latencyMs} ms link: ${name}`,
        `${spread(w.wallMs, ms)}, ${int(w.requests)} requests${dups}`,
        '',
      ]);
    }
  }
  if (walk) {
    rows.push([`listAll ${int(walk.groups)} groups, wall time`, spread(walk.wallMs, ms), '']);
    for (const [at, s] of Object.entries(walk.peakHeapBytes))
      rows.push([`peak retained memory (heap + buffers) at ${int(Number(at))}`, spread(s, mb), '']);
    rows.push(['heap growth 10k → 100k', x(walk.heapGrowth), '≤ 1.20×']);
  }
  if (build) {
    rows.push(['turbo build, cold (fresh clone)', ms(build.coldMs), '']);
    rows.push(['turbo build, no change (cache hit)', ms(build.cachedMs), '']);
  }
  // Results from before the stateful mock measured only Prism's example server.
  if (mockStartup && !mock) rows.push(['mock start-up to first answer', spread(mockStartup, ms), '']);
  if (mock) {
    rows.push(['mock start-up to first answer (stateful, default)', spread(mock.startupMs.stateful, ms), '≤ 2,000 ms']);
    rows.push(["mock start-up to first answer (Prism's examples)", spread(mock.startupMs.examples, ms), '']);
    for (const [name, s] of Object.entries(mock.rps))
      rows.push([`stateful mock get() req/s: ${name}`, spread(s, int), '']);
    rows.push(['service alone / through Prism', spread(mock.prismCost, x), '']);
    if (mock.quietLogGain) {
      rows.push(['quiet Prism log (default) / verbose, req/s', spread(mock.quietLogGain, x), '']);
    }
    if (mock.quietLogCpuGain) {
      for (const [name, s] of Object.entries(mock.prismCpuMsPerRequest))
        rows.push([`Prism CPU per get(), ${name} log`, spread(s, (v) => `${v.toFixed(2)} ms`), '']);
      rows.push(['Prism CPU per request, verbose / quiet log', spread(mock.quietLogCpuGain, x), '']);
    }
  }
  const header = ['measure', 'median (min–max, runs)', 'target'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
