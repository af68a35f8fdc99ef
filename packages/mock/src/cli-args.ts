import { parseArgs } from 'node:util';
import type { MockOptions, ProxyOptions } from './options.js';

export const USAGE = `Usage: uploadcare-groups-mock [options]

Serves the Uploadcare file groups API from its OpenAPI document with Prism, or validates a real
server against it (--proxy). Prints the URL it listens on, then Prism's log on stderr.

Options:
  --port <n>        port to listen on (default 0: any free port)
  --host <host>     interface to listen on (default 127.0.0.1)
  --dynamic         generate bodies from the schemas instead of serving the examples
  --seed <seed>     seed for repeatable dynamic bodies (needs --dynamic)
  --errors          turn request/response violations into error responses
  --proxy <url>     validate requests and responses against the spec while forwarding them to <url>
  --spec <path>     serve another OpenAPI document instead of the bundled one
  --quiet           do not copy Prism's log to stderr
  -h, --help        show this help

Requests need the version Accept header (application/vnd.uploadcare-v0.7+json) and an
Authorization header. Stop with Ctrl-C.`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'mock'; options: MockOptions; quiet: boolean }
  | { kind: 'proxy'; options: ProxyOptions; quiet: boolean };

/** A command line that cannot be run; the CLI exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Turns the command line into what to start, or throws a {@link UsageError} naming the bad flag. */
export function parseCliArgs(argv: string[]): CliCommand {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { kind: 'help' };

  const options: MockOptions = {};
  if (values.port !== undefined) {
    if (!/^\d+$/.test(values.port) || Number(values.port) > 65_535) {
      throw new UsageError(`--port ${values.port}: expected a port number from 0 to 65535.`);
    }
    options.port = Number(values.port);
  }
  if (values.host !== undefined) options.host = values.host;
  if (values.spec !== undefined) options.specPath = values.spec;
  if (values.errors) options.errors = true;
  const quiet = values.quiet ?? false;

  if (values.proxy !== undefined) {
    if (values.dynamic || values.seed !== undefined) {
      throw new UsageError('--proxy cannot be combined with --dynamic or --seed: the upstream answers, not Prism.');
    }
    return { kind: 'proxy', options: { ...options, upstream: values.proxy }, quiet };
  }
  if (values.seed !== undefined && !values.dynamic) {
    throw new UsageError('--seed only applies to dynamic bodies: add --dynamic.');
  }
  if (values.dynamic) options.dynamic = true;
  if (values.seed !== undefined) options.seed = values.seed;
  return { kind: 'mock', options, quiet };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dynamic: { type: 'boolean' },
      seed: { type: 'string' },
      errors: { type: 'boolean' },
      proxy: { type: 'string' },
      spec: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
