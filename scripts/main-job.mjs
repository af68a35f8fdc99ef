// The main job a newcomer runs first (`pnpm start`): it builds everything through turbo, starts
// the mock API and the docs server, runs `ucgroups` against the mock to show spec → client →
// CLI working together, prints where the docs and the mock are, and serves until stopped.
//
//   node scripts/main-job.mjs [--once] [--no-build]
// --once stops right after the demonstration; --no-build skips `turbo run lint build`.
//
// It owns every process it starts, and none outlives it, however the job ends:
// - SIGINT (Ctrl-C), SIGTERM or SIGHUP: it stops everything, says so on one line and exits 0,
//   since a stop that was asked for is no failure (pnpm prints no ELIFECYCLE after it);
// - a child that dies on its own (the docs server, or a part of the mock such as its Prism, which
//   the mock reports through its `exited`): it stops the rest and exits 1, naming the child; a
//   step that fails: the same, naming the step;
// - the process that started it gone (pnpm killed outright): it stops everything.
// `pnpm start` runs it with `exec`, so pnpm's child is this very process: pnpm passes SIGINT
// and SIGTERM on to it, and no shell in between can die and leave it running.
// A SIGKILL of the job itself lets nothing run in it, so its long-lived children watch it the
// same way: the mock's Prism and the docs server exit once it is gone.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeExit, spawnOwned } from './main-job/owned-process.mjs';
import { watchParent } from './main-job/parent-watch.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = {
  mock: join(root, 'packages/mock/dist/index.js'),
  client: join(root, 'packages/client/dist/index.js'),
  cli: join(root, 'apps/example/dist/cli.js'),
  docsSite: join(root, 'apps/docs/dist/index.html'),
};
const turboBin = join(root, 'node_modules/turbo/bin/turbo');
const docsServerScript = join(root, 'apps/docs/scripts/serve.mjs');
const ucgroupsBin = join(root, 'apps/example/bin/ucgroups.js');
const startTimeoutMs = 60_000;

/**
 * The commands shown, in order. `{id}` stands for the first group `ucgroups list` printed with at
 * least two files, `{file0}` and `{file1}` for two files `info` showed of it, `{new}` for the id
 * `create` printed. The mock keeps state and pages like the service: `info` shows that very
 * group, `create` makes a group of two of its files through the Upload API (on the mock's same
 * port) and `info` reads the new group back, and `list --all --limit 10` walks every page.
 */
const demo = [
  ['list'],
  ['info', '{id}'],
  ['create', '{file0}', '{file1}'],
  ['info', '{new}'],
  ['list', '--all', '--limit', '10'],
];

class StepError extends Error {}
/** Thrown by a step that finds the job stopping: not a failure, nothing to report. */
class Stopping extends Error {}

/** Every process the job started and that still runs. */
const owned = new Set();
/** The mock, once started (or while starting). */
let mock;
let mockStarting;
let mockControlPrefix = '';
/** The key pair the mock verifies signatures with by default (its DEMO_KEYS). */
let demoKeys;
let stopWatchingParent = () => {};
let finishing;

function say(text = '') {
  process.stdout.write(`${text}\n`);
}

// A terminal or a pnpm that went away is no reason to fail while stopping.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

function own(processHandle) {
  owned.add(processHandle);
  processHandle.exited.then(() => owned.delete(processHandle));
  return processHandle;
}

async function stopEverything() {
  stopWatchingParent();
  const startedMock = mock ?? (await mockStarting?.catch(() => undefined));
  await Promise.all([...[...owned].map((processHandle) => processHandle.stop()), startedMock?.stop()]);
}

/**
 * Ends the job, once: stops everything it started, then exits with `code`. `problem` goes to
 * stderr first; `announce` starts a line on stdout that ends with "done." once all is stopped.
 */
