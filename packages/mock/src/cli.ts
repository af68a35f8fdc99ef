// The `uploadcare-groups-mock` command: start the mock (stateful by default, Prism's examples,
// or the proxy), print its URL on stdout, copy Prism's log to stderr, and stop everything it
// started cleanly on Ctrl-C / SIGTERM / SIGHUP. Any other end of a part (Prism killed, by any
// signal) exits 1 naming it.
import { type CliCommand, parseCliArgs, USAGE } from './cli-args.js';
import { CONTROL_TOKEN_ENV } from './control/mock-control.js';
import { CONTROL_PREFIX } from './control/types.js';
import { readGroupsFile } from './data-file.js';
import type { RunningMock, StatefulMockOptions } from './options.js';
import { mockMode } from './options.js';
import { startMockProcess } from './start-mock.js';
import { startProxyProcess } from './start-proxy.js';

/** The signals that ask for a stop: the command stops everything it started and exits 0. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function main(argv: string[]): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
    const envToken = process.env[CONTROL_TOKEN_ENV];
    if (command.kind === 'mock' && !('controlToken' in command.options) && envToken && isStateful(command)) {
      (command.options as StatefulMockOptions).controlToken = envToken;
    }
    if (command.kind === 'mock' && command.dataFile !== undefined) {
      (command.options as StatefulMockOptions).groups = (await readGroupsFile(
        command.dataFile,
        '--data',
      )) as StatefulMockOptions['groups'];
    }
  } catch (error) {
    return usageFailure(error);
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const onOutput = command.quiet ? undefined : (chunk: string) => void process.stderr.write(chunk);
  let running: RunningMock;
  try {
    running =
      command.kind === 'proxy'
        ? await startProxyProcess(command.options, onOutput)
        : await startMockProcess(command.options, onOutput);
  } catch (error) {
    // Invalid options are the user's command line; anything else is a failed start.
    if (error instanceof TypeError) return usageFailure(error);
    process.stderr.write(`uploadcare-groups-mock: ${(error as Error).message}\n`);
    return 1;
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`uploadcare-groups-mock: ${signal} received, stopping…\n`);
      void running.stop().then(() => resolve(0));
    };
    // SIGHUP too: a closed terminal must not end this process without its stopping Prism.
    for (const signal of STOP_SIGNALS) process.on(signal, stop);
    // A part that ended on its own, however (Prism signalled from outside too: it runs in a
    // process group of its own, so a Ctrl-C on the terminal reaches only this process): the mock
    // has stopped the rest by the time this resolves.
    void running.exited.then(({ expected, what, code, signal }) => {
      if (stopping || expected) return;
      stopping = true;
      const how = signal ?? (code === null ? 'closed' : `exit code ${code}`);
      process.stderr.write(`uploadcare-groups-mock: ${what} ended unexpectedly (${how}).\n`);
      resolve(1);
    });
    // Announced once the stop handlers are in place: a signal sent on seeing the URL is handled.
    const served = command.kind === 'proxy' ? `proxy to ${command.options.upstream}` : 'mock';
    process.stdout.write(`Uploadcare groups ${served} listening on ${running.url}\n`);
    if ('controlToken' in running) {
      // On stdout, like the URL: a script driving the mock needs it to change its state.
      process.stdout.write(`Control token: ${running.controlToken}\n`);
      if (!command.quiet) {
        process.stderr.write(
          `uploadcare-groups-mock: control routes at ${running.url}${CONTROL_PREFIX}; to change state send Authorization: Bearer <control token> (see --help)\n`,
        );
      }
    }
  });
}

function isStateful(command: CliCommand & { kind: 'mock' }): boolean {
  try {
    return mockMode(command.options) === 'stateful';
  } catch {
    return false;
  }
}

function usageFailure(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`uploadcare-groups-mock: ${message}\nRun uploadcare-groups-mock --help for the options.\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
