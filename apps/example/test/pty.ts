import { spawn } from 'node:child_process';
import { descendants, waitFor } from './proc.js';

/**
 * Runs a command on a real pseudo-terminal through util-linux `script`, so the program sees a
 * TTY on stdin, stdout and stderr. What the test writes is typed at that terminal (Ctrl-C
 * typed is `\x03`); the program's pid is known, so real signals can be sent to it.
 */
export interface PtyProcess {
  /** Everything the terminal showed so far. */
  output(): string;
  /** Types `text` at the terminal. */
  type(text: string): void;
  /** Resolves once the terminal has shown `text`. */
  waitForOutput(text: string): Promise<void>;
  /** The program's pid (script's child: the command is exec'd). */
  pid(): Promise<number>;
  /** The program's exit code, as `script -e` reports it. */
  exitCode: Promise<number | null>;
  /** Ends script if it is still there. */
  kill(): void;
}

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

export function runOnPty(argv: readonly string[], env: NodeJS.ProcessEnv): PtyProcess {
  const command = `exec ${argv.map(quote).join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...env, SHELL: '/bin/sh', TERM: 'xterm' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exitCode = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  return {
    output: () => output,
    type: (text) => child.stdin.write(text),
    waitForOutput: async (text) => {
      await waitFor(`${JSON.stringify(text)} on the terminal (shown: ${JSON.stringify(output)})`, () =>
        output.includes(text) ? true : undefined,
      );
    },
    pid: () => waitFor('the program under script', () => descendants(child.pid as number)[0]?.pid),
    exitCode,
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
