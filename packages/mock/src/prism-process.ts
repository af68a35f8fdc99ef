import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { MockPart, PartEnd } from './mock-exit.js';
import { MockStartError } from './mock-start-error.js';
import { OutputBuffer } from './output-buffer.js';
import { ownerEnv } from './parent-watch.js';
import { GUARD_ENV } from './prism-guard.js';
import { READY_LINE } from './prism-ready.js';
import { urlHost } from './url-host.js';

/** How long Prism gets to exit after SIGTERM before it is killed outright. */
const STOP_GRACE_MS = 5_000;

const READY = new RegExp(`^${READY_LINE}(\\d+)$`);

export interface LaunchOptions {
  host: string;
  port: number;
  startTimeoutMs: number;
  /** Prism answers only requests carrying this token (prism-guard.ts): the front's. */
  guardToken?: string;
  /** Receives Prism's output as it comes (the CLI forwards it; the library only buffers it). */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
}

/** A started Prism: what a mock is built on, with what the public `RunningMock` hides. */
export interface PrismProcess {
  /** Base URL without a trailing slash. */
  url: string;
  port: number;
  pid: number;
  /** Resolves when the process has exited, however that happened; never rejects. */
  ended: Promise<PartEnd>;
  /** The tail of Prism's output so far. */
  output(): string;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
  stop(): Promise<void>;
}

/** Prism as a part of a mock, named by its pid for the `exited` of the mock. */
export function prismPart(prism: PrismProcess): MockPart {
  return { what: `Prism (pid ${prism.pid})`, ended: prism.ended };
}

const prismBin = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
/** Runs Prism's command line with the modules it does not need deferred (see prism-launcher.ts). */
const launcher = fileURLToPath(new URL('./prism-launcher.js', import.meta.url));

/**
 * Prism runs in a process group of its own, so only its owner stops it: a Ctrl-C or a hangup on
 * the owner's terminal signals the owner's group, the owner stops Prism, and any other end of
 * Prism (a signal sent to it alone, a crash) is a death that `exited` reports, never taken for a
 * stop that was asked for. If the owner dies without stopping it, Prism sees it gone and exits.
 */
const ownedDetached = { detached: process.platform !== 'win32' };

/** Children still running, killed when this process exits so a forgotten stop() leaks nothing. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function trackUntilExit(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of live) c.kill('SIGKILL');
    });
  }
}

/**
 * Spawns Prism's CLI with `args` (`mock …` or `proxy …`) and resolves once it listens.
 *
 * Prism 5.14.2 accepts `--port 0`: the OS picks a free port as Prism binds it, and the launcher
 * (prism-launcher.ts) prints the real one in its READY_LINE, read here, at any Prism log level.
 * No port is pre-allocated, so there is no window in which another process could take it.
 */
export function launchPrism(args: string[], options: LaunchOptions): Promise<PrismProcess> {
  const output = new OutputBuffer();
  const child = spawn(process.execPath, [launcher, prismBin, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Plain log lines: the listening line is parsed and the output ends up in error messages.
    // The owner's pid: Prism exits once this process is gone (see parent-watch.ts).
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...ownerEnv(),
      ...(options.guardToken !== undefined && { [GUARD_ENV]: options.guardToken }),
    },
    ...ownedDetached,
    windowsHide: true,
  });
  const ended = new Promise<PartEnd>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  trackUntilExit(child);

  return new Promise<PrismProcess>((resolve, reject) => {
    let settled = false;
    let pendingLine = '';
    const timer = setTimeout(
      () => fail(`Prism did not start listening within ${options.startTimeoutMs} ms.`),
      options.startTimeoutMs,
    );

    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void terminate(child, ended).then(() => reject(new MockStartError(reason, output.toString())));
    };

    const onChunk = (stream: 'stdout' | 'stderr') => (data: Buffer) => {
      let chunk = data.toString('utf8');
      if (!settled && stream === 'stdout') {
        pendingLine += chunk;
        const lines = pendingLine.split('\n');
        pendingLine = lines.pop() ?? '';
        const port = lines.map((line) => READY.exec(line)?.[1]).find((found) => found !== undefined);
        // The launcher's line is for this process, not for Prism's log.
        chunk = chunk.replace(new RegExp(`^${READY_LINE}\\d+\n`, 'm'), '');
        if (port !== undefined) {
          if (chunk !== '') forward(chunk, stream);
          return ready(Number(port));
        }
      }
      forward(chunk, stream);
    };
    const forward = (chunk: string, stream: 'stdout' | 'stderr') => {
      if (chunk === '') return;
      output.append(chunk);
      options.onOutput?.(chunk, stream);
    };
    // Both pipes are drained for the whole life of the process: a full pipe would block Prism.
    child.stdout?.on('data', onChunk('stdout'));
    child.stderr?.on('data', onChunk('stderr'));

    const ready = (port: number) => {
      if (!Number.isInteger(port) || port <= 0) return fail(`Prism reported no port it listens on (${port}).`);
      settled = true;
      clearTimeout(timer);
      let stopping: Promise<void> | undefined;
      resolve({
        url: `http://${urlHost(options.host)}:${port}`,
        port,
        pid: child.pid as number,
        ended,
        output: () => output.toString(),
        stop: () => {
          stopping ??= terminate(child, ended);
          return stopping;
        },
      });
    };

    child.once('error', (error) => fail(`Could not start Prism (${process.execPath} ${prismBin}): ${error.message}`));
    // 'close', not 'exit': it comes after the pipes are drained, so the output holds Prism's last words.
    child.once('close', (code, signal) => {
      const text = output.toString();
      if (/EADDRINUSE/.test(text)) {
        return fail(
          `Port ${options.port} on ${options.host} is already in use; choose another port or 0 for any free one.`,
        );
      }
      if (/EADDRNOTAVAIL|ENOTFOUND|EAI_AGAIN/.test(text)) {
        return fail(`Cannot listen on host ${options.host}: it is not an address of this machine.`);
      }
      fail(`Prism exited before listening (${signal ? `signal ${signal}` : `exit code ${code}`}).`);
    });
  });
}

/** SIGTERM, then SIGKILL if Prism is still there after a grace period; resolves on its exit. */
async function terminate(child: ChildProcess, ended: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_GRACE_MS);
  });
  const outcome = await Promise.race([ended, graceOver]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await ended;
  }
}
