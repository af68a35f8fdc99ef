// The TypeScript samples are real files under samples/, one per operation, type-checked against
// the built client before they go into the page: a sample that stops compiling fails the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { kebabCase } from './operations.mjs';

/** Looks like a real Uploadcare key (20 hex characters) or an inline `Uploadcare.Simple` secret. */
const KEY_LIKE = /\b[0-9a-f]{20}\b/i;

/**
 * Reads `samples/<kebab-operation-id>.ts` for every operation and fails on a missing, an extra
 * or a key-bearing sample.
 * @returns {Map<string, string>} operationId -> source
 */
export function readTypeScriptSamples(samplesDir, operationIds) {
  const expected = new Map(operationIds.map((id) => [`${kebabCase(id)}.ts`, id]));
  const present = readdirSync(samplesDir).filter((name) => name.endsWith('.ts'));
  const extra = present.filter((name) => !expected.has(name));
  if (extra.length > 0) {
    throw new Error(`samples/ holds files for no documented operation: ${extra.join(', ')}`);
  }
  const sources = new Map();
  for (const [file, operationId] of expected) {
    const path = join(samplesDir, file);
    if (!existsSync(path)) throw new Error(`Operation ${operationId} has no TypeScript sample: add samples/${file}`);
    const source = readFileSync(path, 'utf8').trimEnd();
    const keyLike = source.match(KEY_LIKE);
    if (keyLike)
      throw new Error(`samples/${file} contains what looks like a real key (${keyLike[0]}); use placeholders`);
    sources.set(operationId, source);
  }
  return sources;
}

/** Runs `tsc --noEmit -p samples/tsconfig.json`; throws with tsc's report when a sample is wrong. */
export function typeCheckSamples(samplesDir, clientTypesPath) {
  if (!existsSync(clientTypesPath)) {
    throw new Error(
      `The client is not built (${clientTypesPath} is missing), so the samples cannot be type-checked.\n` +
        'Build it first: pnpm exec turbo run build --filter=@uploadcare-groups/docs...',
    );
  }
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', join(samplesDir, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`The TypeScript samples do not compile against the client:\n${result.stdout}${result.stderr}`);
  }
}
