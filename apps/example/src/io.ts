/** The process's streams and environment, passed in so tests and the CLI entry agree on them. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Readonly<Record<string, string | undefined>>;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Aborted on Ctrl-C or when stdout's reader goes away (`ucgroups list --all | head`). */
  signal: AbortSignal;
}
