// Processes are owned: every end of the mock's Prism is either a stop its owner asked for or a
// death the `uploadcare-groups-mock` command reports (exit 1, naming it); and however the owner
// ends (SIGHUP from a closed terminal, SIGKILL that nothing can catch), no Prism is left behind.
// Real processes, real signals, checked by pid in /proc with a bounded wait.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { OWNER_PID_VARIABLE, ownerEnv, watchOwner } from '../dist/parent-watch.js';
import { isAlive, prismChildren } from './processes.js';

const bin = fileURLToPath(new URL('../bin/uploadcare-groups-mock.js', import.meta.url));
const mockEntry = new URL('../dist/index.js', import.meta.url).href;

/** Prism's watch polls every 250 ms; its exit after that is quick. Generous for a busy machine. */
const GONE_WITHIN_MS = 10_000;

const started: ChildProcessWithoutNullStreams[] = [];
const prisms: number[] = [];
afterEach(() => {
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of prisms.splice(0)) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
});

interface Owner {
  child: ChildProcessWithoutNullStreams;
  prism: number;
  /** The first line it printed on stdout. */
  firstLine: string;
  /** Exit code, signal and everything printed, once the owner has ended. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Spawns `node args`, waits for a line matching `ready` on stdout, and finds its one Prism. */
async function startOwner(args: string[], ready: RegExp): Promise<Owner> {
  const child = spawn(process.execPath, args, { stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<Awaited<Owner['done']>>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (ready.test(stdout)) resolve();
    });
    child.once('close', () => reject(new Error(`ended before serving: ${stdout}${stderr}`)));
  });
  const found = prismChildren(child.pid);
  expect(found).toHaveLength(1);
  const prism = found[0] as number;
  prisms.push(prism);
  return { child, prism, firstLine: stdout.split('\n')[0] as string, done };
}

/** Whether `pid` ends within `withinMs` (polled every 50 ms). */
async function endsWithin(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

const listening = /^Uploadcare groups mock listening on http:\/\/127\.0\.0\.1:\d+\n/;

describe('uploadcare-groups-mock: every end of Prism not asked for is reported', () => {
  test.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'Prism sent %s from outside: the command exits 1 naming it',
    async (signal) => {
      const { child, prism, done } = await startOwner([bin, '--quiet'], listening);
      process.kill(prism, signal);
      const { code, stderr } = await done;
      expect(code).toBe(1);
      expect(stderr).toBe(`uploadcare-groups-mock: Prism (pid ${prism}) ended unexpectedly (${signal}).\n`);
      expect(isAlive(child.pid as number)).toBe(false);
    },
  );
});

describe('uploadcare-groups-mock: no Prism outlives the command', () => {
  test('SIGHUP (a closed terminal): it stops Prism and exits 0', async () => {
    const { prism, child, done } = await startOwner([bin, '--quiet'], listening);
    child.kill('SIGHUP');
    const { code, stderr } = await done;
    expect(code).toBe(0);
    expect(stderr).toBe('uploadcare-groups-mock: SIGHUP received, stopping…\n');
    expect(isAlive(prism)).toBe(false);
  });

  test('SIGTERM with a delayed answer pending (--latency-ms): it exits at once, not after the delay', async () => {
    const { prism, child, done, firstLine } = await startOwner([bin, '--quiet', '--latency-ms', '600000'], listening);
    const url = /listening on (\S+)/.exec(firstLine)?.[1] as string;
    const pending = fetch(`${url}/groups/`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = Date.now();
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
    expect(Date.now() - sent).toBeLessThan(GONE_WITHIN_MS);
    expect(isAlive(prism)).toBe(false);
    await pending;
  });

  test('SIGKILL: Prism sees its owner gone and exits', async () => {
    const { prism, child, done } = await startOwner([bin, '--quiet'], listening);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(await endsWithin(prism, GONE_WITHIN_MS)).toBe(true);
  });
});

describe('startMock() in a process that dies without stopping it', () => {
  // An app embedding the mock (as `ucgroups` does) that gets a signal it has no handler for, or
  // SIGKILL: its `exit` hook never runs, so only Prism's own watch can end it.
  const embedder = [
    '--input-type=module',
    '-e',
    `const { startMock } = await import(${JSON.stringify(mockEntry)});
     const mock = await startMock({});
     console.log('serving ' + mock.url);
     setInterval(() => {}, 1000);`,
  ];

  test.each(['SIGKILL', 'SIGHUP', 'SIGTERM'] as const)('%s to it: its Prism exits by itself', async (signal) => {
    const { prism, child, done } = await startOwner(embedder, /^serving http:\/\/\S+\n/);
    child.kill(signal);
    expect((await done).signal).toBe(signal);
    expect(await endsWithin(prism, GONE_WITHIN_MS)).toBe(true);
  });
});

describe('watchOwner (what Prism runs)', () => {
  test('an owner still there as the parent: nothing happens', () => {
    const gone: number[] = [];
    const stop = watchOwner((pid) => gone.push(pid), { [OWNER_PID_VARIABLE]: String(process.ppid) });
    stop();
    expect(gone).toEqual([]);
  });

  test('an owner that died while the child was being spawned is caught at the first check', () => {
    // The child was adopted before it could look: its parent is no longer the pid it was given.
    const gone: number[] = [];
    const stop = watchOwner((pid) => gone.push(pid), { [OWNER_PID_VARIABLE]: '999999999' });
    stop();
    expect(gone).toEqual([999999999]);
  });

  test('ownerEnv names this process', () => {
    expect(ownerEnv()).toEqual({ [OWNER_PID_VARIABLE]: String(process.pid) });
  });
});
