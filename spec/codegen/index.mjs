// The code generator: the one place that turns the bundled spec into TypeScript. Each package
// names the files it wants (`writeGenerated`); each file has one pure emitter (spec -> text).
// The docs scripts and tests use the same models the emitters print, so nothing about the spec
// is derived twice.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { emitErrorExamples } from './emit-error-examples.mjs';
import { emitErrorResponses } from './emit-error-responses.mjs';
import { emitMediaTypes } from './emit-media-types.mjs';
import { emitOperations } from './emit-operations.mjs';
import { emitParameters } from './emit-parameters.mjs';
import { emitPatterns } from './emit-patterns.mjs';
import { emitSchemas } from './emit-schemas.mjs';
import { emitShapes } from './emit-shapes.mjs';
import { emitTypes } from './emit-types.mjs';
import { header } from './lib/print.mjs';

export { errorExamplesModel } from './emit-error-examples.mjs';
export { errorResponsesModel } from './emit-error-responses.mjs';
export { vendorMediaTypes } from './emit-media-types.mjs';
export { operationsModel } from './emit-operations.mjs';
export { parametersModel } from './emit-parameters.mjs';
export { schemasModel } from './emit-schemas.mjs';
export { shapesModel } from './emit-shapes.mjs';
export {
  acceptedMediaTypes,
  constCase,
  operationsOf,
  publicKeyField,
  refName,
  resolve,
  responsesOf,
  securityOf,
  serverOf,
  vendorVersion,
} from './lib/spec-model.mjs';
export { renderQueryParameters, writeDocBlock } from './render-docs.mjs';

/** Generated file name (without `.ts`) -> its emitter. */
export const EMITTERS = {
  openapi: emitTypes,
  patterns: emitPatterns,
  parameters: emitParameters,
  'media-types': emitMediaTypes,
  operations: emitOperations,
  shapes: emitShapes,
  'error-examples': emitErrorExamples,
  'error-responses': emitErrorResponses,
  schemas: emitSchemas,
};

const bundledJson = new URL('../dist/openapi.json', import.meta.url);

/** The bundled document (`spec/dist/openapi.json`); run the spec's `bundle` task first. */
export async function loadBundledSpec() {
  try {
    return JSON.parse(await readFile(bundledJson, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the bundled spec (${bundledJson.pathname}): run \`pnpm build\` first`, {
      cause: error,
    });
  }
}

/**
 * The text of each generated file: `{ 'operations.ts': '…' }`.
 * @param {object} spec the bundled document
 * @param {string[]} names keys of {@link EMITTERS}
 * @param {string} regenerate the command named in the header
 */
export async function generateFiles(spec, names, regenerate) {
  const files = {};
  for (const name of names) {
    const emit = EMITTERS[name];
    if (!emit) throw new Error(`codegen: no emitter "${name}" (known: ${Object.keys(EMITTERS).join(', ')})`);
    const body = await emit(spec);
    files[`${name}.ts`] = `${header(regenerate)}\n${body.endsWith('\n') ? body : `${body}\n`}`;
  }
  return files;
}

/**
 * Writes the named files into `outDir` and removes any other `.ts` file there, so an emitter
 * dropped from the list leaves no stale file behind.
 * @param {{ outDir: URL, names: string[], regenerate: string, spec?: object }} options
 */
export async function writeGenerated({ outDir, names, regenerate, spec }) {
  const files = await generateFiles(spec ?? (await loadBundledSpec()), names, regenerate);
  await mkdir(outDir, { recursive: true });
  for (const existing of await readdir(outDir)) {
    if (existing.endsWith('.ts') && !(existing in files)) await rm(new URL(existing, outDir));
  }
  for (const [file, text] of Object.entries(files)) await writeFile(new URL(file, outDir), text);
  return Object.keys(files);
}
