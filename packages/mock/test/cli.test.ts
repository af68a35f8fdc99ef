// The `uploadcare-groups-mock` command, run through its committed bin file as a user would.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, onTestFinished, test } from 'vitest';
import { CLI_OPTIONS, parseCliArgs, USAGE } from '../dist/cli-args.js';
import { CONTROL_PREFIX, mockControl } from '../dist/index.js';
import { headers } from './http.js';
import { isAlive, prismChildren } from './processes.js';
import { pathOf, signed } from './sign.js';

const bin = fileURLToPath(new URL('../bin/uploadcare-groups-mock.js', import.meta.url));

function run(args: string[], detached = false, env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [bin, ...args], {
    stdio: 'pipe',
    env: { ...process.env, NO_COLOR: '1', ...env },
    detached,
  });
}

async function finish(child: ChildProcessWithoutNullStreams) {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, stdout, stderr };
}

/** Starts the command; resolves with its URL from the first line, and the final outcome. */
async function started(args: string[], detached = false, env: Record<string, string> = {}) {
  const child = run(args, detached, env);
  // If an assertion fails first, still stop the command (SIGTERM lets it stop its Prism too).
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  const done = finish(child);
  // The stateful mock prints its control token on a second line; the example server has none.
  const stateful = !args.some((arg) => ['--examples', '--dynamic', '--errors', '--proxy'].includes(arg));
  const lines = await new Promise<string[]>((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (d) => {
      seen += d;
      const complete = seen.split('\n').slice(0, -1);
      if (complete.length >= (stateful ? 2 : 1)) resolve(complete);
    });
    child.once('close', () => reject(new Error(`exited before listening: ${seen}`)));
  });
  const match = /^Uploadcare groups mock listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(lines[0] as string);
  expect(match, lines[0]).not.toBeNull();
  const token = stateful ? /^Control token: (\S+)$/.exec(lines[1] as string)?.[1] : undefined;
  if (stateful) expect(token, lines[1]).toBeDefined();
  return { child, done, url: (match as RegExpExecArray)[1] as string, token };
}

