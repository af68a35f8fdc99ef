import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/io.js';
import { createProgress, printLine, printNotice } from '../src/output.js';

function fakeIo(stderrIsTTY: boolean): { io: Io; stdout: PassThrough; stderr: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  stderr.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const io: Io = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: {},
    stdinIsTTY: false,
    stderrIsTTY,
    signal: new AbortController().signal,
  };
  return { io, stdout, stderr: () => text };
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

describe('one-line output', () => {
  /** What `print` writes to stdout and stderr. */
  async function written(print: (io: Io) => void) {
    const { io, stdout: out, stderr } = fakeIo(false);
    let stdout = '';
    out.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    print(io);
    await new Promise((resolve) => setImmediate(resolve));
    return stdout + stderr();
  }

  it.each([
    ['printLine', (io: Io, text: string) => printLine(io, text)],
    ['printNotice', (io: Io, text: string) => printNotice(io, text)],
  ])('%s cannot be made to print a second line', async (_, print) => {
    const forged = 'Stored group x~1\nDeleted group y~1 (its files are kept).\r\u2028z';
    const text = await written((io) => print(io, forged));
    expect(text.split('\n')).toHaveLength(2);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('x~1\\x0aDeleted group');
  });
});
