import { UploadcareApiError } from '@uploadcare-groups/client';
import { type Invocation, parseCommandLine } from './args.js';
import { runCreate } from './commands/create.js';
import { runDelete } from './commands/delete.js';
import { runInfo } from './commands/info.js';
import { runList } from './commands/list.js';
import { runStore } from './commands/store.js';
import { runUrl } from './commands/url.js';
import { InterruptedError } from './confirm.js';
import { type Connection, openConnection } from './connection.js';
import { exitCodes, reportFailure } from './errors.js';
import type { Io } from './io.js';
import { printNotice, printResult } from './output.js';
import { commandHelp, generalHelp, generalUsage, usageLine } from './usage.js';
import { UsageError } from './usage-error.js';

/** How long a failed command waits for the bundled mock to say it died, before reporting the failure alone. */
const MOCK_DEATH_WAIT_MS = 1_000;

/**
 * Runs one `ucgroups` invocation and resolves to its exit code: 0 success, 1 API or
 * network error, 2 usage error. Never throws; whatever it started is stopped before it
 * resolves.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let connection: Connection | undefined;
  try {
    const invocation = parseCommandLine(argv);
    switch (invocation.command) {
      case 'help':
        printResult(io, invocation.topic === undefined ? generalHelp() : commandHelp(invocation.topic));
        return exitCodes.ok;
      case 'url':
        runUrl(invocation, io);
        return exitCodes.ok;
    }
    // create calls the Upload API only: the public key is enough for it.
    const upload = invocation.command === 'create';
    connection = await openConnection(io, invocation.baseUrl, upload ? invocation.uploadUrl : undefined, upload);
    return await runApiCommand(invocation, connection, io);
  } catch (error) {
    if (io.signal.aborted) return abortedExitCode(io);
    if (error instanceof InterruptedError) return exitCodes.interrupted;
    const report = reportFailure(error);
    // A request to the bundled mock that failed on the way (no answer, or a 5xx from its front)
    // may be its death: say which part died (the mock names it once it has stopped the rest, a
    // moment after the request failed). An ordinary API error waits for nothing.
    const onTheWay = !(error instanceof UploadcareApiError && error.status < 500);
    const death =
      report.exitCode === exitCodes.failure && onTheWay ? await connection?.mockDeath(MOCK_DEATH_WAIT_MS) : undefined;
    if (death !== undefined) printNotice(io, death);
    printNotice(io, report.message);
    if (report.exitCode === exitCodes.usage) {
      const command = error instanceof UsageError ? error.command : undefined;
      io.stderr.write(
        command === undefined
          ? `${generalUsage()}\n`
          : `${usageLine(command)}\n(ucgroups ${command} --help for more)\n`,
      );
    }
    return report.exitCode;
  } finally {
    await connection?.close().catch((error: unknown) => {
      printNotice(io, `could not stop the bundled mock: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

type ApiInvocation = Exclude<Invocation, { command: 'help' | 'url' }>;

/** The commands that call the API, each resolving to its exit code. */
async function runApiCommand(invocation: ApiInvocation, connection: Connection, io: Io): Promise<number> {
  switch (invocation.command) {
    case 'list':
      await runList(invocation, connection.groups, io);
      return exitCodes.ok;
    case 'info':
      await runInfo(invocation, connection.groups, io);
      return exitCodes.ok;
    case 'store':
      await runStore(invocation, connection.groups, io);
      return exitCodes.ok;
    case 'delete':
      return runDelete(invocation, connection.groups, io);
    case 'create':
      await runCreate(invocation, connection.groups, io);
      return exitCodes.ok;
  }
}

/** SIGINT ends with 130, SIGTERM with 143 and SIGHUP with 129, as shells expect; a reader that went away is no failure. */
function abortedExitCode(io: Io): number {
  if (io.signal.reason === 'stdout-closed') return exitCodes.ok;
  if (io.signal.reason === 'SIGHUP') return exitCodes.hungUp;
  return io.signal.reason === 'SIGTERM' ? exitCodes.terminated : exitCodes.interrupted;
}
