// Turns the results into the Markdown table printed by `pnpm bench` and kept in the README.

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const spread = (s, fmt) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)}, n=${s.runs})`;
const int = (n) => Math.round(n).toLocaleString('en-US');
const x = (n) => `${n.toFixed(2)}×`;
const ms = (n) => `${int(n)} ms`;

export function renderTable(results) {
  const rows = [];
  const { overhead, bundle, walk, build, mock, mockStartup } = results;
  if (overhead) {
    for (const [name, s] of Object.entries(overhead.rps)) rows.push([`get() req/s: ${name}`, spread(s, int), '']);
    rows.push(['client / raw fetch (node:crypto)', spread(overhead.clientToRaw, x), '≥ 0.95×']);
    rows.push(['client / raw fetch (Web Crypto)', spread(overhead.clientToRawWebCrypto, x), '']);
    rows.push(['client / raw fetch (Web Crypto, timeout)', spread(overhead.clientToRawWithTimeout, x), '']);
    rows.push(['client / official client', spread(overhead.clientToOfficial, x), '']);
  }
  if (bundle) {
    for (const [name, s] of Object.entries(bundle)) {
      // Lazy chunks (loaded by dynamic import only when needed) are counted apart.
      const lazy = s.allChunksGzipped > s.gzipped ? `; ${kb(s.allChunksGzipped)} with lazy chunks` : '';
      rows.push([
        `bundle: ${name}`,
        `${kb(s.gzipped)} gzip (${kb(s.minified)} min)${lazy}`,
        name.includes('whole') ? '≤ 5.00 kB' : '',
      ]);
    }
  }
  if (walk) {
    rows.push([`listAll ${int(walk.groups)} groups, wall time`, spread(walk.wallMs, ms), '']);
    for (const [at, s] of Object.entries(walk.peakHeapBytes))
      rows.push([`peak retained heap at ${int(Number(at))}`, spread(s, mb), '']);
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
  }
  const header = ['measure', 'median (min–max, runs)', 'target'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