describe('argument parsing', () => {
  test.each([
    [[], { kind: 'mock', options: {}, quiet: false }],
    [['--port', '4010', '--host', '0.0.0.0'], { kind: 'mock', options: { port: 4010, host: '0.0.0.0' }, quiet: false }],
    [
      ['--seed', 'x', '--groups', '2500', '--public-key', 'pk', '--secret-key', 'sk', '--allow-simple-auth-over-http'],
      {
        kind: 'mock',
        options: {
          seed: 'x',
          groups: 2500,
          keys: [{ publicKey: 'pk', secretKey: 'sk' }],
          allowSimpleAuthOverHttp: true,
        },
        quiet: false,
      },
    ],
    [
      [
        '--throttle-every',
        '3',
        '--retry-after',
        '0',
        '--fail-every',
        '5',
        '--fail-status',
        '503',
        '--latency-ms',
        '20',
      ],
      {
        kind: 'mock',
        options: { throttle: { every: 3, retryAfter: 0 }, fail: { every: 5, status: 503 }, latencyMs: 20 },
        quiet: false,
      },
    ],
    [
      ['--data', 'groups.json', '--response-violations', 'report'],
      { kind: 'mock', options: { responseViolations: 'report' }, quiet: false, dataFile: 'groups.json' },
    ],
    [['--examples'], { kind: 'mock', options: { mode: 'examples' }, quiet: false }],
    [
      ['--port=0', '--dynamic', '--seed', '7', '--errors'],
      { kind: 'mock', options: { mode: 'examples', port: 0, dynamic: true, seed: '7', errors: true }, quiet: false },
    ],
    [
      ['--proxy', 'https://api.uploadcare.com', '--quiet'],
      { kind: 'proxy', options: { upstream: 'https://api.uploadcare.com' }, quiet: true },
    ],
    [['--spec', 'other.yaml'], { kind: 'mock', options: { specPath: 'other.yaml' }, quiet: false }],
    [
      [
        '--control-origin',
        'http://localhost:5173',
        '--control-origin',
        'https://app.example',
        '--control-token',
        'a-fixed-token-for-ci-0001',
        '--request-timeout-ms',
        '5000',
        '--verbose',
      ],
      {
        kind: 'mock',
        options: {
          controlOrigins: ['http://localhost:5173', 'https://app.example'],
          controlToken: 'a-fixed-token-for-ci-0001',
          requestTimeoutMs: 5000,
          verbose: true,
        },
        quiet: false,
      },
    ],
    [['-h'], { kind: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });
});

describe('a bad command line exits with 2 and says what is wrong', () => {
  test.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--port', 'abc'], /--port abc: expected a port number/],
    [['--port', '70000'], /--port 70000/],
    [['--examples', '--seed', '1'], /--seed only applies to dynamic bodies/],
    [['--examples', '--groups', '3'], /--groups only applies to the stateful mock/],
    [['--examples', '--control-origin', 'http://x'], /--control-origin only applies to the stateful mock/],
    [['--request-timeout-ms', 'soon'], /--request-timeout-ms soon: expected a whole number/],
    [['--proxy', 'http://x', '--dynamic'], /--dynamic cannot be combined with --proxy/],
    [['--proxy', 'http://x', '--throttle-every', '2'], /--throttle-every cannot be combined with --proxy/],
    [['--proxy', 'not a url'], /Invalid upstream/],
    [['--spec', '/no/such.yaml'], /\/no\/such\.yaml does not exist/],
    [['--groups', 'many'], /--groups many: expected a whole number/],
    [['--groups', '2', '--data', 'x.json'], /--groups and --data exclude each other/],
    [['--public-key', 'pk'], /--public-key and --secret-key come in pairs/],
    [['--retry-after', '2'], /--retry-after applies to throttled answers/],
    [['--fail-status', '503'], /--fail-status applies to failed answers/],
    [['--fail-every', '2', '--fail-status', '404'], /fail\.status: expected a 5xx status/],
    [['--throttle-every', '0'], /throttle\.every/],
    [['--response-violations', 'ignore'], /--response-violations ignore: expected fail or report/],
    [['--data', '/no/such.json'], /--data \/no\/such\.json: cannot be read \(ENOENT\)/],
    [['extra'], /positional|Unexpected argument/i],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await finish(run(argv));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('--help');
  });

  test('--data with groups the spec refuses names the group and the field', async () => {
    const file = join(tmpdir(), `bad-groups-${process.pid}.json`);
    await writeFile(file, JSON.stringify([{ id: 'nope', files_count: 1 }]));
    const { code, stderr } = await finish(run(['--data', file]));
    expect(code).toBe(2);
    expect(stderr).toMatch(/groups\[0\] \(nope\): id must match pattern/);
    expect(prismChildren()).toEqual([]);
  });
});

test('--help prints the usage, lists exactly the options, and names the control routes', async () => {
  const { code, stdout } = await finish(run(['--help']));
  expect(code).toBe(0);
  expect(stdout.trim()).toBe(USAGE);
  const listed = new Set([...stdout.matchAll(/^\s+(?:-h, )?--([a-z-]+)/gm)].map((m) => m[1]));
  expect(listed).toEqual(new Set(Object.keys(CLI_OPTIONS)));
  expect(stdout).toContain(`${CONTROL_PREFIX}stats`);
  expect(stdout).toContain(`${CONTROL_PREFIX}reset`);
});

