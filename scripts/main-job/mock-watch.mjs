// STOPGAP until the mock's public API says when it stops. `startMock()` resolves with
// `{ url, port, stop }` (RunningMock) and nothing else: no exit promise, no pids. The job must
// still notice a mock that dies under it (its Prism killed), so, for now:
// the mock's processes are the job's own children that it did not spawn itself, taken right
// after `startMock()` resolves, and /proc is polled for them (their start time guards against
// a reused pid). Where there is no /proc (macOS, Windows) the mock goes unwatched. Replace all
// this with the mock's own hook (e.g. `RunningMock.exited`) once it has one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Fields of /proc/<pid>/stat after the command name: state is [0], ppid [1], start time [19]. */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** The running children of this process, as /proc lists them. */
function ownChildren() {
  const children = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(name);
    if (fields && Number(fields[1]) === process.pid && fields[0] !== 'Z') children.push(Number(name));
  }
  return children;
}

/** A short name for one of the mock's processes, for the message that it died. */
function describeProcess(pid, command) {
  const what = /prism/i.test(command) ? 'Prism' : (command.split(' ')[0] ?? 'a process');
  return `${what}, pid ${pid}`;
}

function watchProcesses(pids, onExit, intervalMs) {
  const watched = pids.map((pid) => ({ pid, started: statFields(pid)?.[19], command: commandLine(pid) }));
  const timer = setInterval(() => {
    for (const { pid, started, command } of watched) {
      const fields = statFields(pid);
      if (fields && fields[0] !== 'Z' && fields[19] === started) continue;
      clearInterval(timer);
      onExit(describeProcess(pid, command));
      return;
    }
  }, intervalMs);
  return () => clearInterval(timer);
}

/**
 * Watches the mock just started and calls `onExit(description)` once when it is found gone.
 * `notOurs`: pids of running children the job spawned itself. Returns `{ pids, stop }`.
 */
export function watchMock(onExit, { notOurs = [], intervalMs = 250 } = {}) {
  if (existsSync('/proc/self/stat')) {
    const pids = ownChildren().filter((pid) => !notOurs.includes(pid));
    return { pids, stop: watchProcesses(pids, onExit, intervalMs) };
  }
  return { pids: [], stop: () => {} };
}
