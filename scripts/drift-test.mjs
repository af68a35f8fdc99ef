// The drift test: applies edits to the spec in a throwaway copy of this checkout and checks that
// each one is caught by the build or the tests with a message naming its cause, or, for a
// compatible edit, flows through to the client, the CLI, the mock and the docs with no hand edit
// (see scripts/drift/mutations.mjs). Runs in CI after the tests; each edit rebuilds from the
// spec (15 s on 2 quiet cores, up to 80 s on busy ones) and runs only the probes and test files
// that prove it, so the nine edits take 3 to 7 minutes; each step prints its time.
//
//   node scripts/drift-test.mjs [--only <substring of a case name>]…
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MUTATIONS } from './drift/mutations.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
const cases = MUTATIONS.filter((m) => !values.only || values.only.some((words) => m.name.includes(words)));

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '', FORCE_COLOR: '0', NO_COLOR: '1', TURBO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** A copy of the checkout as it is now (tracked and new files, not ignored ones), installed offline. */
function makeCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'ucg-drift-'));
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root).output.split('\0');
  for (const file of files.filter(Boolean)) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  const install = run('pnpm', ['install', '--offline', '--frozen-lockfile', '--reporter=silent'], dir);
  if (install.status !== 0) throw new Error(`drift: pnpm install in the copy failed:\n${install.output}`);
  return dir;
}

const started = performance.now();
const copy = makeCopy();
const pristine = join(copy, '.drift-pristine-openapi');
cpSync(join(copy, 'spec/openapi'), pristine, { recursive: true });
let passed = 0;
let failed = 0;
try {
  for (const mutation of cases) {
    rmSync(join(copy, 'spec/openapi'), { recursive: true, force: true });
    cpSync(pristine, join(copy, 'spec/openapi'), { recursive: true });
    mutation.apply(copy);
    console.log(`\n── ${mutation.name}`);
    let ok = true;
    for (const step of mutation.steps) {
      const stepStarted = performance.now();
      if (step.before) run(step.before[0], step.before.slice(1), copy);
      const { status, output } = run(step.run[0], step.run.slice(1), copy);
      const took = `${((performance.now() - stepStarted) / 1000).toFixed(0)} s`;
      const outcome = status === 0 ? 'pass' : 'fail';
      const missing = (step.mentions ?? []).filter((words) => !output.includes(words));
      if (outcome === step.outcome && missing.length === 0) {
        console.log(`  ✓ ${step.what}: ${outcome === 'fail' ? 'caught it' : 'carried it through'} (${took})`);
        // The evidence: the first line of output that names each expected word.
        for (const words of step.mentions ?? []) {
          const line = output.split('\n').find((l) => l.includes(words)) ?? '';
          console.log(`      ${line.trim().slice(0, 160)}`);
        }
      } else {
        ok = false;
        const why =
          outcome !== step.outcome
            ? `expected it to ${step.outcome}, it ${outcome === 'pass' ? 'passed' : 'failed'}`
            : `its output does not say ${missing.map((m) => JSON.stringify(m)).join(', ')}`;
        console.log(`  ✗ ${step.what}: ${why} (${took})\n${output.trim().split('\n').slice(-40).join('\n')}`);
      }
    }
    if (ok) passed++;
    else failed++;
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
console.log(`\ndrift test: ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
