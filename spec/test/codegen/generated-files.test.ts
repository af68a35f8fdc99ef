// codegen/index.mjs: the files each package asks for, written with the header; and the real
// check: each package's own `generate` script, run on the real bundled spec in a scratch copy,
// writes exactly the files committed in its src/generated/.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EMITTERS, generateFiles, loadBundledSpec, writeGenerated } from '../../codegen/index.mjs';
import { header } from '../../codegen/lib/print.mjs';
import { okWith, op, specWith } from './tiny-spec.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const specDir = join(repoRoot, 'spec');
const scratch = mkdtempSync(join(tmpdir(), 'codegen-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tiny = specWith(
  { '/a/': { get: op('getA', { responses: okWith({ type: 'object' }) }) } },
  { schemas: { Code: { type: 'string', pattern: '^c$' } } },
);

describe('generateFiles', () => {
  it('gives each named file the header, its emitter’s text and one final newline', async () => {
    const files = await generateFiles(tiny, ['patterns', 'operations'], 'pnpm run generate');
    expect(Object.keys(files)).toEqual(['patterns.ts', 'operations.ts']);
    expect(files['patterns.ts']).toBe(
      `${header('pnpm run generate')}\n/** \`components.schemas.Code.pattern\`. */\nexport const CODE_PATTERN = "^c$";\n`,
    );
    for (const text of Object.values(files)) {
      expect(text.startsWith(header('pnpm run generate'))).toBe(true);
      expect(text.endsWith('\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
    }
  });

  it('refuses an emitter it does not have, naming those it has', async () => {
    await expect(generateFiles(tiny, ['nope'], 'x')).rejects.toThrow(
      `codegen: no emitter "nope" (known: ${Object.keys(EMITTERS).join(', ')})`,
    );
  });
});

describe('writeGenerated', () => {
  it('writes the files and removes any other .ts file there, leaving other files alone', async () => {
    const outDir = join(scratch, 'out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'stale.ts'), 'export {};\n');
    writeFileSync(join(outDir, 'notes.md'), 'kept\n');
    const written = await writeGenerated({
      outDir: pathToFileURL(`${outDir}/`),
      names: ['patterns'],
      regenerate: 'x',
      spec: tiny,
    });
    expect(written).toEqual(['patterns.ts']);
    expect(readdirSync(outDir).sort()).toEqual(['notes.md', 'patterns.ts']);
  });
});

/** The packages that generate code from the spec: those with a src/generated/ folder. */
const generatingPackages = ['packages', 'apps']
  .flatMap((group) => readdirSync(join(repoRoot, group)).map((name) => join(repoRoot, group, name)))
  .filter((dir) => existsSync(join(dir, 'src', 'generated')));

describe('the real bundled spec', () => {
  it('is what the generator reads', async () => {
    expect(await loadBundledSpec()).toEqual(JSON.parse(readFileSync(join(specDir, 'dist/openapi.json'), 'utf8')));
  });

  it('finds the client and the mock among the generating packages', () => {
    const names = generatingPackages.map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name);
    expect(names).toEqual(expect.arrayContaining(['@uploadcare-groups/client', '@uploadcare-groups/mock']));
  });

  it.each(generatingPackages.map((dir) => [dir.slice(repoRoot.length), dir]))(
    '%s: its generate script writes exactly the committed src/generated/',
    (_, dir) => {
      // The package's own script, unchanged, in a scratch copy of the package: it writes to
      // ../src/generated/ beside itself, and finds the spec package through node_modules.
      const copy = join(scratch, dir.slice(repoRoot.length).replace(/\W+/g, '-'));
      mkdirSync(join(copy, 'scripts'), { recursive: true });
      mkdirSync(join(copy, 'node_modules', '@uploadcare-groups'), { recursive: true });
      symlinkSync(specDir, join(copy, 'node_modules', '@uploadcare-groups', 'spec'), 'dir');
      writeFileSync(join(copy, 'scripts', 'generate.mjs'), readFileSync(join(dir, 'scripts', 'generate.mjs')));
      // A README whose spec blocks the script renders is rewritten in place: it must come out as committed.
      const readme = join(dir, 'README.md');
      if (existsSync(readme)) writeFileSync(join(copy, 'README.md'), readFileSync(readme));
      execFileSync(process.execPath, [join(copy, 'scripts', 'generate.mjs')], { cwd: copy, stdio: 'pipe' });

      const committed = join(dir, 'src', 'generated');
      const generated = join(copy, 'src', 'generated');
      expect(readdirSync(generated).sort()).toEqual(readdirSync(committed).sort());
      for (const file of readdirSync(committed)) {
        expect(readFileSync(join(generated, file), 'utf8'), file).toBe(readFileSync(join(committed, file), 'utf8'));
      }
      if (existsSync(readme)) {
        expect(readFileSync(join(copy, 'README.md'), 'utf8'), 'README.md').toBe(readFileSync(readme, 'utf8'));
      }
    },
  );
});
