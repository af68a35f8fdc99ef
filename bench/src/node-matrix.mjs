// The Node version matrix. The client's own `test` task runs its unit and contract tests on
// this machine's Node (20); this runs them again on Node 24, from the `node` package of the
// npm registry (held by tools/node24), so a feature missing from either fails CI. Vitest's workers and the mock's
// Prism inherit the binary, so the whole run is on that version. `--all` adds this machine's
// Node for a standalone run.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const clientDir = fileURLToPath(new URL('../../packages/client', import.meta.url));
const vitest = join(dirname(require.resolve('vitest/package.json', { paths: [clientDir] })), 'vitest.mjs');
const node24Holder = fileURLToPath(new URL('../../tools/node24', import.meta.url));
const node24 = join(dirname(require.resolve('node/package.json', { paths: [node24Holder] })), 'bin', 'node');

const binaries = [['npm package node@24', node24]];
if (process.argv.includes('--all')) binaries.unshift(['this machine', process.execPath]);

let failed = 0;
for (const [label, binary] of binaries) {
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`\n── client tests on Node ${version} (${label}) ──`);
  const run = spawnSync(binary, [vitest, 'run'], { cwd: clientDir, stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failed++;
    console.error(`client tests failed on Node ${version}`);
  }
}
if (failed) process.exit(1);
console.log(`\nclient tests passed on ${binaries.length} Node versions`);
