// Bundle size: minified + gzipped browser ESM bundles made by esbuild, of our whole client
// entry, of an app that only lists and gets, and of the official client's groups functions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// The app the target is about imports createGroupsClient and uses it; `whole entry` re-exports
// everything (no tree shaking), `raw` is the typed openapi-fetch entry, and the official client
// is measured on the same operations.
const entries = {
  'client: an app using createGroupsClient (list + get)': `import { createGroupsClient } from '@uploadcare-groups/client';
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk' });
    export const run = async (id) => [await groups.list({ limit: 10 }), await groups.get(id)];`,
  'client: the whole main entry': `export * from '@uploadcare-groups/client';`,
  'client/raw: an app using createRawClient': `import { createRawClient } from '@uploadcare-groups/client/raw';
    const raw = createRawClient({ publicKey: 'pk', secretKey: 'sk' });
    export const run = (id) => raw.GET('/groups/{group_id}/', { params: { path: { group_id: id } } });`,
  'official: an app using listOfGroups + groupInfo': `import { listOfGroups, groupInfo, UploadcareAuthSchema } from '@uploadcare/rest-client';
    const authSchema = new UploadcareAuthSchema({ publicKey: 'pk', secretKey: 'sk' });
    export const run = async (uuid) => [await listOfGroups({ limit: 10 }, { authSchema }), await groupInfo({ uuid }, { authSchema })];`,
  'official: the groups functions': `import { listOfGroups, groupInfo, deleteGroup, UploadcareAuthSchema } from '@uploadcare/rest-client';
    export { listOfGroups, groupInfo, deleteGroup, UploadcareAuthSchema };`,
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
    // Code splitting, as an app's bundler does it: a module loaded by dynamic import only when
    // needed lands in its own chunk. `gzipped` is what a page loads up front (the entry chunk);
    // `allChunksGzipped` counts every chunk.
    const result = await build({
      entryPoints: [file],
      bundle: true,
      splitting: true,
      outdir: join(dir, `out-${Object.keys(sizes).length}`),
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const gz = (f) => gzipSync(f.contents, { level: 9 }).length;
    const entryPath = Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint)?.[0];
    const entry = result.outputFiles.find((f) => f.path.endsWith(entryPath));
    const chunks = result.outputFiles.filter((f) => f !== entry && f.path.endsWith('.js'));
    sizes[name] = {
      minified: entry.contents.length,
      gzipped: gz(entry),
      allChunksGzipped: gz(entry) + chunks.reduce((sum, f) => sum + gz(f), 0),
    };
  }
  rmSync(dir, { recursive: true, force: true });
  return sizes;
}
