// Bundle size: minified + gzipped browser ESM bundles made by esbuild, of our whole client
// entry, of an app that only lists and gets, and of the official client's groups functions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries = {
  'client (whole entry)': `export * from '@uploadcare-groups/client';`,
  'client (list + get)': `import { createGroupsClient } from '@uploadcare-groups/client';
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk' });
    export const run = async (id) => [await groups.list({ limit: 10 }), await groups.get(id)];`,
  'official (groups functions)': `import { listOfGroups, groupInfo, deleteGroup, UploadcareAuthSchema } from '@uploadcare/rest-client';
    export { listOfGroups, groupInfo, deleteGroup, UploadcareAuthSchema };`,
  'official (list + get)': `import { listOfGroups, groupInfo, UploadcareAuthSchema } from '@uploadcare/rest-client';
    const authSchema = new UploadcareAuthSchema({ publicKey: 'pk', secretKey: 'sk' });
    export const run = async (uuid) => [await listOfGroups({ limit: 10 }, { authSchema }), await groupInfo({ uuid }, { authSchema })];`,
};

export async function measureBundleSizes() {
  // Entries live under bench/node_modules so packages resolve as they would in an app.
  const benchRoot = fileURLToPath(new URL('..', import.meta.url));
  mkdirSync(join(benchRoot, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(benchRoot, 'node_modules/.cache/bundle-'));
  const sizes = {};
  for (const [name, source] of Object.entries(entries)) {
    const file = join(dir, `${Object.keys(sizes).length}.mjs`);
    writeFileSync(file, source);
    const result = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    sizes[name] = { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
  }
  rmSync(dir, { recursive: true, force: true });
  return sizes;
}
