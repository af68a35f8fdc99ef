// `exited`: every kind of mock says when it stopped serving. After stop() it is expected; when a
// part dies on its own (Prism killed outright; a server of the stateful mock closed) it is not,
// it names the part, and the mock has stopped the rest by the time it resolves.
import { createServer } from 'node:http';
import { describe, expect, test, vi } from 'vitest';
import { type MockExit, type RunningMock, startMock, startProxy } from '../dist/index.js';
import { type MockPart, serverPart, superviseParts } from '../src/mock-exit.js';
import { isAlive, prismChildren } from './processes.js';

const KINDS: { kind: string; start: () => Promise<RunningMock>; servers: (mock: RunningMock) => string[] }[] = [
  {
    kind: 'the stateful mock',
    start: () => startMock({ groups: 2 }),
    servers: (mock) => [mock.url, (mock as RunningMock & { serviceUrl: string }).serviceUrl],
  },
  { kind: 'the example server', start: () => startMock({ mode: 'examples' }), servers: (mock) => [mock.url] },
  // Prism starts without reaching its upstream: nothing needs to listen there.
  { kind: 'the proxy', start: () => startProxy({ upstream: 'http://127.0.0.1:9' }), servers: (mock) => [mock.url] },
];

/** Whether `promise` has settled by the time the event loop has run once more. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return settled;
}

describe.each(KINDS)('$kind', ({ start, servers }) => {
  test('exited waits while it serves, and resolves as expected after stop()', async () => {
    const mock = await start();
    expect(await settledSoon(mock.exited)).toBe(false);
    await mock.stop();
    await expect(mock.exited).resolves.toEqual({ expected: true, what: 'stop()', code: null, signal: null });
  });

  test('Prism killed outright: exited names it, not expected, with nothing of the mock left', async () => {
    const before = prismChildren();
    const mock = await start();
    const pid = prismChildren().find((p) => !before.includes(p)) as number;
    process.kill(pid, 'SIGKILL');
    const exit: MockExit = await mock.exited;
    expect(exit).toEqual({ expected: false, what: `Prism (pid ${pid})`, code: null, signal: 'SIGKILL' });
    expect(isAlive(pid)).toBe(false);
    for (const url of servers(mock)) await expect(fetch(`${url}/groups/`)).rejects.toThrow();
    // stop() is still safe, and changes nothing.
    await expect(mock.stop()).resolves.toBeUndefined();
    await expect(mock.exited).resolves.toEqual(exit);
  });
});

describe('superviseParts', () => {
  /** A part that ends when told to. */
  function part(what: string): MockPart & { end(code: number | null, signal: NodeJS.Signals | null): void } {
    let end: (value: { code: number | null; signal: NodeJS.Signals | null }) => void = () => {};
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      end = resolve;
    });
    return { what, ended, end: (code, signal) => end({ code, signal }) };
  }

  test('the first part to end decides; the rest is stopped once, before exited resolves', async () => {
    const [a, b] = [part('a'), part('b')];
    let stopped = false;
    const stopAll = vi.fn(async () => {
      b.end(0, null);
      stopped = true;
    });
    const { exited, stop } = superviseParts([a, b], stopAll);
    a.end(3, null);
    expect(await exited).toEqual({ expected: false, what: 'a', code: 3, signal: null });
    expect(stopped).toBe(true);
    await stop();
    expect(stopAll).toHaveBeenCalledTimes(1);
  });

  test('parts that end during stop() are the stop at work', async () => {
    const a = part('a');
    const { exited, stop } = superviseParts([a], async () => a.end(null, 'SIGTERM'));
    await stop();
    expect(await exited).toEqual({ expected: true, what: 'stop()', code: null, signal: null });
  });

  test('a failed stop rejects stop(), never exited', async () => {
    const a = part('a');
    const { exited, stop } = superviseParts([a], () => Promise.reject(new Error('stuck')));
    await expect(stop()).rejects.toThrow('stuck');
    await expect(exited).resolves.toMatchObject({ expected: true });
  });

  test('a server that closes on its own is a part that died', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
    const stopAll = vi.fn(async () => {});
    const { exited } = superviseParts([serverPart('the front server', closed)], stopAll);
    server.close();
    expect(await exited).toEqual({ expected: false, what: 'the front server', code: null, signal: null });
    expect(stopAll).toHaveBeenCalledTimes(1);
  });
});
