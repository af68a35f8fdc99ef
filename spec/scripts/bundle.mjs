// Bundles the split spec into dist/openapi.yaml and dist/openapi.json, the one artifact
// every other package reads. Both files come from one `redocly bundle` run so they can
// never disagree; the JSON is re-serialised from the YAML for stable key order and bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runRedocly } from './redocly.mjs';
import { renderProse } from './render-prose.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });
const status = runRedocly(['bundle', 'openapi/openapi.yaml', '--output', 'dist/openapi.yaml', '--ext', 'yaml'], {
  cwd: root,
  stdout: false,
});
if (status !== 0) process.exit(status);
// The prose's placeholders (`{{current-version}}`) filled in from the document itself.
const text = renderProse(readFileSync(join(dist, 'openapi.yaml'), 'utf8'));
writeFileSync(join(dist, 'openapi.yaml'), text);
const doc = parse(text);
writeFileSync(join(dist, 'openapi.json'), `${JSON.stringify(doc, null, 2)}\n`);
