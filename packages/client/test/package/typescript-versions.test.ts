/**
 * The published declarations type-check in a consumer project on the oldest and the newest
 * TypeScript the README promises, with `skipLibCheck: false` (every .d.ts checked) and with and
 * without `exactOptionalPropertyTypes`. The packed tarball is installed as users install it; the
 * compilers come from the npm registry.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The supported range (README): the main and /spec entries from 5.0, /raw (openapi-fetch's own types) from 5.4. */
const COMPILERS = { oldest: '5.0.4', oldestForRaw: '5.4.5', newest: '7.0.2' };

const PACKAGE_DIR = new URL('../..', import.meta.url).pathname;
const consumer = mkdtempSync(join(tmpdir(), 'client-types-'));

const MAIN = `
import { createGroupsClient, type GroupsClientOptions, groupCdnUrl, NotFoundError, normalizeFrom } from '@uploadcare-groups/client';
import { LIMIT, ORDERING, OPERATIONS } from '@uploadcare-groups/client/spec';
declare const process: { env: Record<string, string | undefined> };
// Optional options take undefined, as environment variables are.
const options: GroupsClientOptions = { publicKey: 'pk', secretKey: process.env.SECRET ?? '', baseUrl: process.env.API_URL };
// @ts-expect-error: both secretKey and signer
createGroupsClient({ publicKey: 'pk', secretKey: 'sk', signer: async () => '' });
// The public key alone: a client of the Upload API (create, uploadInfo).
export const browser = createGroupsClient({ publicKey: 'pk' });
declare const nth: number | undefined;
export const url = groupCdnUrl('badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3', { nth, archive: undefined });
const groups = createGroupsClient(options);
export async function run(): Promise<number> {
  let files = 0;
  for await (const group of groups.listAll({ limit: LIMIT.maximum, ordering: ORDERING.enum[1], prefetch: true, from: normalizeFrom(new Date()) })) {
    files += group.files_count;
  }
  try {
    const group = await groups.get('badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3', { signal: undefined });
    files += group.files.filter((file) => file !== null).length;
  } catch (error) {
    if (error instanceof NotFoundError) files += error.status;
  }
  // @ts-expect-error: not an ordering of the spec
  groups.list({ ordering: 'size' });
  return files + OPERATIONS.listGroups.query.length;
}
`;

const RAW = `
import { createRawClient } from '@uploadcare-groups/client/raw';
const raw = createRawClient({ publicKey: 'pk', secretKey: 'sk' });
export async function run(): Promise<number | undefined> {
  const { data } = await raw.GET('/groups/{group_id}/', { params: { path: { group_id: 'x' } } });
  // @ts-expect-error: no such path
  await raw.GET('/files/');
  return data?.files.length;
}
`;

beforeAll(() => {
  execFileSync('pnpm', ['pack', '--pack-destination', consumer], { cwd: PACKAGE_DIR, stdio: 'pipe' });
  const tarball = readdirSync(consumer).find((name) => name.endsWith('.tgz'));
  const dependencies: Record<string, string> = { '@uploadcare-groups/client': `file:./${tarball}` };
  for (const version of new Set(Object.values(COMPILERS))) dependencies[`ts-${version}`] = `npm:typescript@${version}`;
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ private: true, type: 'module', dependencies }));
  writeFileSync(join(consumer, 'main.ts'), MAIN);
  writeFileSync(join(consumer, 'raw.ts'), RAW);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: consumer, stdio: 'pipe' });
}, 300_000);

afterAll(() => {
  rmSync(consumer, { recursive: true, force: true });
});

function typeCheck(version: string, file: string, exactOptionalPropertyTypes: boolean): string {
  const config = join(consumer, `tsconfig.${version}.${file}.${exactOptionalPropertyTypes}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        noEmit: true,
        skipLibCheck: false,
        exactOptionalPropertyTypes,
      },
      files: [file],
    }),
  );
  try {
    execFileSync(process.execPath, [join(consumer, 'node_modules', `ts-${version}`, 'bin', 'tsc'), '-p', config], {
      cwd: consumer,
      encoding: 'utf8',
    });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the declarations on every supported TypeScript', () => {
  it.each([
    [COMPILERS.oldest, 'main.ts', true],
    [COMPILERS.oldest, 'main.ts', false],
    [COMPILERS.newest, 'main.ts', true],
    [COMPILERS.newest, 'main.ts', false],
    [COMPILERS.oldestForRaw, 'raw.ts', true],
    [COMPILERS.oldestForRaw, 'raw.ts', false],
    [COMPILERS.newest, 'raw.ts', true],
    [COMPILERS.newest, 'raw.ts', false],
  ])('TypeScript %s checks %s (exactOptionalPropertyTypes: %s, skipLibCheck: false)', (version, file, exact) => {
    expect(typeCheck(version, file, exact)).toBe('');
  });
});
