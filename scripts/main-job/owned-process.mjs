// A child process the main job started and therefore stops: its exit as a promise, the tail of
// what it printed (to explain a failure), and a stop that escalates from SIGTERM to SIGKILL.
import { spawn } from 'node:child_process';

const STOP_GRACE_MS = 5000;

/** Keeps the last few kilobytes of text, to explain a failure. */
export function tail(limit = 4000) {
  let text = '';
  return {
    add(chunk) {
      text = (text + chunk).slice(-limit);
    },
    get text() {
      return text.trim();
    },
  };
}

/** `exit code 1` or `signal SIGTERM`. */
export function describeExit({ code, signal }) {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/**
 * Spawns `command args` with piped output. `onOutput(chunk, stream)` sees the output as it
 * comes (it is also kept in `output`). Resolves nothing by itself: `exited` resolves with
 * `{ code, signal }` once the process has ended, however that happened (a failed spawn counts
 * as exit code 127, with the reason in the output).
 */
export function spawnOwned(name, command, args, { onOutput, ...options } = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const output = tail();
  for (const stream of ['stdout', 'stderr']) {
    child[stream]?.setEncoding('utf8');
    child[stream]?.on('data', (chunk) => {
      output.add(chunk);
      onOutput?.(chunk, stream);
    });
  }
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      output.add(`could not start: ${error.message}`);
      resolve({ code: 127, signal: null });
    });
    // 'close', not 'exit': the pipes are drained by then, so the output holds its last words.
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  let stopping;
  return {
    name,
    child,
    output,
    exited,
    get running() {
      return child.exitCode === null && child.signalCode === null && child.pid !== undefined;
    },
    /** SIGTERM, then SIGKILL after a grace period; resolves once the process has ended. */
    stop(graceMs = STOP_GRACE_MS) {
      stopping ??= (async () => {
        if (!this.running) return exited;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        const result = await exited;
        clearTimeout(timer);
        return result;
      })();
      return stopping;
    },
  };
}
