import { parseArgs } from 'node:util';
import { CONTROL_PREFIX, CONTROL_ROUTES } from './control/types.js';
import { DEFAULT_GROUP_COUNT, DEFAULT_SEED, DEMO_KEYS } from './fake/index.js';
import { OPERATION_IDS, OPERATIONS } from './generated/operations.js';
import type { ExamplesMockOptions, MockOptions, ProxyOptions, StatefulMockOptions } from './options.js';

const controlRoutes = Object.values(CONTROL_ROUTES)
  .map((route) => `    ${route.method.padEnd(6)} ${CONTROL_PREFIX}${route.path}`)
  .join('\n');
const operations = OPERATION_IDS.map((id) => {
  const { method, path, accept } = OPERATIONS[id];
  return `  ${method.padEnd(6)} ${path.padEnd(28)} Accept: ${accept[0]}`;
}).join('\n');

export const USAGE = `Usage: uploadcare-groups-mock [options]

Serves the Uploadcare file groups API on one port: a stateful groups service behind Prism's
validating proxy (the default), Prism's example server (--examples), or only the proxy in front
of another server (--proxy). Prints the URL it listens on, then Prism's log on stderr.

Stateful service (the default):
  --seed <seed>                   seed of the generated groups (default ${DEFAULT_SEED})
  --groups <n>                    how many groups to generate (default ${DEFAULT_GROUP_COUNT})
  --data <file>                   serve the groups in this JSON file instead (an array of groups
                                  with their files, checked against the spec's schema)
  --public-key <key>              a project key pair (default ${DEMO_KEYS.publicKey} / ${DEMO_KEYS.secretKey});
  --secret-key <key>              repeat both for more pairs
  --allow-simple-auth-over-http   accept Uploadcare.Simple over plain HTTP (the service answers 400)
  --throttle-every <n>            answer every n-th request with 429 and Retry-After
  --retry-after <s>               seconds in those Retry-After headers (default 1)
  --fail-every <n>                answer every n-th request with a server error
  --fail-status <code>            the status of those errors, 500 to 599 (default 500)
  --latency-ms <ms>               wait this long before every answer
  --response-violations <what>    an answer that breaks the spec: fail (default: a 500 naming the
                                  violation) or report (passed on, in the stats)
  --control-origin <origin>       let web pages on this origin use the control routes (repeat for
                                  more); pages on other origins never can
  --control-token <token>         the token state-changing control requests must send as
                                  Authorization: Bearer <token> (default: UPLOADCARE_MOCK_CONTROL_TOKEN,
                                  else a random one, printed on stdout)

  Control routes (not part of the API; answered by the mock itself, only to requests sent to
  127.0.0.1, localhost or [::1] with the mock's port, from no web page or an allowed one):
${controlRoutes}

Prism's example server:
  --examples                      serve the documented examples instead (Prefer: code=N picks errors)
  --dynamic                       generate bodies from the schemas (implies --examples)
  --seed <seed>                   with --dynamic: seed for repeatable bodies
  --errors                        turn request violations into error responses (implies --examples)

Validating proxy:
  --proxy <url>                   check requests and answers against the spec while forwarding to <url>
  --errors                        refuse violating requests, replace violating answers

Any mode:
  --port <n>                      port to listen on (default 0: any free port)
  --host <host>                   interface to listen on (default 127.0.0.1)
  --spec <path>                   check against another OpenAPI document than the bundled one
  --request-timeout-ms <ms>       the most a request may take, to arrive and to be answered
                                  (default 30000; then 504)
  --verbose                       let Prism log every request (slower); by default it logs
                                  only violations and failures
  --quiet                         do not copy Prism's log to stderr
  -h, --help                      show this help

The API's operations, with the version media type each takes in Accept:
${operations}
Requests need that Accept header and an Authorization header, signed with the keys above
(or any, in --examples mode). Stop with Ctrl-C.`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'mock'; options: MockOptions; quiet: boolean; dataFile?: string }
  | { kind: 'proxy'; options: ProxyOptions; quiet: boolean };

