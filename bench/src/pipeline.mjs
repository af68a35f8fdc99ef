// Pipeline: a cold `turbo run build` in a fresh clone of this checkout's HEAD (no turbo cache,
// dependencies from pnpm's store), then a no-change rerun that must hit the cache. (The mock's
// start-up is measured in mock.mjs.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function timed(command, args, cwd) {
  const started = performance.now();
  const out = execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { ms: performance.now() - started, out };
}

export async function measureBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-clone-'));
  try {
    execFileSync('git', ['clone', '--quiet', repoRoot, dir]);
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: dir, stdio: 'ignore' });
    const cold = timed('pnpm', ['exec', 'turbo', 'run', 'build'], dir);
    const warm = timed('pnpm', ['exec', 'turbo', 'run', 'build'], dir);
    const cached = /FULL TURBO|(\d+) cached, \1 total/.test(warm.out);
    if (!cached) throw new Error(`the no-change rebuild missed the cache:\n${warm.out}`);
    return { coldMs: cold.ms, cachedMs: warm.ms, cacheHit: cached };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
