// Generates, from the bundled spec, src/generated/openapi.ts with openapi-typescript's Node API
// and src/generated/patterns.ts with the spec's string patterns the client checks input with.
// The Node API is used rather than the CLI because the CLI silently prefers a redocly.yaml
// found in its working folder over its arguments. The output is committed, and CI fails when
// it is stale (scripts/check-generated.mjs at the repo root), so it must be byte-for-byte
// deterministic: no timestamps, no absolute paths, a fixed header.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const specUrl = new URL('../../../spec/dist/openapi.yaml', import.meta.url);
const specJsonUrl = new URL('../../../spec/dist/openapi.json', import.meta.url);
const outUrl = new URL('../src/generated/openapi.ts', import.meta.url);
const patternsUrl = new URL('../src/generated/patterns.ts', import.meta.url);

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

// The group id pattern, so the client refuses exactly what the spec refuses, before sending.
const spec = JSON.parse(await readFile(specJsonUrl, 'utf8'));
const groupIdPattern = spec.components.schemas.GroupId.pattern;
if (typeof groupIdPattern !== 'string') throw new Error('spec: components.schemas.GroupId has no pattern');
const patterns = [
  header,
  '/** `components.schemas.GroupId.pattern`: `<uuid>~<N>`. */',
  `export const GROUP_ID_PATTERN = ${JSON.stringify(groupIdPattern)};`,
  '',
].join('\n');
await writeFile(patternsUrl, patterns);
for (const url of [outUrl, patternsUrl])
  console.log(`generated ${url.pathname.split('/packages/')[1] ?? url.pathname}`);
