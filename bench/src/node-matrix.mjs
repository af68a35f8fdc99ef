// The Node version matrix. The client's own `test` task runs its unit and contract tests on
// this machine's Node (20); this runs them again on Node 22 and Node 24, so a feature missing
// from any of them fails CI. The binaries are fetched on demand from the npm registry by
// tools/node-versions (not by `pnpm install`), once, into node_modules/.cache. Vitest's workers
// and the mock's Prism inherit the binary, so the whole run is on that version. `--all` adds
// this machine's Node for a standalone run.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNode, MATRIX_VERSIONS, platformPackage } from '../../tools/node-versions/index.mjs';

const require = createRequire(import.meta.url);
const clientDir = fileURLToPath(new URL('../../packages/client', import.meta.url));
const vitest = join(dirname(require.resolve('vitest/package.json', { paths: [clientDir] })), 'vitest.mjs');

const binaries = MATRIX_VERSIONS.map((version) => [`npm package ${platformPackage()}@${version}`, ensureNode(version)]);
if (process.argv.includes('--all')) binaries.unshift(['this machine', process.execPath]);

let failed = 0;
for (const [label, binary] of binaries) {
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`\n── client tests on Node ${version} (${label}) ──`);
  // What runs on the user's Node: the unit tests and both contract suites. The package tests
  // (packing, installing TypeScript compilers) check files, not the runtime: once is enough.
  const projects = ['unit', 'contract', 'stateful'].flatMap((name) => ['--project', name]);
  const run = spawnSync(binary, [vitest, 'run', ...projects], { cwd: clientDir, stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failed++;
    console.error(`client tests failed on Node ${version}`);
  }
}
if (failed) process.exit(1);
console.log(`\nclient tests passed on ${binaries.length} Node versions`);
