// How a child this package spawns (Prism, through prism-launcher.ts) ends when its owner is
// gone, however the owner died: a SIGKILL or a signal it had no handler for gives it no chance to
// stop its children, so the child watches. Linux gives a process no notice of its parent's death
// (short of prctl, which Node does not offer), but the orphan is adopted at once by PID 1 or a
// subreaper, so a change of `process.ppid` tells. The main job (scripts/main-job/parent-watch.mjs)
// watches its own parent the same way.
//
// The owner passes its pid in the environment: a child that is already an orphan when it starts
// (its owner died while it was being spawned) is then caught at the first check too.

/** The environment variable holding the pid of the process that owns a spawned child. */
export const OWNER_PID_VARIABLE = 'UPLOADCARE_GROUPS_MOCK_OWNER_PID';

/** How often a child checks that its owner is still its parent. */
const POLL_MS = 250;

/** The environment entry that tells a child it is owned by this process. */
export function ownerEnv(): Record<string, string> {
  return { [OWNER_PID_VARIABLE]: String(process.pid) };
}

/**
 * Calls `onGone(ownerPid)` once this process's parent is no longer `ownerPid` (the owner named in
 * `env`, else the parent at the time of the call). The timer does not keep the process alive.
 * Returns a function that stops watching.
 */
export function watchOwner(
  onGone: (ownerPid: number) => void,
  env: NodeJS.ProcessEnv = process.env,
  intervalMs = POLL_MS,
): () => void {
  const named = Number(env[OWNER_PID_VARIABLE]);
  const owner = Number.isInteger(named) && named > 0 ? named : process.ppid;
  const check = () => {
    if (process.ppid === owner) return false;
    clearInterval(timer);
    onGone(owner);
    return true;
  };
  const timer = setInterval(check, intervalMs);
  timer.unref();
  check();
  return () => clearInterval(timer);
}