test('the stateful mock from the command line: signed requests, the data asked for, control routes', async () => {
  const { child, done, url, token } = await started(['--groups', '7', '--seed', 'cli', '--quiet']);
  const uri = pathOf('listGroups');
  const page = await (await fetch(`${url}${uri}`, signed('listGroups', uri))).json();
  expect(page.total).toBe(7);
  // Without the printed token nothing changes; with it, the faults do.
  await expect(mockControl(url, { token: 'not-the-token-of-this-run' }).configure({ latencyMs: 1 })).rejects.toThrow(
    /401/,
  );
  const control = mockControl(url, { token });
  await control.configure({ throttle: { every: 1, retryAfter: 0 } });
  expect((await fetch(`${url}${uri}`, signed('listGroups', uri))).status).toBe(429);
  expect((await control.stats()).requests.byOperation.listGroups).toEqual({ 200: 1, 429: 1 });
  const prism = prismChildren(child.pid);
  expect(prism).toHaveLength(1);
  child.kill('SIGTERM');
  const { code, stdout } = await done;
  expect(code).toBe(0);
  expect(stdout.trim().split('\n')).toEqual([`Uploadcare groups mock listening on ${url}`, `Control token: ${token}`]);
  expect(prism.filter(isAlive)).toEqual([]);
  await expect(fetch(`${url}${uri}`)).rejects.toThrow();
});

test.each([
  { how: 'SIGTERM', signal: 'SIGTERM', group: false, args: [] },
  { how: 'SIGINT', signal: 'SIGINT', group: false, args: [] },
  // What Ctrl-C in a terminal does: SIGINT to the command and to Prism at once.
  { how: 'Ctrl-C (SIGINT to the process group)', signal: 'SIGINT', group: true, args: [] },
  { how: 'Ctrl-C in examples mode', signal: 'SIGINT', group: true, args: ['--dynamic', '--seed', '1'] },
] as const)(
  'prints one line with its URL, serves the API, and stops every process on $how',
  async ({ signal, group, args }) => {
    const { child, done, url } = await started(['--port', '0', ...args], group);
    const uri = pathOf('listGroups');
    const init = args.length > 0 ? { headers: headers() } : signed('listGroups', uri);
    const res = await fetch(`${url}${uri}`, init);
    expect(res.status).toBe(200);
    await res.body?.cancel();
    // Prism logs quietly, but still checks requests and logs what breaks the spec (no Authorization).
    const { Authorization: _, ...unsigned } = headers();
    await (await fetch(`${url}${uri}`, { headers: unsigned })).arrayBuffer();
    const prism = prismChildren(child.pid);
    expect(prism).toHaveLength(1);

    if (group) process.kill(-(child.pid as number), signal);
    else child.kill(signal);
    const { code, stdout, stderr } = await done;
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(args.length > 0 ? 1 : 2);
    // Prism's own log goes to stderr: its violations, not a line per request.
    expect(stderr).toMatch(/Violation: request/);
    expect(stderr).not.toMatch(/Request received|Prism is listening/);
    expect(prism.filter(isAlive)).toEqual([]);
    await expect(fetch(`${url}${uri}`, init)).rejects.toThrow();
  },
);

test('UPLOADCARE_MOCK_CONTROL_TOKEN chooses the control token (as CI may)', async () => {
  const chosen = 'a-token-from-the-environment';
  const { child, done, url, token } = await started(['--quiet'], false, { UPLOADCARE_MOCK_CONTROL_TOKEN: chosen });
  expect(token).toBe(chosen);
  await mockControl(url, { token: chosen }).reset();
  child.kill('SIGTERM');
  expect((await done).code).toBe(0);
});

test('a Prism killed under it: the command names it, stops the rest and exits 1', async () => {
  const { child, done, url } = await started(['--quiet']);
  const [prism] = prismChildren(child.pid);
  process.kill(prism as number, 'SIGKILL');
  const { code, stderr } = await done;
  expect(code).toBe(1);
  expect(stderr).toBe(`uploadcare-groups-mock: Prism (pid ${prism}) ended unexpectedly (SIGKILL).\n`);
  await expect(fetch(`${url}${pathOf('listGroups')}`)).rejects.toThrow();
});
