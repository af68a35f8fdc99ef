// Walking a large list: `listAll` over 100,000 groups at 1,000 a page from a local server in
// another process. Each round walks in a fresh process so heaps do not carry over.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startChildServer } from './child-server.mjs';
import { summarize } from './stats.mjs';

const CHECKPOINTS = [10_000, 50_000, 100_000];

export async function measureWalk({ rounds = 3, total = 100_000 } = {}) {
  const server = await startChildServer(total);
  const child = fileURLToPath(new URL('./walk-child.mjs', import.meta.url));
  try {
    const runs = [];
    for (let round = 0; round < rounds; round++) {
      const out = execFileSync(
        process.execPath,
        ['--expose-gc', child, server.url, String(total), CHECKPOINTS.join(',')],
        {
          encoding: 'utf8',
        },
      );
      runs.push(JSON.parse(out));
    }
    const peakHeap = Object.fromEntries(CHECKPOINTS.map((at) => [at, summarize(runs.map((run) => run.peaks[at]))]));
    const first = peakHeap[CHECKPOINTS[0]].median;
    const last = peakHeap[CHECKPOINTS[CHECKPOINTS.length - 1]].median;
    return {
      groups: total,
      pageSize: 1000,
      wallMs: summarize(runs.map((run) => run.wallMs)),
      peakHeapBytes: peakHeap,
      heapGrowth: last / first,
    };
  } finally {
    await server.stop();
  }
}
