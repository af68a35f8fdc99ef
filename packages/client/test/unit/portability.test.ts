import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Source text without comments: TSDoc examples may mention Node and the package name. */
async function code(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat().filter((file) => file.endsWith('.ts'));
}

describe('the published source runs outside Node', () => {
  it('imports no node: module and no Node-only global', async () => {
    const files = await sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = await code(file);
      // The one use of a Node facility: the signer asks the runtime for its crypto where it can
      // hand it out without an import, and falls back to Web Crypto (see auth/sign-request.ts).
      const rest = text.replace(/^.*getBuiltinModule.*$/gm, '');
      if (rest !== text) expect(file.endsWith('auth/sign-request.ts'), file).toBe(true);
      expect(rest, file).not.toMatch(/from\s+['"]node:|import\(\s*['"]node:|require\(|['"]node:/);
      expect(rest, file).not.toMatch(/\bBuffer\b|\bprocess\b|__dirname/);
    }
  });

  it('imports only its declared dependencies', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    const allowed = Object.keys(pkg.dependencies);
    for (const file of await sourceFiles(SRC)) {
      const text = await code(file);
      for (const [, specifier] of text.matchAll(/from\s+'([^']+)'/g)) {
        if (specifier?.startsWith('.')) continue;
        expect(
          allowed.some((dep) => specifier === dep || specifier?.startsWith(`${dep}/`)),
          `${file}: ${specifier}`,
        ).toBe(true);
      }
    }
  });
});
