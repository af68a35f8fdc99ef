/**
 * What users install: the packed tarball and the package imported by its name.
 * Needs the build (turbo runs it before test).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PACKAGE_DIR = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'client-pack-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('pnpm pack', () => {
  it('ships only the built JS and declarations, README, LICENSE and package.json', () => {
    execFileSync('pnpm', ['pack', '--pack-destination', scratch], { cwd: PACKAGE_DIR, stdio: 'pipe' });
    const [tarball] = readdirSync(scratch).filter((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const files = execFileSync('tar', ['-tzf', join(scratch, tarball ?? '')], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.replace(/^package\//, ''));
    const unexpected = files.filter(
      (file) => !/^dist\/.+\.(js|d\.ts)$/.test(file) && !['README.md', 'LICENSE', 'package.json'].includes(file),
    );
    expect(unexpected).toEqual([]);
    for (const required of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/raw.js',
      'dist/raw.d.ts',
      'dist/spec.js',
      'dist/spec.d.ts',
      'README.md',
      'LICENSE',
    ]) {
      expect(files).toContain(required);
    }
    expect(files.some((file) => file.endsWith('.map') || file.startsWith('src/') || file.startsWith('test/'))).toBe(
      false,
    );
  });
});

describe('import by package name', () => {
  it('resolves through the exports map to the public API in plain Node', () => {
    const script = `
      const m = await import('@uploadcare-groups/client');
      const raw = await import('@uploadcare-groups/client/raw');
      const spec = await import('@uploadcare-groups/client/spec');
      const names = ['createGroupsClient','parseGroupId','isGroupId','groupCdnUrl','normalizeFrom','createHmacSigner',
        'UploadcareError','UploadcareApiError','BadRequestError','AuthenticationError','NotFoundError',
        'NotAcceptableError','RateLimitError','ServerError','ConnectionError','TimeoutError','AbortError',
        'SignerError','InvalidArgumentError','InvalidResponseError','signUpload'];
      const missing = [
        ...names.filter((n) => typeof m[n] !== 'function'),
        ...['createRawClient', 'buildSignString', 'md5Hex'].filter((n) => typeof raw[n] !== 'function').map((n) => 'raw.' + n),
        ...['OPERATIONS', 'LIMIT', 'ORDERING', 'API_VERSIONS'].filter((n) => typeof spec[n] !== 'object').map((n) => 'spec.' + n),
      ];
      const groups = m.createGroupsClient({ publicKey: 'pk', secretKey: 'sk' });
      const rawClient = raw.createRawClient({ publicKey: 'pk', secretKey: 'sk' });
      console.log(JSON.stringify({ missing, methods: Object.keys(groups).sort(), raw: typeof rawClient.GET }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: PACKAGE_DIR,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({
      missing: [],
      methods: ['create', 'delete', 'get', 'list', 'listAll', 'pages', 'store', 'uploadInfo'],
      raw: 'function',
    });
  });
});
