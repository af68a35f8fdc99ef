import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LocalApi, startLocalApi } from './local-api.js';
import { isRunning } from './proc.js';
import { type PtyProcess, runOnPty } from './pty.js';
import { apiEnv, binPath, cleanEnv } from './run-cli.js';

// `ucgroups delete` asks on a terminal. The built CLI runs on a real pseudo-terminal; signals
// are real signals to its process. Whatever stops the prompt, nothing is deleted, at once.
const id = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';
const prompt = `Delete group ${id}? Its files are kept. [y/N] `;
let api: LocalApi;
let pty: PtyProcess | undefined;

beforeAll(async () => {
  api = await startLocalApi(() => ({ status: 204 }));
});
afterAll(() => api.close());
afterEach(() => {
  pty?.kill();
  api.requests.length = 0;
});

async function atPrompt(): Promise<PtyProcess> {
  pty = runOnPty([process.execPath, binPath, 'delete', id], cleanEnv(apiEnv(api.url)));
  await pty.waitForOutput(prompt);
  return pty;
}

describe('the delete prompt on a terminal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s to the process ends it at once with %i, deleting nothing', async (signal, code) => {
    const terminal = await atPrompt();
    const pid = await terminal.pid();
    process.kill(pid, signal);
    expect(await terminal.exitCode).toBe(code);
    expect(isRunning(pid)).toBe(false);
    expect(terminal.output()).toContain('ucgroups: not deleted');
    expect(api.requests).toEqual([]);
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
    expect(api.requests).toEqual([]);
  });

  it('"y" deletes', async () => {
    const terminal = await atPrompt();
    terminal.type('y\r');
    expect(await terminal.exitCode).toBe(0);
    expect(terminal.output()).toContain(`Deleted group ${id} (its files are kept).`);
    expect(api.requests.map((request) => `${request.method} ${request.url}`)).toEqual([`DELETE /groups/${id}/`]);
  });
});
