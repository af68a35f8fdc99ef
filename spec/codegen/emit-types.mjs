// `openapi.ts`: the `paths`, `components` and `operations` types, by openapi-typescript's Node
// API (its CLI silently prefers a redocly.yaml found in its working folder over its arguments).
import openapiTS, { astToString } from 'openapi-typescript';

/** @param {object} spec the bundled document */
export async function emitTypes(spec) {
  const ast = await openapiTS(structuredClone(spec), {
    // `type: object` without properties (appdata, variations, video...) holds arbitrary data:
    // type it Record<string, unknown> rather than the default Record<string, never>.
    emptyObjectsUnknown: true,
    alphabetize: false,
    exportType: false,
  });
  return astToString(ast).replace(/\r\n/g, '\n');
}
