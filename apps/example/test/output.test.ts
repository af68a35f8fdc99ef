import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/io.js';
import { createProgress } from '../src/output.js';

function fakeIo(stderrIsTTY: boolean): { io: Io; stderr: () => string } {
  const stderr = new PassThrough();
  let text = '';
  stderr.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const io: Io = {
    stdout: new PassThrough(),
    stderr,
    stdin: new PassThrough(),
    env: {},
    stdinIsTTY: false,
    stderrIsTTY,
    signal: new AbortController().signal,
  };
  return { io, stderr: () => text };
}

describe('createProgress', () => {
  it('rewrites one stderr line on a terminal and clears it when done', async () => {
    const { io, stderr } = fakeIo(true);
    const progress = createProgress(io, 'groups');
    progress.update(2, 5);
    progress.update(5, 5);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(stderr()).toBe('\r\x1b[2K2 / 5 groups fetched\r\x1b[2K5 / 5 groups fetched\r\x1b[2K');
  });

  it('writes nothing off a terminal', async () => {
    const { io, stderr } = fakeIo(false);
    const progress = createProgress(io, 'groups');
    progress.update(2, 5);
    progress.done();
    await new Promise((resolve) => setImmediate(resolve));
    expect(stderr()).toBe('');
  });
});
