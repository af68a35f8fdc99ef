// `media-types.ts`: the API versions the spec's vendor media types name, newest first, and the
// media type of each. Which of them an operation accepts is in `operations.ts`.
import { doc, literal } from './lib/print.mjs';
import { acceptedMediaTypes, operationsOf, responsesOf, sortMediaTypes, vendorVersion } from './lib/spec-model.mjs';

/** Every vendor media type the document uses (answers and `x-uploadcare-accept`), newest first. */
export function vendorMediaTypes(spec) {
  const types = new Set();
  for (const op of operationsOf(spec)) {
    for (const type of acceptedMediaTypes(spec, op)) if (vendorVersion(type)) types.add(type);
    for (const { response } of responsesOf(spec, op.operation)) {
      for (const type of Object.keys(response.content ?? {})) if (vendorVersion(type)) types.add(type);
    }
  }
  return sortMediaTypes(types);
}

/** @param {object} spec the bundled document */
export function emitMediaTypes(spec) {
  const types = vendorMediaTypes(spec);
  const byVersion = Object.fromEntries(types.map((type) => [vendorVersion(type), type]));
  return [
    doc('The API versions named by the spec, newest first.'),
    `export const API_VERSIONS = ${literal(Object.keys(byVersion))} as const;`,
    '',
    doc("An API version the spec names: what the client's `apiVersion` option takes."),
    'export type ApiVersion = (typeof API_VERSIONS)[number];',
    '',
    doc('The vendor media type of each API version, sent in `Accept`.'),
    `export const MEDIA_TYPES = ${literal(byVersion)} as const;`,
    '',
  ].join('\n');
}
