import { afterEach, describe, expect, it } from 'vitest';
import { type JobTree, startJobTree, survivors } from './job-tree.js';

// The main job's process tree, for real: `pnpm start` in a process group of its own, then a real
// signal to one of its processes, then /proc for survivors. No process the job started may
// outlive it; a stop that was asked for ends with 0 and one line, a child that died with 1
// and its name.
let tree: JobTree | undefined;
afterEach(() => {
  tree?.cleanup();
  tree = undefined;
});

const stopLine = 'Stopping everything the job started… done.';

describe('pnpm start, stopped on purpose', () => {
  it.each([
    ['pnpm', 'SIGINT'],
    ['pnpm', 'SIGTERM'],
    ['job', 'SIGINT'],
    ['job', 'SIGTERM'],
  ] as const)('%s gets %s: everything stops, one line, exit 0, no ELIFECYCLE', async (target, signal) => {
    tree = await startJobTree();
    process.kill(tree[target], signal);
    const { code } = await tree.exited;
    expect(await survivors(tree)).toEqual([]);
    expect(tree.stderr()).not.toMatch(/ELIFECYCLE|main job:/);
    expect(code).toBe(0);
    expect(tree.stdout().endsWith(`Serving until Ctrl-C.\n${stopLine}\n`)).toBe(true);
  });

  it('Ctrl-C on the terminal: one clean line over the ^C, exit 0, no ELIFECYCLE', async () => {
    tree = await startJobTree({ onPty: true });
    tree.type('\x03');
    const { code } = await tree.exited;
    expect(await survivors(tree)).toEqual([]);
    expect(code, tree.stdout()).toBe(0);
    expect(tree.stdout()).not.toMatch(/ELIFECYCLE|main job:/);
    const afterServing = tree.stdout().split('Serving until Ctrl-C.\r\n')[1];
    // The terminal echoes ^C; the job writes over it (CR, erase line), then its one line.
    expect(afterServing).toBe(`^C\r\x1b[2K${stopLine}\r\n`);
  });
});

describe('pnpm start, a child dies', () => {
  it.each([
    [
      'prism',
      'SIGTERM',
      /^main job: the mock's Prism \(pid (\d+)\) stopped unexpectedly \(signal SIGTERM\); stopping everything$/m,
    ],
    [
      'prism',
      'SIGINT',
      /^main job: the mock's Prism \(pid (\d+)\) stopped unexpectedly \(signal SIGINT\); stopping everything$/m,
    ],
    [
      'docs',
      'SIGTERM',
      /^main job: the docs server \(pid (\d+), exit code 0\) stopped unexpectedly; stopping everything$/m,
    ],
    [
      'docs',
      'SIGINT',
      /^main job: the docs server \(pid (\d+), exit code 0\) stopped unexpectedly; stopping everything$/m,
    ],
  ] as const)('%s gets %s: the rest stops, exit 1 naming it', async (target, signal, message) => {
    tree = await startJobTree();
    const pid = tree[target];
    process.kill(pid, signal);
    const { code } = await tree.exited;
    expect(await survivors(tree)).toEqual([]);
    expect(code).toBe(1);
    expect(Number(message.exec(tree.stderr())?.[1])).toBe(pid);
  });
});

describe('pnpm start, its pnpm killed outright', () => {
  it('the job notices its parent is gone and stops everything', async () => {
    tree = await startJobTree();
    process.kill(tree.pnpm, 'SIGKILL');
    await tree.exited;
    // The job polls for its parent; it then stops its children (Prism's grace is 5 s at most).
    expect(await survivors(tree, 20_000)).toEqual([]);
  });
});

describe('pnpm start, the job itself killed outright', () => {
  it('SIGKILL: nothing can run in the job, so its children see it gone and exit (Prism, the docs server)', async () => {
    tree = await startJobTree();
    process.kill(tree.job, 'SIGKILL');
    await tree.exited;
    // Prism and the docs server poll for their parent every 250 ms.
    expect(await survivors(tree, 10_000)).toEqual([]);
  });
});
