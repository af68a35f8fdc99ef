// The Node version matrix. The client's own `test` task runs its unit and contract tests on
// this machine's Node (20); this runs them again on Node 22 and Node 24, from the `node`
// package of the npm registry (held by tools/node-versions), so a feature missing from any of
// them fails CI. Vitest's workers and the mock's Prism inherit the binary, so the whole run is
// on that version. `--all` adds this machine's Node for a standalone run.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const clientDir = fileURLToPath(new URL('../../packages/client', import.meta.url));
const vitest = join(dirname(require.resolve('vitest/package.json', { paths: [clientDir] })), 'vitest.mjs');
const holder = fileURLToPath(new URL('../../tools/node-versions', import.meta.url));
const nodeBinary = (alias) =>
  join(dirname(require.resolve(`${alias}/package.json`, { paths: [holder] })), 'bin', 'node');

const binaries = [
  ['npm package node@22', nodeBinary('node22')],
  ['npm package node@24', nodeBinary('node24')],
];
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
