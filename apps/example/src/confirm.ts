import { createInterface } from 'node:readline/promises';
import type { Io } from './io.js';

/** Ctrl-C typed at a prompt: on a terminal in raw mode it is a key, not a signal, yet means the same. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
}

/**
 * Asks a yes/no question on the terminal (prompt on stderr, so stdout stays clean).
 * Only "y" or "yes" agrees; end of input or anything else declines. It never outwaits a stop
 * request: Ctrl-C typed at the prompt throws an {@link InterruptedError}, and a SIGINT or
 * SIGTERM sent to the process (`io.signal`) rejects at once with the signal's AbortError.
 */
export async function confirm(io: Io, question: string): Promise<boolean> {
  io.signal.throwIfAborted();
  const readline = createInterface({ input: io.stdin, output: io.stderr, terminal: true });
  const typedInterrupt = new Promise<never>((_, reject) => {
    readline.once('SIGINT', () => reject(new InterruptedError('interrupted')));
  });
  const endOfInput = new Promise<string>((resolve) => readline.once('close', () => resolve('')));
  try {
    const answer = await Promise.race([
      readline.question(`${question} [y/N] `, { signal: io.signal }),
      typedInterrupt,
      endOfInput,
    ]);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    readline.close();
    io.stderr.write('\n');
  }
}
