/**
 * The public types refuse what the run time refuses (`test/types/options.ts`: options with
 * neither or both of secretKey and signer…) and accept `undefined` for every optional option,
 * compiled with and without `exactOptionalPropertyTypes`. The published declarations are
 * checked on every supported TypeScript by `test/package/typescript-versions.test.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PACKAGE_DIR = new URL('../..', import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const configs = mkdtempSync(join(tmpdir(), 'client-type-tests-'));

afterAll(() => rmSync(configs, { recursive: true, force: true }));

function typeCheck(exactOptionalPropertyTypes: boolean): string {
  const config = join(configs, `tsconfig.${exactOptionalPropertyTypes}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(PACKAGE_DIR, 'tsconfig.json'),
      compilerOptions: { noEmit: true, exactOptionalPropertyTypes, types: [] },
      include: [],
      files: [join(PACKAGE_DIR, 'test/types/options.ts')],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8', timeout: 120_000 });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the types catch what the run time refuses', () => {
  it.each([true, false])(
    'exactOptionalPropertyTypes: %s',
    (exact) => {
      expect(typeCheck(exact)).toBe('');
    },
    120_000,
  );
});
