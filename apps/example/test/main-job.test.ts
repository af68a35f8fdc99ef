import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runNode } from './run-cli.js';

// The README's main job, run to the end with --once. It needs everything built (the docs
// site included): turbo builds the docs before this package's tests, so --no-build.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const runMainJob = (...args: string[]) => runNode(['scripts/main-job.mjs', ...args], { cwd: repoRoot });

describe('scripts/main-job.mjs --once --no-build', () => {
  it('shows list and info against the mock, prints the docs and mock addresses, then stops both', async () => {
    const result = await runMainJob('--once', '--no-build');
    expect(result.stderr).not.toContain('main job:');
    expect(result.code).toBe(0);

    expect(result.stdout).toMatch(/^\$ ucgroups list\nid +files +created \(UTC\) +stored\n[0-9a-f-]{36}~\d+ /m);
    const id = /^\$ ucgroups info ([0-9a-f-]{36}~\d+)$/m.exec(result.stdout)?.[1];
    expect(id).toBeDefined();
    const info = result.stdout.slice(result.stdout.indexOf('$ ucgroups info'));
    // The static mock answers any id with the spec's example group, so only the shape is checked.
    expect(info).toMatch(/^id {13}[0-9a-f-]{36}~\d+$/m);
    expect(info).toMatch(/^# {2}uuid +name +size +type +stored$/m);

    const docsUrl = /^Docs: +(http:\/\/\S+)/m.exec(result.stdout)?.[1];
    const mockUrl = /^Mock: +(http:\/\/\S+)/m.exec(result.stdout)?.[1];
    expect(docsUrl).toBeDefined();
    expect(mockUrl).toBeDefined();
    // Everything it started is gone once it has exited.
    await expect(fetch(docsUrl ?? '')).rejects.toThrow();
    await expect(fetch(`${mockUrl}/groups/`)).rejects.toThrow();
  });
});

describe('scripts/main-job.mjs arguments', () => {
  it('refuses an unknown argument before starting anything', async () => {
    const result = await runMainJob('--onec');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('main job: unknown argument --onec (takes --once and --no-build)\n');
  });
});
