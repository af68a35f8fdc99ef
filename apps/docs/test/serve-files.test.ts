// The docs server over a folder that changes under it (a rebuild while serving) and over links:
// a file that vanishes mid-request answers 404 or 500 and the server keeps serving; a symbolic
// link leading out of the served folder is refused, one staying inside serves its target. The
// server runs in a process of its own, so a crash shows as a server that no longer answers.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serveDocs = new URL('../scripts/serve-docs.mjs', import.meta.url).href;
const index = '<!doctype html><title>docs</title>\n';
const flickerBody = `${'rebuilt page '.repeat(4000)}\n`;

let dir: string;
let site: string;
let outside: string;
let server: ChildProcess;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'docs-serve-'));
  site = join(dir, 'dist');
  outside = join(dir, 'outside');
  mkdirSync(join(site, 'assets'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(site, 'index.html'), index);
  writeFileSync(join(site, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(outside, 'secret.txt'), 'outside the site');
  symlinkSync(join(outside, 'secret.txt'), join(site, 'secret.txt'));
  symlinkSync(outside, join(site, 'out'));
  symlinkSync('../outside/secret.txt', join(site, 'relative-secret.txt'));
  symlinkSync('index.html', join(site, 'alias.html'));
  symlinkSync('assets', join(site, 'pictures'));
  execFileSync('mkfifo', [join(site, 'pipe.html')]);

  server = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { startDocsServer } = await import(${JSON.stringify(serveDocs)});
       const docs = await startDocsServer({ root: ${JSON.stringify(site)}, port: 0 });
       console.log('Docs: ' + docs.url);`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  url = await new Promise<string>((resolve, reject) => {
    const take = (chunk: Buffer) => {
      output += chunk;
      const match = /Docs: (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    server.stdout?.on('data', take);
    server.stderr?.on('data', take);
    server.once('exit', () => reject(new Error(`the docs server ended before serving: ${output}`)));
  });
});

afterAll(() => {
  if (server?.exitCode === null) server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}${path}`);
  return { status: response.status, body: await response.text() };
}

describe('symbolic links in the served folder', () => {
  it.each(['secret.txt', 'relative-secret.txt', 'out/secret.txt'])(
    '%s, leading out of it, is refused',
    async (path) => {
      const { status, body } = await get(path);
      expect(status).toBe(404);
      expect(body).not.toContain('outside the site');
    },
  );

  it.each([
    ['alias.html', index],
    ['pictures/logo.svg', '<svg/>'],
  ])('%s, staying inside, serves its target', async (path, content) => {
    expect(await get(path)).toEqual({ status: 200, body: content });
  });
});

describe('what is not a file', () => {
  it('a named pipe is no file: 404 at once, and the server keeps serving', async () => {
    for (let i = 0; i < 8; i++) expect((await get('pipe.html')).status).toBe(404);
    expect(await get('')).toEqual({ status: 200, body: index });
  });
});

describe('files that change while served', () => {
  it('a file removed and put back again and again: every answer is whole, 404 or 500, and the server keeps serving', async () => {
    // Another process plays a rebuild: it removes the file and puts a new one in its place, in
    // a tight loop, while requests come; for 3 s at most.
    const file = join(site, 'flicker.html');
    const rebuild = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs');
       const [file, body] = process.argv.slice(1);
       const end = Date.now() + 3000;
       while (Date.now() < end) {
         fs.rmSync(file, { force: true });
         fs.writeFileSync(file + '.tmp', body);
         fs.renameSync(file + '.tmp', file);
       }`,
      file,
      flickerBody,
    ]);
    const rebuilt = new Promise((resolve) => rebuild.once('exit', resolve));
    const statuses = new Map<number, number>();
    try {
      for (let round = 0; round < 100 && rebuild.exitCode === null; round++) {
        const answers = await Promise.all(
          Array.from({ length: 8 }, async () => {
            const response = await fetch(`${url}flicker.html`);
            return { status: response.status, body: await response.text() };
          }),
        );
        for (const { status, body } of answers) {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status === 200) expect(body).toBe(flickerBody);
          else expect([404, 500]).toContain(status);
        }
      }
    } finally {
      rebuild.kill('SIGKILL');
      await rebuilt;
    }
    expect(statuses.get(200) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan(0);
    expect(await get('')).toEqual({ status: 200, body: index });
    expect(server.exitCode).toBeNull();
  });

  it('a file removed while its answer is being sent: the answer is whole and the server keeps serving', async () => {
    const big = join(site, 'big.bin');
    const size = 32 * 1024 * 1024;
    writeFileSync(big, Buffer.alloc(size, 7));
    const response = await fetch(`${url}big.bin`);
    expect(response.status).toBe(200);
    rmSync(big);
    expect((await response.arrayBuffer()).byteLength).toBe(size);
    expect(await get('big.bin')).toEqual({ status: 404, body: 'Not found\n' });
    expect(await get('')).toEqual({ status: 200, body: index });
  });
});