/** A command line that cannot be run; the CLI exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Values = ReturnType<typeof parse>['values'];

const STATEFUL_FLAGS = [
  'groups',
  'data',
  'public-key',
  'secret-key',
  'allow-simple-auth-over-http',
  'throttle-every',
  'retry-after',
  'fail-every',
  'fail-status',
  'latency-ms',
  'response-violations',
  'control-origin',
  'control-token',
] as const;
const EXAMPLES_FLAGS = ['examples', 'dynamic'] as const;

/** Turns the command line into what to start, or throws a {@link UsageError} naming the bad flag. */
export function parseCliArgs(argv: string[]): CliCommand {
  let values: Values;
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { kind: 'help' };

  const common: ExamplesMockOptions = {};
  if (values.port !== undefined) {
    if (!/^\d+$/.test(values.port) || Number(values.port) > 65_535) {
      throw new UsageError(`--port ${values.port}: expected a port number from 0 to 65535.`);
    }
    common.port = Number(values.port);
  }
  if (values.host !== undefined) common.host = values.host;
  if (values.spec !== undefined) common.specPath = values.spec;
  if (values['request-timeout-ms'] !== undefined) {
    common.requestTimeoutMs = whole('--request-timeout-ms', values['request-timeout-ms']);
  }
  if (values.verbose) common.verbose = true;
  const quiet = values.quiet ?? false;
  const given = (flag: string) => values[flag as keyof Values] !== undefined;
  const refuse = (flags: readonly string[], where: string) => {
    const wrong = flags.filter(given);
    if (wrong.length > 0) throw new UsageError(`--${wrong[0]} ${where}.`);
  };

  if (values.proxy !== undefined) {
    refuse([...EXAMPLES_FLAGS, 'seed', ...STATEFUL_FLAGS], 'cannot be combined with --proxy: the upstream answers');
    return {
      kind: 'proxy',
      options: { ...common, upstream: values.proxy, ...(values.errors && { errors: true }) },
      quiet,
    };
  }
  if (values.examples || values.dynamic || values.errors) {
    refuse(STATEFUL_FLAGS, 'only applies to the stateful mock (leave out --examples, --dynamic and --errors)');
    if (values.seed !== undefined && !values.dynamic) {
      throw new UsageError('--seed only applies to dynamic bodies in --examples mode: add --dynamic.');
    }
    const options: ExamplesMockOptions = { ...common, mode: 'examples' };
    if (values.dynamic) options.dynamic = true;
    if (values.seed !== undefined) options.seed = values.seed;
    if (values.errors) options.errors = true;
    return { kind: 'mock', options, quiet };
  }
  return statefulCommand(values, common as StatefulMockOptions, quiet);
}

function statefulCommand(values: Values, common: StatefulMockOptions, quiet: boolean): CliCommand {
  const options: StatefulMockOptions = { ...common };
  if (values.seed !== undefined) options.seed = values.seed;
  if (values.groups !== undefined) {
    if (values.data !== undefined) throw new UsageError('--groups and --data exclude each other: generate or load.');
    options.groups = whole('--groups', values.groups);
  }
  const publicKeys = values['public-key'] ?? [];
  const secretKeys = values['secret-key'] ?? [];
  if (publicKeys.length !== secretKeys.length) {
    throw new UsageError('--public-key and --secret-key come in pairs: give each key pair as both flags.');
  }
  if (publicKeys.length > 0) {
    options.keys = publicKeys.map((publicKey, i) => ({ publicKey, secretKey: secretKeys[i] as string }));
  }
  if (values['allow-simple-auth-over-http']) options.allowSimpleAuthOverHttp = true;
  if (values['retry-after'] !== undefined && values['throttle-every'] === undefined) {
    throw new UsageError('--retry-after applies to throttled answers: add --throttle-every.');
  }
  if (values['throttle-every'] !== undefined) {
    options.throttle = { every: whole('--throttle-every', values['throttle-every']) };
    if (values['retry-after'] !== undefined)
      options.throttle.retryAfter = whole('--retry-after', values['retry-after']);
  }
  if (values['fail-status'] !== undefined && values['fail-every'] === undefined) {
    throw new UsageError('--fail-status applies to failed answers: add --fail-every.');
  }
  if (values['fail-every'] !== undefined) {
    options.fail = { every: whole('--fail-every', values['fail-every']) };
    if (values['fail-status'] !== undefined) options.fail.status = whole('--fail-status', values['fail-status']);
  }
  if (values['latency-ms'] !== undefined) options.latencyMs = whole('--latency-ms', values['latency-ms']);
  const policy = values['response-violations'];
  if (policy !== undefined) {
    if (policy !== 'fail' && policy !== 'report') {
      throw new UsageError(`--response-violations ${policy}: expected fail or report.`);
    }
    options.responseViolations = policy;
  }
  if (values['control-origin'] !== undefined) options.controlOrigins = values['control-origin'];
  if (values['control-token'] !== undefined) options.controlToken = values['control-token'];
  return {
    kind: 'mock',
    options,
    quiet,
    ...(values.data !== undefined && { dataFile: values.data }),
  };
}

function whole(flag: string, text: string): number {
  if (!/^\d{1,15}$/.test(text)) throw new UsageError(`${flag} ${text}: expected a whole number.`);
  return Number(text);
}

/** Every flag the command takes (the help lists exactly these). */
export const CLI_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  spec: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  examples: { type: 'boolean' },
  dynamic: { type: 'boolean' },
  errors: { type: 'boolean' },
  proxy: { type: 'string' },
  seed: { type: 'string' },
  groups: { type: 'string' },
  data: { type: 'string' },
  'public-key': { type: 'string', multiple: true },
  'secret-key': { type: 'string', multiple: true },
  'allow-simple-auth-over-http': { type: 'boolean' },
  'throttle-every': { type: 'string' },
  'retry-after': { type: 'string' },
  'fail-every': { type: 'string' },
  'fail-status': { type: 'string' },
  'latency-ms': { type: 'string' },
  'response-violations': { type: 'string' },
  'control-origin': { type: 'string', multiple: true },
  'control-token': { type: 'string' },
  'request-timeout-ms': { type: 'string' },
  verbose: { type: 'boolean' },
} as const;

function parse(argv: string[]) {
  return parseArgs({ args: argv, strict: true, allowPositionals: false, options: CLI_OPTIONS });
}
