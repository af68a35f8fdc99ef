// Generates src/generated/openapi.ts from the bundled spec with openapi-typescript's Node API.
// The Node API is used rather than the CLI because the CLI silently prefers a redocly.yaml
// found in its working folder over its arguments. The output is committed, and CI fails when
// it is stale (scripts/check-generated.mjs at the repo root), so it must be byte-for-byte
// deterministic: no timestamps, no absolute paths, a fixed header.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const specUrl = new URL('../../../spec/dist/openapi.yaml', import.meta.url);
const outUrl = new URL('../src/generated/openapi.ts', import.meta.url);

const ast = await openapiTS(await readFile(specUrl, 'utf8'), {
  // `type: object` without properties (appdata, variations, video...) holds arbitrary data:
  // type it Record<string, unknown> rather than the default Record<string, never>.
  emptyObjectsUnknown: true,
  alphabetize: false,
  exportType: false,
});

const header = [
  '/**',
  ' * GENERATED FILE: do not edit by hand.',
  ' * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).',
  ' * Regenerate with `pnpm --filter @uploadcare-groups/client run generate`.',
  ' */',
  '',
].join('\n');

const body = astToString(ast).replace(/\r\n/g, '\n');
await mkdir(new URL('.', outUrl), { recursive: true });
await writeFile(outUrl, `${header}\n${body.endsWith('\n') ? body : `${body}\n`}`);
console.log(`generated ${outUrl.pathname.split('/packages/')[1] ?? outUrl.pathname}`);
