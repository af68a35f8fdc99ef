import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runNode } from './run-cli.js';

// The README's main job, run to the end with --once. It needs everything built (the docs
// site included): turbo builds the docs before this package's tests, so --no-build.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const runMainJob = (...args: string[]) => runNode(['scripts/main-job.mjs', ...args], { cwd: repoRoot });

describe('scripts/main-job.mjs --once --no-build', () => {
  it('shows list, info of a listed group, create from two of its files, info of the new group and every page, prints the docs and mock addresses, then stops both', async () => {
    const result = await runMainJob('--once', '--no-build');
    expect(result.stderr).not.toContain('main job:');
    expect(result.code).toBe(0);

    /** The group ids of the table printed after `$ ucgroups <command>`. */
    const idsAfter = (command: string) => {
      const start = result.stdout.indexOf(`$ ucgroups ${command}\n`);
      expect(start, `no "$ ucgroups ${command}" in the output`).toBeGreaterThanOrEqual(0);
      const section = result.stdout.slice(start).split('\n\n')[0] ?? '';
      return [...section.matchAll(/^([0-9a-f-]{36}~\d+) /gm)].map((match) => match[1]);
    };
    const listed = idsAfter('list');
    expect(listed.length).toBeGreaterThan(0);
    // The mock keeps its groups: info shows a group list printed (the first of two files or more).
    const id = /^\$ ucgroups info ([0-9a-f-]{36}~\d+)$/m.exec(result.stdout)?.[1];
    expect(listed).toContain(id);
    const info = result.stdout.slice(result.stdout.indexOf('$ ucgroups info'));
    expect(info).toMatch(new RegExp(`^id {13}${id}$`, 'm'));
    expect(info).toMatch(/^# {2}uuid +name +size +type +stored$/m);
    // create groups two of its files through the Upload API; info reads the new group back.
    const created = /^\$ ucgroups create ([0-9a-f-]{36}) ([0-9a-f-]{36})\n([0-9a-f-]{36}~2)$/m.exec(result.stdout);
    expect(created, 'a create of two files and the new id').not.toBeNull();
    const [, file0, file1, newId] = created as RegExpExecArray;
    expect(info.split('$ ucgroups create')[0]).toContain(file0);
    expect(info.split('$ ucgroups create')[0]).toContain(file1);
    const newInfo = result.stdout.slice(result.stdout.indexOf(`$ ucgroups info ${newId}`));
    expect(newInfo).toMatch(new RegExp(`^0 +${file0} `, 'm'));
    expect(newInfo).toMatch(new RegExp(`^1 +${file1} `, 'm'));
    // Its pages of 10 hold every group the single page of list showed, each once, and the new one last.
    expect(listed.length).toBeGreaterThan(10);
    expect(idsAfter('list --all --limit 10')).toEqual([...listed, newId]);

    const docsUrl = /^Docs: +(http:\/\/\S+)/m.exec(result.stdout)?.[1];
    const mockUrl = /^Mock: +(http:\/\/\S+)/m.exec(result.stdout)?.[1];
    expect(docsUrl).toBeDefined();
    expect(mockUrl).toBeDefined();
    // The docs server's origin is allowed on the mock's control routes, and the token is shown.
    expect(result.stdout).toContain(
      `control routes at ${mockUrl}/__mock/, for pages on ${new URL(docsUrl ?? '').origin} too;`,
    );
    expect(result.stdout).toMatch(/to change state send Authorization: Bearer \S{16,}\)$/m);
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
