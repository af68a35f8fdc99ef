// Ends the job when the process that started it is gone. Linux gives a process no notice of
// its parent's death (short of prctl, which Node does not offer), but the orphan is adopted at
// once by PID 1 or a subreaper, so a change of `process.ppid` tells. This covers a parent that
// died by SIGKILL or that exited without passing a signal on.

/** Calls `onGone(formerParentPid)` once the parent has changed; returns a function that stops watching. */
export function watchParent(onGone, intervalMs = 250) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone(parent);
  }, intervalMs);
  return () => clearInterval(timer);
}
