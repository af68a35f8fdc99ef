// What a consumer installs: the packed tarball, as `pnpm publish` would make it. It carries
// its licence, every file it needs at run time, no source-map comment pointing at a map it does
// not ship, and no type package among its run-time dependencies.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let files: string[];
const read = (file: string) => readFileSync(join(dir, 'package', file), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mock-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: packageDir, stdio: 'ignore' });
  const tarball = execFileSync('ls', [dir], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
  files = execFileSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((path) => path.replace(/^package\//, ''));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('it ships its MIT licence, the spec, the command and the built code', () => {
  expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'openapi.yaml', 'package.json']));
  expect(files).toEqual(expect.arrayContaining(['bin/uploadcare-groups-mock.js', 'dist/index.js', 'dist/vitest.js']));
  expect(files).toContain('dist/prism-launcher.js');
  expect(read('LICENSE')).toMatch(/^MIT License/);
  expect(JSON.parse(read('package.json')).license).toBe('MIT');
  expect(files.filter((file) => file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);
});

test('no sourceMappingURL points at a map the package does not ship', () => {
  for (const file of files.filter((name) => /\.(js|d\.ts)$/.test(name))) {
    const target = /[#@] sourceMappingURL=(\S+)/.exec(read(file))?.[1];
    if (target === undefined) continue;
    const mapPath = join(file, '..', target).replace(/\\/g, '/');
    expect(files, `${file} points at ${target}`).toContain(mapPath);
  }
});

test('run-time dependencies hold no type package and no workspace link', () => {
  const manifest = JSON.parse(read('package.json'));
  const runtime = { ...manifest.dependencies, ...manifest.peerDependencies };
  expect(Object.keys(runtime).filter((name) => name.startsWith('@types/'))).toEqual([]);
  expect(Object.values(runtime).filter((range) => String(range).startsWith('workspace:'))).toEqual([]);
  expect(manifest.dependencies['@stoplight/prism-cli']).toMatch(/^\d+\.\d+\.\d+$/);
});

test("Prism's own packages are the versions the root package.json pins (what these tests run)", () => {
  const root = JSON.parse(readFileSync(join(packageDir, '..', '..', 'package.json'), 'utf8'));
  const pins: Record<string, string> = root.pnpm.overrides;
  expect(Object.keys(pins).length).toBeGreaterThan(0);
  // Resolved from where Prism's command line resolves them.
  const fromPrism = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json'));
  for (const [name, version] of Object.entries(pins)) {
    const manifest = JSON.parse(readFileSync(fromPrism.resolve(`${name}/package.json`), 'utf8'));
    expect(manifest.version, name).toBe(version);
    // The pinned set sends no install analytics.
    expect(Object.keys(manifest.dependencies ?? {}), name).not.toContain('@scarf/scarf');
  }
  const httpServer = createRequire(fromPrism.resolve('@stoplight/prism-http-server/package.json'));
  expect(JSON.parse(readFileSync(httpServer.resolve('@stoplight/prism-http/package.json'), 'utf8')).version).toBe(
    pins['@stoplight/prism-http'],
  );
});
