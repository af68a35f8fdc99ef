// Runs the docs' samples the way a reader runs them: a TypeScript sample transpiled by the
// `typescript` package and run by a child Node, a curl sample's recipe by bash (openssl signs,
// curl or Node's fetch sends). A run that does not succeed throws an Error naming the sample.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { artifactsDir } from './built-site.js';

const docsRoot = fileURLToPath(new URL('../../', import.meta.url));
/** No sample should come near this; a hung one is killed and reported, never waited for. */
const RUN_TIMEOUT_MS = 60_000;

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = docsRoot): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout, stderr });
    });
  });
}

/** The parent's environment without its own Uploadcare settings, plus `env`. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('UPLOADCARE_')));
  return { ...inherited, ...env };
}

/** Why the run failed, or undefined: a sample succeeds by exiting 0 with nothing on stderr. */
function failure({ code, signal, timedOut, stderr }: Finished): string | undefined {
  if (timedOut) return `did not finish within ${RUN_TIMEOUT_MS / 1000} s`;
  if (code !== 0) return code === null ? `was killed by ${signal}` : `exited with code ${code}`;
  if (stderr.trim() !== '') return 'wrote to stderr';
  return undefined;
}

function checked(name: string, finished: Finished): Finished {
  const problem = failure(finished);
  if (problem) {
    throw new Error(`${name} ${problem} against the mock:\n${finished.stderr}${finished.stdout}`.trimEnd());
  }
  return finished;
}

/**
 * Transpiles the TypeScript sample at `samplePath` and runs it in a child Node with `env` (the
 * keys and the API URL); resolves with its output once it has exited 0 with an empty stderr.
 */
export async function runTypeScriptSample(samplePath: string, env: Record<string, string>): Promise<Finished> {
  const name = relative(docsRoot, samplePath);
  const { outputText, diagnostics = [] } = ts.transpileModule(readFileSync(samplePath, 'utf8'), {
    fileName: samplePath,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  if (diagnostics.length > 0) {
    const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    throw new Error(`${name} does not transpile: ${messages.join('; ')}`);
  }
  // Inside the docs package, so `@uploadcare-groups/client` resolves as it does for the samples.
  mkdirSync(artifactsDir, { recursive: true });
  const work = mkdtempSync(join(artifactsDir, 'sample-run-'));
  try {
    const script = join(work, basename(samplePath).replace(/\.ts$/, '.mjs'));
    writeFileSync(script, outputText);
    return checked(name, await run(process.execPath, [script], environment(env), work));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** How a curl sample's request goes out: by curl itself, or, where curl is missing, by Node's fetch. */
export type CurlSender = 'curl' | 'fetch';

/** Whether `curl` is on the PATH (nothing is installed for the tests: without it, fetch sends). */
export async function hasCurl(): Promise<boolean> {
  const { code } = await run('bash', ['-c', 'command -v curl'], environment({}));
  return code === 0;
}

/**
 * Runs a curl sample's script (keys filled in) in bash: openssl signs in the shell as the reader's
 * shell would, then `curl` sends, or a stand-in prints curl's arguments and Node's fetch sends
 * exactly them. Resolves with the answer's status and body once the script has run cleanly.
 */
export async function runCurlSample(
  name: string,
  script: string,
  sender: CurlSender,
): Promise<{ status: number; body: string }> {
  if (sender === 'curl') {
    const curl = `curl() { command curl --silent --show-error --max-time 30 --write-out '\\n%{http_code}' "$@"; }`;
    const { stdout } = checked(name, await run('bash', ['-c', `${curl}\n${script}`], environment({})));
    const lines = stdout.split('\n');
    return { status: Number(lines.pop()), body: lines.join('\n') };
  }
  const stub = `curl() { printf '%s\\0' "$@"; }`;
  const { stdout } = checked(name, await run('bash', ['-c', `${stub}\n${script}`], environment({})));
  const { method, url, headers, body } = curlRequest(name, stdout.split('\0').slice(0, -1));
  const answer = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(30_000) });
  return { status: answer.status, body: await answer.text() };
}

/** The request a curl command line makes, for the options the samples use (`-X`, `-H`, `-F`). */
function curlRequest(name: string, args: string[]) {
  let method = 'GET';
  let body: FormData | undefined;
  let url: string | undefined;
  const headers: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if ((arg === '-X' || arg === '-H' || arg === '-F') && value !== undefined) {
      i++;
      if (arg === '-X') method = value;
      else if (arg === '-F') {
        const equals = value.indexOf('=');
        if (equals < 1 || value[equals + 1] === '@') throw new Error(`${name}: -F ${value} is not a text field`);
        body ??= new FormData();
        body.append(value.slice(0, equals), value.slice(equals + 1));
      } else {
        const colon = value.indexOf(':');
        if (colon < 1) throw new Error(`${name}: -H ${value} is not a header`);
        headers[value.slice(0, colon)] = value.slice(colon + 1).trim();
      }
    } else if (!arg.startsWith('-') && url === undefined) {
      url = arg;
    } else {
      throw new Error(`${name}: curl ${arg} is an option this test cannot send with fetch; teach curlRequest it`);
    }
  }
  if (url === undefined) throw new Error(`${name}: the curl command names no URL`);
  return { method, url, headers, body };
}

/** A curl sample with these keys in place of its placeholders (which it must have). */
export function withKeys(sample: string, keys: { publicKey: string; secretKey: string }): string {
  const placeholders = [
    ["PUB='YOUR_PUBLIC_KEY'", `PUB='${keys.publicKey}'`],
    ["SECRET='YOUR_SECRET_KEY'", `SECRET='${keys.secretKey}'`],
  ] as const;
  // The Upload API's samples set the public key only: they never hold the secret.
  const uploadApi = !sample.includes('Authorization:');
  return placeholders.reduce((script, [placeholder, filled]) => {
    if (uploadApi && placeholder.startsWith('SECRET=')) return script;
    if (!script.includes(placeholder)) throw new Error(`The curl sample no longer sets ${placeholder}`);
    return script.replace(placeholder, filled);
  }, sample);
}
