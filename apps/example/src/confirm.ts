import { createInterface } from 'node:readline/promises';
import type { Io } from './io.js';

/**
 * Asks a yes/no question on the terminal (prompt on stderr, so stdout stays clean).
 * Only "y" or "yes" agrees; Ctrl-C, end of input or anything else declines.
 */
export async function confirm(io: Io, question: string): Promise<boolean> {
  const readline = createInterface({ input: io.stdin, output: io.stderr, terminal: true });
  const declined = new Promise<string>((resolve) => {
    readline.once('SIGINT', () => resolve(''));
    readline.once('close', () => resolve(''));
  });
  try {
    const answer = await Promise.race([readline.question(`${question} [y/N] `), declined]);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    readline.close();
    io.stderr.write('\n');
  }
}
