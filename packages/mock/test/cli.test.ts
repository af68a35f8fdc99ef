// The `uploadcare-groups-mock` command, run through its committed bin file as a user would.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, onTestFinished, test } from 'vitest';
import { parseCliArgs } from '../dist/cli-args.js';
import { headers } from './http.js';
import { isAlive, prismChildren } from './processes.js';

const bin = fileURLToPath(new URL('../bin/uploadcare-groups-mock.js', import.meta.url));

function run(args: string[], detached = false): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [bin, ...args], { stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' }, detached });
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

describe('argument parsing', () => {
  test.each([
    [[], { kind: 'mock', options: {}, quiet: false }],
    [['--port', '4010', '--host', '0.0.0.0'], { kind: 'mock', options: { port: 4010, host: '0.0.0.0' }, quiet: false }],
    [
      ['--port=0', '--dynamic', '--seed', '7', '--errors'],
      { kind: 'mock', options: { port: 0, dynamic: true, seed: '7', errors: true }, quiet: false },
    ],
    [
      ['--proxy', 'https://api.uploadcare.com', '--quiet'],
      { kind: 'proxy', options: { upstream: 'https://api.uploadcare.com' }, quiet: true },
    ],
    [['--spec', 'other.yaml'], { kind: 'mock', options: { specPath: 'other.yaml' }, quiet: false }],
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
    [['--seed', '1'], /--seed only applies to dynamic bodies/],
    [['--proxy', 'http://x', '--dynamic'], /--proxy cannot be combined/],
    [['--proxy', 'not a url'], /Invalid upstream/],
    [['--spec', '/no/such.yaml'], /\/no\/such\.yaml does not exist/],
    [['extra'], /positional|Unexpected argument/i],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await finish(run(argv));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('--help');
  });
});

test('--help prints the usage and exits 0', async () => {
  const { code, stdout } = await finish(run(['--help']));
  expect(code).toBe(0);
  for (const flag of ['--port', '--host', '--dynamic', '--seed', '--errors', '--proxy']) expect(stdout).toContain(flag);
});

test.each([
  { how: 'SIGTERM', signal: 'SIGTERM', group: false },
  { how: 'SIGINT', signal: 'SIGINT', group: false },
  // What Ctrl-C in a terminal does: SIGINT to the command and to Prism at once.
  { how: 'Ctrl-C (SIGINT to the process group)', signal: 'SIGINT', group: true },
] as const)(
  'prints one line with its URL, serves the spec, and stops Prism cleanly on $how',
  async ({ signal, group }) => {
    const child = run(['--port', '0', '--dynamic', '--seed', '1'], group);
    // If an assertion fails first, still stop the command (SIGTERM lets it stop its Prism too).
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    });
    const done = finish(child);
    const firstLine = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stdout.on('data', (d) => {
        seen += d;
        if (seen.includes('\n')) resolve(seen.split('\n')[0] as string);
      });
      child.once('close', () => reject(new Error(`exited before listening: ${seen}`)));
    });
    const match = /^Uploadcare groups mock listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(firstLine);
    expect(match, firstLine).not.toBeNull();
    const [, url, port] = match as RegExpExecArray;
    const res = await fetch(`${url}/groups/`, { headers: headers() });
    expect(res.status).toBe(200);
    await res.body?.cancel();
    const prism = prismChildren(child.pid);
    expect(prism).toHaveLength(1);

    if (group) process.kill(-(child.pid as number), signal);
    else child.kill(signal);
    const { code, stdout, stderr } = await done;
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('Prism is listening on'); // Prism's own log goes to stderr
    expect(prism.filter(isAlive)).toEqual([]);
    await expect(fetch(`${url}/groups/`, { headers: headers() })).rejects.toThrow();
    expect(Number(port)).toBeGreaterThan(0);
  },
);
