import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { descendants, isRunning, type ProcessInfo, processInfo, waitFor } from './proc.js';

/**
 * `pnpm start --no-build` (the README's main job; the build is done before the tests) started
 * in a session and process group of its own, with the pids of its process tree: pnpm, the
 * job, the mock's Prism and the docs server, so that tests can send each of them real signals
 * and then check with /proc that nothing survives.
 */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface JobTree {
  /** What was spawned: pnpm itself, or `script` holding pnpm on a pseudo-terminal. */
  launcher: ChildProcess;
  pnpm: number;
  job: number;
  prism: number;
  docs: number;
  /** Every process of the tree when it was serving. */
  all: ProcessInfo[];
  stdout(): string;
  stderr(): string;
  /** How the launcher ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Types at the terminal (on a pseudo-terminal only). */
  type(text: string): void;
  /** Kills whatever is left (after a failed test). */
  cleanup(): void;
}

const serving = 'Serving until Ctrl-C.';

/** Starts the job through pnpm and resolves once it serves. `onPty` runs it on a pseudo-terminal. */
export async function startJobTree({ onPty = false } = {}): Promise<JobTree> {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('UPLOADCARE_')) delete env[name];
  const launcher = onPty
    ? spawn('script', ['-qfec', 'exec pnpm start --no-build', '/dev/null'], {
        cwd: repoRoot,
        env: { ...env, SHELL: '/bin/sh', TERM: 'xterm' },
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      })
    : spawn('pnpm', ['start', '--no-build'], { cwd: repoRoot, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  launcher.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  launcher.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    launcher.once('close', (code, signal) => resolve({ code, signal }));
  });
  const root = launcher.pid as number;
  let all: ProcessInfo[] = [];
  const cleanup = () => {
    for (const info of [...all].reverse()) if (isRunning(info.pid)) process.kill(info.pid, 'SIGKILL');
    if (isRunning(root)) process.kill(-root, 'SIGKILL');
  };
  try {
    await waitFor(
      `the job to serve (stdout: ${JSON.stringify(stdout)}, stderr: ${JSON.stringify(stderr)})`,
      () => (stdout.includes(serving) || launcher.exitCode !== null ? true : undefined),
      90_000,
    );
    if (!stdout.includes(serving)) throw new Error(`the job ended before serving:\n${stdout}\n${stderr}`);
    all = [processInfo(root) as ProcessInfo, ...descendants(root)];
    const find = (what: string, text: string) => {
      const found = all.find((info) => info.command.includes(text));
      if (!found) throw new Error(`no ${what} in the tree: ${all.map((info) => info.command).join('\n')}`);
      return found.pid;
    };
    return {
      launcher,
      pnpm: find('pnpm', 'pnpm start'),
      job: find('job', 'scripts/main-job.mjs'),
      prism: find('Prism', '@stoplight/prism-cli'),
      docs: find('docs server', 'apps/docs/scripts/serve.mjs'),
      all,
      stdout: () => stdout,
      stderr: () => stderr,
      exited,
      type: (text) => launcher.stdin?.write(text),
      cleanup,
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** The processes of the tree still running, `within` ms after the launcher ended (none expected). */
export async function survivors(tree: JobTree, withinMs = 0): Promise<ProcessInfo[]> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const left = tree.all.filter((info) => isRunning(info.pid));
    if (left.length === 0 || Date.now() >= deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
