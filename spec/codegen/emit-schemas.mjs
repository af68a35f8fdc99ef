// `schemas.ts`: the spec's component schemas, verbatim (JSON Schema 2020-12, as OpenAPI 3.1
// writes them, local `$ref`s kept), so a fake service can check data it is handed with the very
// schemas its answers are checked against, without parsing the YAML at run time.
import { doc, literal } from './lib/print.mjs';

/** `components.schemas` of the document (an empty object when it has none). */
export function schemasModel(spec) {
  return spec.components?.schemas ?? {};
}

/** @param {object} spec the bundled document */
export function emitSchemas(spec) {
  return [
    doc(
      [
        "The document's `components.schemas`, verbatim. Their `$ref`s are local to the document",
        '(`#/components/schemas/…`): give a validator `{ components: { schemas: SCHEMAS } }` as one schema.',
      ].join('\n'),
    ),
    `export const SCHEMAS = ${literal(schemasModel(spec))} as const;`,
    '',
    'export type SchemaName = keyof typeof SCHEMAS;',
    '',
  ].join('\n');
}
