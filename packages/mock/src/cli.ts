// The `uploadcare-groups-mock` command: start the mock (or proxy), print its URL on stdout, copy
// Prism's log to stderr, and stop Prism cleanly on Ctrl-C / SIGTERM.
import { parseCliArgs, USAGE, UsageError } from './cli-args.js';
import type { PrismProcess } from './prism-process.js';
import { startMockProcess } from './start-mock.js';
import { startProxyProcess } from './start-proxy.js';

async function main(argv: string[]): Promise<number> {
  let command: ReturnType<typeof parseCliArgs>;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    return usageFailure(error);
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const onOutput = command.quiet ? undefined : (chunk: string) => void process.stderr.write(chunk);
  let prism: PrismProcess;
  try {
    prism =
      command.kind === 'proxy'
        ? await startProxyProcess(command.options, onOutput)
        : await startMockProcess(command.options, onOutput);
  } catch (error) {
    // Invalid options are the user's command line; anything else is Prism failing to start.
    if (error instanceof TypeError) return usageFailure(error);
    process.stderr.write(`uploadcare-groups-mock: ${(error as Error).message}\n`);
    return 1;
  }

  const what = command.kind === 'proxy' ? `proxy to ${command.options.upstream}` : 'mock';
  process.stdout.write(`Uploadcare groups ${what} listening on ${prism.url}\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`uploadcare-groups-mock: ${signal} received, stopping Prism…\n`);
      void prism.stop().then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    void prism.exited.then(({ code, signal }) => {
      if (stopping) return;
      // Ctrl-C in a terminal signals the whole process group, so Prism may exit before our own
      // handler runs: that is still a requested stop.
      if (signal === 'SIGINT' || signal === 'SIGTERM') {
        stopping = true;
        return resolve(0);
      }
      process.stderr.write(`uploadcare-groups-mock: Prism exited unexpectedly (${signal ?? `exit code ${code}`}).\n`);
      resolve(1);
    });
  });
}

function usageFailure(error: unknown): number {
  const message = error instanceof UsageError || error instanceof TypeError ? error.message : String(error);
  process.stderr.write(`uploadcare-groups-mock: ${message}\nRun uploadcare-groups-mock --help for the options.\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
