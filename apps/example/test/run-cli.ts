import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO_KEYS } from '@uploadcare-groups/mock';

/** Helpers for the end-to-end tests: run the built `ucgroups` as a user would. */

export const binPath = fileURLToPath(new URL('../bin/ucgroups.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment the CLI runs in: the test's own, minus any Uploadcare settings. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('UPLOADCARE_')) delete env[name];
  return { ...env, ...extra };
}

/** Spawns `node bin/ucgroups.js ...args`; stdin is a closed pipe, so never a terminal. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runNode([binPath, ...args], { env: cleanEnv(env) });
}

/** Runs a Node script to its end and collects what it printed. */
export function runNode(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return new Promise<CliResult>((resolve, reject) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.end();
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Settings that point the CLI at a server with the demo keys the mock verifies signatures with. */
export function apiEnv(url: string): Record<string, string> {
  return {
    UPLOADCARE_API_URL: url,
    UPLOADCARE_PUBLIC_KEY: DEMO_KEYS.publicKey,
    UPLOADCARE_SECRET_KEY: DEMO_KEYS.secretKey,
  };
}
