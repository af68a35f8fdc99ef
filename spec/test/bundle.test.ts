import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderProse } from '../scripts/render-prose.mjs';
import { spec } from './load-spec.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

function bundleTo(dir: string): string {
  const out = join(dir, 'openapi.yaml');
  execFileSync(process.execPath, [redocly, 'bundle', 'openapi/openapi.yaml', '--output', out, '--ext', 'yaml'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  return renderProse(readFileSync(out, 'utf8'));
}

describe('the bundle', () => {
  it('is deterministic and matches dist/', () => {
    const first = bundleTo(mkdtempSync(join(tmpdir(), 'spec-a-')));
    const second = bundleTo(mkdtempSync(join(tmpdir(), 'spec-b-')));
    expect(second).toBe(first);
    expect(readFileSync(join(root, 'dist/openapi.yaml'), 'utf8')).toBe(first);
    expect(JSON.parse(readFileSync(join(root, 'dist/openapi.json'), 'utf8'))).toEqual(parse(first));
  });

  it('has the six operations with stable ids', () => {
    const ids = Object.values<Record<string, { operationId?: string }>>(spec.paths).flatMap((item) =>
      Object.values(item)
        .map((op) => op?.operationId)
        .filter(Boolean),
    );
    expect(ids.sort()).toEqual([
      'createGroup',
      'deleteGroup',
      'getGroup',
      'getUploadGroupInfo',
      'listGroups',
      'storeGroup',
    ]);
  });

  it('marks store deprecated and serves it under the v0.6 and v0.5 media types only', () => {
    const store = spec.paths['/groups/{group_id}/storage/'].put;
    expect(store.deprecated).toBe(true);
    expect(Object.keys(store.responses['200'].content)).toEqual([
      'application/vnd.uploadcare-v0.6+json',
      'application/vnd.uploadcare-v0.5+json',
    ]);
    expect(store.description).toMatch(/removed in v0\.7/);
  });

  it('gives every path a trailing slash and the real API root as server', () => {
    for (const path of Object.keys(spec.paths)) expect(path.endsWith('/')).toBe(true);
    expect(spec.servers[0].url).toBe('https://api.uploadcare.com');
  });
});
