import { readdirSync, readFileSync } from 'node:fs';

/**
 * The process tree as Linux's /proc shows it, for tests that send real signals to real
 * processes and check that none survives.
 */

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** R, S, Z…: a zombie (Z) has ended, only its exit status waits to be collected. */
  state: string;
  command: string;
}

/** What /proc/<pid>/stat and cmdline say of `pid`, or undefined when it is gone. */
export function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself hold spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { pid, state: fields[0] ?? '', ppid: Number(fields[1]), pgid: Number(fields[2]), command };
  } catch {
    return undefined;
  }
}

/** True while `pid` runs (a zombie has ended). */
export function isRunning(pid: number): boolean {
  const info = processInfo(pid);
  return info !== undefined && info.state !== 'Z';
}

function allProcesses(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => processInfo(Number(name)))
    .filter((info): info is ProcessInfo => info !== undefined);
}

/** `pid`'s running descendants, parents before their children. */
export function descendants(pid: number): ProcessInfo[] {
  const all = allProcesses().filter((info) => info.state !== 'Z');
  const found: ProcessInfo[] = [];
  let parents = [pid];
  while (parents.length > 0) {
    const children = all.filter((info) => parents.includes(info.ppid));
    found.push(...children);
    parents = children.map((info) => info.pid);
  }
  return found;
}

/** Running processes whose command line contains `text`. */
export function processesWith(text: string): ProcessInfo[] {
  return allProcesses().filter((info) => info.state !== 'Z' && info.command.includes(text));
}

/** Resolves with the value `probe` returns once it is not undefined, polling; rejects after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
