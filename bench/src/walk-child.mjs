// Walks the whole list once in a fresh process (run with --expose-gc) and reports the wall
// time and the peak retained heap at each checkpoint. Measuring after a forced GC shows what
// the walk keeps alive, which is what must not grow with the number of pages (beyond the
// fingerprints of the groups and pages seen, which keep a walk from ever repeating one).
import { createGroupsClient } from '@uploadcare-groups/client';

const [url, total, checkpoints] = [process.argv[2], Number(process.argv[3]), process.argv[4].split(',').map(Number)];
const groups = createGroupsClient({ publicKey: 'benchpublickey', secretKey: 'benchsecretkey', baseUrl: url });

const peaks = {};
let peak = 0;
let seen = 0;
let lastId = '';
const started = performance.now();
for await (const group of groups.listAll({ limit: 1000 })) {
  if (group.id <= lastId) throw new Error(`out of order at ${seen}: ${group.id}`);
  lastId = group.id;
  seen++;
  if (seen % 1000 === 0) {
    globalThis.gc();
    // Array buffers count too: the walk's seen-sets live in typed arrays, outside the JS heap.
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    peak = Math.max(peak, heapUsed + arrayBuffers);
    if (checkpoints.includes(seen)) peaks[seen] = peak;
  }
}
const wallMs = performance.now() - started;
if (seen !== total) throw new Error(`walked ${seen} groups, expected ${total}`);
console.log(JSON.stringify({ wallMs, peaks }));
