// Bundles the split spec into dist/openapi.yaml and dist/openapi.json, the one artifact
// every other package reads. Both files come from one `redocly bundle` run so they can
// never disagree; the JSON is re-serialised from the YAML for stable key order and bytes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

mkdirSync(dist, { recursive: true });
execFileSync(
  process.execPath,
  [redocly, 'bundle', 'openapi/openapi.yaml', '--output', 'dist/openapi.yaml', '--ext', 'yaml'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
const doc = parse(readFileSync(join(dist, 'openapi.yaml'), 'utf8'));
writeFileSync(join(dist, 'openapi.json'), `${JSON.stringify(doc, null, 2)}\n`);
