// `RunningMock.exited`: one promise saying when a mock stopped serving, and why. A mock is made
// of parts (Prism's process; for the stateful mock also the front server and the groups
// service). The first part to end on its own decides, and the mock stops the others at once, so
// whoever waits on `exited` is left with nothing of the mock running; `stop()` settles it as
// expected. It never rejects: a caller can await it without a catch.

/**
 * How a mock stopped serving: what {@link RunningMock.exited} resolves to.
 *
 * @example
 * ```ts
 * const mock = await startMock();
 * mock.exited.then(({ expected, what, code, signal }) => {
 *   if (!expected) console.error(`the mock died: ${what} (${signal ?? `exit code ${code}`})`);
 * });
 * ```
 */
export interface MockExit {
  /** `true` when `stop()` ended it; `false` when one of its parts ended on its own. */
  expected: boolean;
  /** What ended it: `'stop()'`, or the part that died, e.g. `'Prism (pid 4242)'`. */
  what: string;
  /** The exit code of the process that died; `null` after `stop()` and for a server that closed. */
  code: number | null;
  /** The signal that ended the process that died; `null` after `stop()`, for a server, or an exit with a code. */
  signal: NodeJS.Signals | null;
}

/** How a process ended (`code` or `signal`), or `{ null, null }` for a server that closed. */
export interface PartEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A part of a mock that can end on its own: its name and the promise of its end (never rejected). */
export interface MockPart {
  what: string;
  ended: Promise<PartEnd>;
}

/** The end of a server: the promise its `'close'` event settles, as a {@link PartEnd}. */
export function serverPart(what: string, closed: Promise<void>): MockPart {
  return { what, ended: closed.then(() => ({ code: null, signal: null })) };
}

/**
 * Watches `parts` and gives the mock its `exited` and its `stop()`. `stopAll` stops every part
 * (each safe to stop twice, or once it has ended); it runs once, from `stop()` or after the
 * first part that ended on its own, and `exited` resolves when it is done.
 */
export function superviseParts(
  parts: readonly MockPart[],
  stopAll: () => Promise<void>,
): { exited: Promise<MockExit>; stop(): Promise<void> } {
  let settle: (exit: MockExit) => void = () => {};
  const exited = new Promise<MockExit>((resolve) => {
    settle = resolve;
  });
  let stopping: Promise<void> | undefined;
  const stopFor = (exit: MockExit): Promise<void> => {
    if (stopping === undefined) {
      stopping = stopAll();
      // Settled either way: `exited` never rejects (a failed stop rejects `stop()` itself).
      stopping.then(
        () => settle(exit),
        () => settle(exit),
      );
    }
    return stopping;
  };
  for (const part of parts) {
    void part.ended.then(({ code, signal }) => {
      // A part ending after stop() (or after another part's death) is the stop at work.
      if (stopping !== undefined) return;
      // The rest is stopped for the caller; a failure to stop it shows in the caller's stop().
      stopFor({ expected: false, what: part.what, code, signal }).catch(() => {});
    });
  }
  return { exited, stop: () => stopFor({ expected: true, what: 'stop()', code: null, signal: null }) };
}
