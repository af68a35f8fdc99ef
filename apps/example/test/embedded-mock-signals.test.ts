// `ucgroups` with its bundled mock, signalled in the middle of a command: whatever ends it, the
// mock's Prism does not outlive it. A stop that can be caught (SIGINT, SIGTERM, SIGHUP from a
// closed terminal) stops the mock and exits 128 + the signal; SIGKILL cannot be caught, so
// Prism watches its owner and exits by itself. Checked by pid in /proc, with a bounded wait.
import { type ChildProcess, spawn } from 'node:child_process';
import { CONTROL_PREFIX, CONTROL_TOKEN_ENV } from '@uploadcare-groups/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { descendants, isRunning, waitFor } from './proc.js';
import { binPath, cleanEnv } from './run-cli.js';

const notice = /using the bundled mock at (http:\/\/127\.0\.0\.1:\d+)/;
/** Generous on a busy two-core machine: the mock's stop, or Prism's 250 ms watch and its exit. */
const GONE_WITHIN_MS = 10_000;
/** Given to ucgroups in the environment: the token its bundled mock takes, to slow it down from here. */
const CONTROL_TOKEN = 'embedded-mock-signals-test-token';

const leftovers: number[] = [];
afterEach(() => {
  for (const pid of leftovers.splice(0)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
});

/**
 * Starts `ucgroups list --all --limit 1` (25 pages of the seeded mock) and, once it has said
 * where its mock is, slows that mock down through its control route so the walk is still
 * running when the test signals it.
 */
async function slowList(): Promise<{
  cli: ChildProcess;
  prism: number;
  ended: Promise<number | null>;
  stderr: () => string;
}> {
  const cli = spawn(process.execPath, [binPath, 'list', '--all', '--limit', '1'], {
    env: cleanEnv({ [CONTROL_TOKEN_ENV]: CONTROL_TOKEN }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  leftovers.push(cli.pid as number);
  let stderr = '';
  cli.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  cli.stdout?.resume();
  const ended = new Promise<number | null>((resolve) => cli.once('close', (code) => resolve(code)));
  const mockUrl = await waitFor(`the bundled mock's notice (stderr: ${JSON.stringify(stderr)})`, () => {
    return notice.exec(stderr)?.[1];
  });
  const slowed = await fetch(`${mockUrl}${CONTROL_PREFIX}config`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${CONTROL_TOKEN}` },
    body: JSON.stringify({ latencyMs: 60_000 }),
  });
  expect(slowed.status).toBe(200);
  const prisms = descendants(cli.pid as number).filter((info) => info.command.includes('@stoplight/prism-cli'));
  expect(prisms).toHaveLength(1);
  const prism = (prisms[0] as { pid: number }).pid;
  leftovers.push(prism);
  // Still walking: the next page waits a minute.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(cli.exitCode).toBeNull();
  return { cli, prism, ended, stderr: () => stderr };
}

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describe('ucgroups with its bundled mock, signalled during a running command', () => {
  it.each([
    ['SIGHUP', 129],
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: it stops the mock and exits %i, leaving no Prism', async (signal, code) => {
    const { cli, prism, ended } = await slowList();
    cli.kill(signal);
    expect(await ended).toBe(code);
    expect(await goneWithin(prism, GONE_WITHIN_MS)).toBe(true);
  });

  it('SIGKILL: its Prism sees it gone and exits by itself', async () => {
    const { cli, prism, ended } = await slowList();
    cli.kill('SIGKILL');
    await ended;
    expect(await goneWithin(prism, GONE_WITHIN_MS)).toBe(true);
  });
});

describe('ucgroups with its bundled mock, whose Prism dies during a running command', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)('Prism gets %s: ucgroups exits 1 naming it', async (signal) => {
    const { prism, ended, stderr } = await slowList();
    process.kill(prism, signal);
    expect(await ended).toBe(1);
    expect(stderr()).toContain(
      `ucgroups: the bundled mock stopped: Prism (pid ${prism}) ended unexpectedly (${signal})\n`,
    );
  });
});
