// The copy of the spec the page renders: the bundled spec plus code samples and the logo.
// The downloadable openapi.yaml/json stay the bundled spec, untouched.
import { curlSample } from './curl-sample.mjs';

/**
 * @param {object} spec the bundled spec (not modified)
 * @param {import('./operations.mjs').DocumentedOperation[]} operations
 * @param {Map<string, string>} tsSamples operationId -> TypeScript source
 */
export function docsSpec(spec, operations, tsSamples) {
  const copy = structuredClone(spec);
  const serverUrl = copy.servers?.[0]?.url;
  if (!serverUrl) throw new Error('The spec lists no server to put in the curl samples');
  copy.info['x-logo'] = { url: 'logo.svg', altText: 'uploadcare-groups' };
  for (const op of operations) {
    const operation = copy.paths[op.path][op.method.toLowerCase()];
    operation['x-codeSamples'] = [
      { lang: 'TypeScript', label: 'TypeScript', source: tsSamples.get(op.operationId) },
      // An Upload API operation goes to its own server.
      { lang: 'curl', label: 'curl', source: curlSample(op, op.publicKeyField ? op.server : serverUrl) },
    ];
  }
  return copy;
}
