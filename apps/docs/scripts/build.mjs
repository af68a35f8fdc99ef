// Builds the static documentation site into dist/: type-checks the TypeScript samples against
// the client, injects them and the curl samples into a copy of the bundled spec, renders it with
// Redoc (inlined, telemetry off) and copies the bundled spec next to the page for download.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { docsSpec } from './lib/docs-spec.mjs';
import { documentedOperations, operationAddress } from './lib/operations.mjs';
import {
  distDir,
  logoPath,
  redoclyConfigPath,
  samplesDir,
  specJsonPath,
  specYamlPath,
  templatePath,
} from './lib/paths.mjs';
import { renderRedocPage } from './lib/redoc-page.mjs';
import { readTypeScriptSamples, typeCheckSamples } from './lib/samples.mjs';

/** @param {{ typeCheck?: boolean }} [options] typeCheck is off only in this package's own unit tests. */
export function buildDocs({ typeCheck = true } = {}) {
  const spec = parse(readFileSync(specYamlPath, 'utf8'));
  const operations = documentedOperations(spec);
  const tsSamples = readTypeScriptSamples(
    samplesDir,
    operations.map((op) => op.operationId),
  );
  if (typeCheck) {
    const clientDir = fileURLToPath(new URL('.', import.meta.resolve('@uploadcare-groups/client/package.json')));
    typeCheckSamples(samplesDir, join(clientDir, 'dist', 'index.d.ts'));
  }

  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'ucg-docs-'));
  try {
    const specForPage = join(work, 'openapi.docs.json');
    writeFileSync(specForPage, JSON.stringify(docsSpec(spec, operations, tsSamples), null, 2));
    renderRedocPage({
      specPath: specForPage,
      outputPath: join(distDir, 'index.html'),
      templatePath,
      configPath: redoclyConfigPath,
      title: 'uploadcare-groups · Uploadcare file groups API',
      operationAddresses: Object.fromEntries(operations.map((op) => [op.operationId, operationAddress(op)])),
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  copyFileSync(specYamlPath, join(distDir, 'openapi.yaml'));
  copyFileSync(specJsonPath, join(distDir, 'openapi.json'));
  copyFileSync(logoPath, join(distDir, 'logo.svg'));
  return { operations };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { operations } = buildDocs();
    console.log(`Docs built into ${distDir} (${operations.length} operations, samples type-checked)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
