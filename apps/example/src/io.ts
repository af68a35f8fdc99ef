/** The process's streams and environment, passed in so tests and the CLI entry agree on them. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Readonly<Record<string, string | undefined>>;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  /**
   * Aborted on SIGINT, SIGTERM or SIGHUP (the reason is the signal's name) or when stdout's reader goes
   * away (`ucgroups list --all | head`; the reason is `'stdout-closed'`).
   */
  signal: AbortSignal;
}
