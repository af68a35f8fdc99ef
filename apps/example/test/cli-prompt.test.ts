import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useMock } from './mock.js';
import { isRunning } from './proc.js';
import { type PtyProcess, runOnPty } from './pty.js';
import { binPath, cleanEnv } from './run-cli.js';

// `ucgroups delete` asks on a terminal. The built CLI runs on a real pseudo-terminal; signals
// are real signals to its process. Whatever stops the prompt, nothing is deleted, at once: the
// mock received no request and still has the group.
const api = useMock();
let id: string;
let pty: PtyProcess | undefined;

beforeEach(async () => {
  id = (await api.groups())[0]?.id as string;
});
afterEach(() => {
  pty?.kill();
});

async function atPrompt(): Promise<PtyProcess> {
  pty = runOnPty([process.execPath, binPath, 'delete', id], cleanEnv(api.env()));
  await pty.waitForOutput(`Delete group ${id}? Its files are kept. [y/N] `);
  return pty;
}

/** Nothing was sent, and the group is still there. */
async function expectNothingDeleted(): Promise<void> {
  expect(await api.requestCount()).toBe(0);
  expect((await api.groups()).map((group) => group.id)).toContain(id);
}

describe('the delete prompt on a terminal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s to the process ends it at once with %i, deleting nothing', async (signal, code) => {
    const terminal = await atPrompt();
    const pid = await terminal.pid();
    process.kill(pid, signal);
    expect(await terminal.exitCode).toBe(code);
    expect(isRunning(pid)).toBe(false);
    expect(terminal.output()).toContain('ucgroups: not deleted');
    await expectNothingDeleted();
  });

  it.each([
    ['Ctrl-C typed', '\x03', 130],
    ['"n"', 'n\r', 1],
    ['Enter alone', '\r', 1],
    ['End of input (Ctrl-D)', '\x04', 1],
  ])('%s at the prompt (%j): exit %i, nothing deleted', async (_, keys, code) => {
    const terminal = await atPrompt();
    terminal.type(keys);
    expect(await terminal.exitCode).toBe(code);
    expect(terminal.output()).toContain('ucgroups: not deleted');
    await expectNothingDeleted();
  });

  it('"y" deletes', async () => {
    const terminal = await atPrompt();
    terminal.type('y\r');
    expect(await terminal.exitCode).toBe(0);
    expect(terminal.output()).toContain(`Deleted group ${id} (its files are kept).`);
    expect((await api.mock.stats()).requests.byOperation).toEqual({ deleteGroup: { 204: 1 } });
    expect((await api.groups()).map((group) => group.id)).not.toContain(id);
  });
});