function finish(code, { problem, announce } = {}) {
  finishing ??= (async () => {
    if (problem) process.stderr.write(`main job: ${problem}\n`);
    if (announce) process.stdout.write(announce);
    let exitCode = code;
    try {
      await stopEverything();
    } catch (error) {
      process.stderr.write(`main job: stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
      exitCode = 1;
    }
    if (announce) process.stdout.write(exitCode === 0 ? 'done.\n' : '\n');
    process.exit(exitCode);
  })();
  return finishing;
}

/** A stop that was asked for. Repeats are ignored: pnpm passes the terminal's Ctrl-C on once more. */
function onStopSignal() {
  if (finishing) return;
  // On a terminal, write over the `^C` it echoed, so the stop is one clean line.
  const lineStart = process.stdout.isTTY ? '\r\x1b[2K' : '';
  finish(0, { announce: `${lineStart}Stopping everything the job started… ` });
}

/** A child ended while it should be serving: `how` it ended, `details` (its last output) on the lines after. */
function onChildGone(what, { how = '', details = '' } = {}) {
  if (finishing) return;
  const problem = `${what} stopped unexpectedly${how ? ` (${how})` : ''}; stopping everything`;
  finish(1, { problem: `${problem}${details ? `\n${details}` : ''}` });
}

async function step(name, action) {
  if (finishing) throw new Stopping();
  try {
    const result = await action();
    if (finishing) throw new Stopping();
    return result;
  } catch (error) {
    if (finishing || error instanceof Stopping) throw new Stopping();
    if (error instanceof StepError) throw error;
    throw new StepError(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runBuild() {
  const turbo = own(
    // Only a failing task's log is shown: a newcomer sees the demonstration, not build chatter.
    spawnOwned('the build', process.execPath, [turboBin, 'run', 'lint', 'build', '--output-logs=errors-only'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  );
  const result = await turbo.exited;
  if (result.code !== 0) throw new Error(describeExit(result));
}

function checkBuilt() {
  const missing = Object.values(built).filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new StepError(
      `not built: ${missing.map((path) => relative(root, path)).join(', ')} (run \`pnpm start\`, which builds first)`,
    );
  }
}

async function startMockServer() {
  const { startMock, CONTROL_PREFIX, DEMO_KEYS } = await import(pathToFileURL(built.mock).href);
  mockControlPrefix = CONTROL_PREFIX;
  demoKeys = DEMO_KEYS;
  mockStarting = startMock({});
  mock = await mockStarting;
  // The mock says when it stops serving, and which of its parts ended (it stops the rest itself).
  mock.exited.then((exit) => {
    if (exit.expected) return;
    const how = exit.code === null && exit.signal === null ? '' : describeExit(exit);
    onChildGone(`the mock's ${exit.what}`, { how });
  });
  return mock.url;
}

/** Spawns the docs server and resolves with its address from its `Docs: <url>` line. */
function startDocsServer(mockUrl) {
  return new Promise((resolve, reject) => {
    let lines = '';
    let ready = false;
    const docs = own(
      spawnOwned('the docs server', process.execPath, [docsServerScript, '--port', '0', '--mock-url', mockUrl], {
        cwd: root,
        onOutput(chunk, stream) {
          if (ready || stream !== 'stdout') return;
          lines += chunk;
          const match = /Docs: (https?:\/\/\S+)/.exec(lines);
          if (!match) return;
          ready = true;
          clearTimeout(timer);
          resolve(match[1]);
        },
      }),
    );
    const timer = setTimeout(() => {
      reject(new Error(`no "Docs: <url>" line within ${startTimeoutMs / 1000} s`));
    }, startTimeoutMs);
    docs.exited.then((result) => {
      clearTimeout(timer);
      const what = `the docs server (pid ${docs.child.pid}, ${describeExit(result)})`;
      if (ready) onChildGone(what, { details: docs.output.text });
      else reject(new Error(`${what} exited before listening:\n${docs.output.text}`));
    });
  });
}

async function checkAnswers(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
}

/** Runs the built `ucgroups` against the mock, echoing the command and its output. */
async function runUcgroups(mockUrl, args) {
  say(`$ ucgroups ${args.join(' ')}`);
  let stdout = '';
  const cli = own(
    spawnOwned('ucgroups', process.execPath, [ucgroupsBin, ...args], {
      cwd: root,
      env: {
        ...process.env,
        UPLOADCARE_PUBLIC_KEY: demoKeys.publicKey,
        UPLOADCARE_SECRET_KEY: demoKeys.secretKey,
        UPLOADCARE_API_URL: mockUrl,
      },
      onOutput(chunk, stream) {
        if (stream === 'stdout') stdout += chunk;
        if (!finishing) process[stream].write(chunk);
      },
    }),
  );
  const result = await cli.exited;
  if (finishing) throw new Stopping();
  say();
  if (result.code !== 0) throw new Error(`exited with ${describeExit(result)}: ${cli.output.text}`);
  return stdout;
}

const GROUP_ID = /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}~\d+\b/;
const FILE_UUID = /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b(?!~)/g;

/** What the demo's placeholders stand for, learnt from the output of the command just run. */
function learn(values, command, output) {
  if (command === 'list' && values.id === undefined) {
    // A row of the table: id, then its files count.
    const row = output.split('\n').find((line) => Number(line.split(/\s+/)[1]) >= 2 && GROUP_ID.test(line));
    values.id = row === undefined ? undefined : GROUP_ID.exec(row)?.[0];
    if (values.id === undefined) throw new StepError('`ucgroups list` printed no group of two files or more');
  } else if (command === 'info' && values.file0 === undefined) {
    const files = output.match(FILE_UUID) ?? [];
    if (files.length < 2) throw new StepError(`\`ucgroups info ${values.id}\` showed fewer than two files`);
    [values.file0, values.file1] = files;
  } else if (command === 'create') {
    values.new = GROUP_ID.exec(output)?.[0];
    if (values.new === undefined) throw new StepError('`ucgroups create` printed no group id');
  }
}

async function showDemo(mockUrl) {
  say('The client, through the ucgroups example app, against the mock:');
  say();
  const values = {};
  for (const template of demo) {
    const args = template.map((arg) => (/^\{\w+\}$/.test(arg) ? values[arg.slice(1, -1)] : arg));
    const output = await step(`\`ucgroups ${args.join(' ')}\``, () => runUcgroups(mockUrl, args));
    const named = args.find((arg, i) => template[i] !== arg && GROUP_ID.test(arg));
    if (named !== undefined && !output.includes(named)) {
      throw new StepError(`\`ucgroups ${args.join(' ')}\` did not show the group it was asked for`);
    }
    learn(values, template[0], output);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--once' && arg !== '--no-build');
  if (unknown.length > 0) {
    process.stderr.write(`main job: unknown argument ${unknown[0]} (takes --once and --no-build)\n`);
    process.exit(2);
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onStopSignal);
  stopWatchingParent = watchParent((parent) => {
    finish(1, { problem: `the process that started the job (pid ${parent}) is gone; stopping everything` });
  });

  if (!args.includes('--no-build')) await step('building (turbo run lint build)', runBuild);
  await step('checking the build', checkBuilt);
  const mockUrl = await step('starting the mock', startMockServer);
  const docsUrl = await step('starting the docs server', () => startDocsServer(mockUrl));
  // The docs pages may use the mock's control routes too; every other web origin is refused.
  const docsOrigin = new URL(docsUrl).origin;
  mock.allowControlOrigin(docsOrigin);
  await step(`opening the docs at ${docsUrl}`, () => checkAnswers(docsUrl));
  await showDemo(mockUrl);

  say(`Docs:  ${docsUrl}  (the Redoc API reference, with a panel to try requests on the mock)`);
  say(`Mock:  ${mockUrl}  (a stateful groups service behind Prism's validating proxy: it wants`);
  say(`       the vendor Accept type and requests signed with ${demoKeys.publicKey} / ${demoKeys.secretKey};`);
  say(`       the Upload API's /group/ routes, on the same port, take the public key only;`);
  say(`       control routes at ${mockUrl}${mockControlPrefix}, for pages on ${docsOrigin} too;`);
  say(`       to change state send Authorization: Bearer ${mock.controlToken})`);
  say();
  say('Try the CLI yourself (with no keys and no API URL it starts a mock of its own):');
  say('  node apps/example/bin/ucgroups.js --help');
  say(`  UPLOADCARE_API_URL=${mockUrl} UPLOADCARE_PUBLIC_KEY=${demoKeys.publicKey} \\`);
  say(`    UPLOADCARE_SECRET_KEY=${demoKeys.secretKey} node apps/example/bin/ucgroups.js list --json`);
  if (args.includes('--once')) return finish(0);
  say();
  say('Serving until Ctrl-C.');
}

main().catch((error) => {
  if (error instanceof Stopping) return;
  finish(1, { problem: error instanceof Error ? error.message : String(error) });
});
