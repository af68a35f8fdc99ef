// The main job a newcomer runs first (`pnpm start`, once turbo has built everything): it
// starts the mock API and the docs server, runs `ucgroups list` and `ucgroups info` against
// the mock to show spec → client → CLI working together, prints where the docs and the mock
// are, and serves until Ctrl-C; then it stops every process it started.
//
// `--once` stops right after the demonstration, so a test can run it to the end.
// Any failed step stops everything and exits 1, naming the step.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const once = process.argv.includes('--once');

const built = {
  mock: join(root, 'packages/mock/dist/index.js'),
  client: join(root, 'packages/client/dist/index.js'),
  cli: join(root, 'apps/example/dist/cli.js'),
  docsSite: join(root, 'apps/docs/dist/index.html'),
};
const docsServerScript = join(root, 'apps/docs/scripts/serve.mjs');
const ucgroupsBin = join(root, 'apps/example/bin/ucgroups.js');
// The mock's demo keys: the mock verifies every signature, as the real service does.
const demoEnv = { UPLOADCARE_PUBLIC_KEY: 'demopublickey', UPLOADCARE_SECRET_KEY: 'demosecretkey' };
const startTimeoutMs = 60_000;

class StepError extends Error {}

/** What was started, so that every exit path can stop it. */
const running = { mock: undefined, mockControl: undefined, docs: undefined };
let stopping = false;

function say(text = '') {
  process.stdout.write(`${text}\n`);
}

/** Keeps the last few kilobytes a child printed, to explain a failure. */
function tail(limit = 4000) {
  let text = '';
  return {
    add(chunk) {
      text = (text + chunk).slice(-limit);
    },
    get text() {
      return text.trim();
    },
  };
}

async function step(name, action) {
  try {
    return await action();
  } catch (error) {
    if (error instanceof StepError) throw error;
    throw new StepError(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
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
  const { startMock, CONTROL_PREFIX } = await import(pathToFileURL(built.mock).href);
  running.mock = await startMock({});
  running.mockControl = `${running.mock.url}${CONTROL_PREFIX}`;
  return running.mock.url;
}

/** Spawns the docs server and resolves with its address from its `Docs: <url>` line. */
function startDocsServer(mockUrl) {
  const output = tail();
  const child = spawn(process.execPath, [docsServerScript, '--port', '0', '--mock-url', mockUrl], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.docs = { child, output, ready: false, exited: new Promise((resolve) => child.once('exit', resolve)) };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "Docs: <url>" line within ${startTimeoutMs / 1000} s`)),
      startTimeoutMs,
    );
    let lines = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => output.add(chunk));
    child.stdout.on('data', (chunk) => {
      output.add(chunk);
      lines += chunk;
      const match = /Docs: (https?:\/\/\S+)/.exec(lines);
      if (match) {
        clearTimeout(timer);
        lines = '';
        running.docs.ready = true;
        resolve(match[1]);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (running.docs.ready) onUnexpectedExit('the docs server', code, signal, output.text);
      else reject(new Error(`the docs server exited (${signal ?? `code ${code}`}) before listening:\n${output.text}`));
    });
  });
}

async function checkAnswers(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
}

/** Runs the built `ucgroups` against the mock, echoing the command and its output. */
function runUcgroups(mockUrl, args) {
  say(`$ ucgroups ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ucgroupsBin, ...args], {
      cwd: root,
      env: { ...process.env, ...demoEnv, UPLOADCARE_API_URL: mockUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      say();
      if (code === 0) resolve(stdout);
      else reject(new Error(`exited with ${signal ?? `code ${code}`}${stderr ? `: ${stderr.trim()}` : ''}`));
    });
  });
}

function onUnexpectedExit(what, code, signal, output) {
  if (stopping) return;
  process.stderr.write(`main job: ${what} stopped unexpectedly (${signal ?? `code ${code}`})\n${output}\n`);
  shutDown(1);
}

async function stopAll() {
  stopping = true;
  const docs = running.docs;
  if (docs && docs.child.exitCode === null && docs.child.signalCode === null) {
    docs.child.kill('SIGTERM');
    const forced = setTimeout(() => docs.child.kill('SIGKILL'), 5000);
    await docs.exited;
    clearTimeout(forced);
  }
  await running.mock?.stop();
}

let shuttingDown;
function shutDown(exitCode) {
  shuttingDown ??= stopAll()
    .catch((error) => {
      process.stderr.write(`main job: stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
      exitCode = 1;
    })
    .then(() => process.exit(exitCode));
  return shuttingDown;
}

async function main() {
  process.once('SIGINT', () => {
    say('\nStopping…');
    shutDown(0);
  });
  process.once('SIGTERM', () => shutDown(0));

  await step('checking the build', checkBuilt);
  const mockUrl = await step('starting the mock', startMockServer);
  const docsUrl = await step('starting the docs server', () => startDocsServer(mockUrl));
  await step(`opening the docs at ${docsUrl}`, () => checkAnswers(docsUrl));

  say('The client, through the ucgroups example app, against the mock:');
  say();
  const list = await step('`ucgroups list`', () => runUcgroups(mockUrl, ['list']));
  const id = /\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}~\d+\b/.exec(list)?.[0];
  if (id === undefined) throw new StepError('`ucgroups list` printed no group id');
  const info = await step(`\`ucgroups info ${id}\``, () => runUcgroups(mockUrl, ['info', id]));
  if (!info.includes(id)) throw new StepError(`\`ucgroups info ${id}\` did not show the group it was asked for`);

  say(`Docs:  ${docsUrl}  (the Redoc API reference, with a panel to try requests on the mock)`);
  say(`Mock:  ${mockUrl}  (a stateful groups service behind Prism's validating proxy: it wants`);
  say('       the vendor Accept type and requests signed with demopublickey / demosecretkey;');
  say(`       control routes at ${running.mockControl})`);
  say();
  say('Try the CLI yourself (with no keys and no API URL it starts a mock of its own):');
  say('  node apps/example/bin/ucgroups.js --help');
  say(`  UPLOADCARE_API_URL=${mockUrl} UPLOADCARE_PUBLIC_KEY=demopublickey \\`);
  say(`    UPLOADCARE_SECRET_KEY=demosecretkey node apps/example/bin/ucgroups.js list --json`);
  if (once) {
    await shutDown(0);
    return;
  }
  say();
  say('Serving until Ctrl-C.');
}

main().catch((error) => {
  process.stderr.write(`main job: ${error instanceof Error ? error.message : String(error)}\n`);
  shutDown(1);
});
