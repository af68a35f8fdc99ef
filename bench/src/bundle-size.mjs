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

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Calls `use(bundle)` for each source in turn, bundled under bench/node_modules as an app's would be. */
async function withBundles(sources, use) {
  // Entries live under bench/node_modules so packages resolve as they would in an app.
  const benchRoot = fileURLToPath(new URL('..', import.meta.url));
  mkdirSync(join(benchRoot, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(benchRoot, 'node_modules/.cache/bundle-'));
  try {
    for (const [index, source] of sources.entries()) {
      const file = join(dir, `${index}.mjs`);
      writeFileSync(file, source);
      // Code splitting, as an app's bundler does it: a module loaded by dynamic import only when
      // needed lands in its own chunk.
      const result = await build({
        entryPoints: [file],
        bundle: true,
        splitting: true,
        outdir: join(dir, `out-${index}`),
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const [entryPath, entryMeta] = Object.entries(result.metafile.outputs).find(([, out]) => out.entryPoint);
      const entry = result.outputFiles.find((f) => f.path.endsWith(entryPath));
      const chunks = result.outputFiles.filter((f) => f !== entry && f.path.endsWith('.js'));
      use({ entry, entryMeta, chunks });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureBundleSizes() {
  const sizes = {};
  const names = Object.keys(entries);
  let index = 0;
  // `gzipped` is what a page loads up front (the entry chunk); `allChunksGzipped` counts every chunk.
  await withBundles(Object.values(entries), ({ entry, chunks }) => {
    sizes[names[index++]] = {
      minified: entry.contents.length,
      gzipped: gz(entry.contents),
      allChunksGzipped: gz(entry.contents) + chunks.reduce((sum, f) => sum + gz(f.contents), 0),
    };
  });
  return sizes;
}

/**
 * Where the bytes of the app using createGroupsClient go: for each module in its entry chunk,
 * the gzip bytes lost when the module's minified text is cut out (gzip shares context between
 * modules, so the parts add up to more than the whole). Not in `pnpm bench`'s table; run it on
 * its own, after building the client:
 * `node -e "import('./bench/src/bundle-size.mjs').then((m) => m.moduleContributions()).then(console.table)"`.
 */
export async function moduleContributions() {
  const rows = [];
  await withBundles([Object.values(entries)[0]], ({ entry, entryMeta }) => {
    const text = Buffer.from(entry.contents);
    const whole = gz(text);
    let at = 0;
    // The inputs are listed in the order their text appears in the chunk.
    for (const [input, { bytesInOutput }] of Object.entries(entryMeta.inputs)) {
      const rest = Buffer.concat([text.subarray(0, at), text.subarray(at + bytesInOutput)]);
      rows.push({ module: input.replace(/^.*\/dist\//, ''), minified: bytesInOutput, gzipLoss: whole - gz(rest) });
      at += bytesInOutput;
    }
  });
  return rows.filter((row) => row.minified > 0).sort((a, b) => b.gzipLoss - a.gzipLoss);
}
