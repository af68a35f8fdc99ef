// The spec's prose may name facts the document itself holds elsewhere (which API version is
// current, the media type an operation is sent with): it writes a placeholder,
// `{{current-version}}` or `{{accept:deleteGroup}}`, and the bundle fills it in from the
// document, so the prose cannot contradict the operations. An unknown placeholder fails the
// bundle.
import { parse } from 'yaml';
import { vendorMediaTypes } from '../codegen/emit-media-types.mjs';
import { acceptedMediaTypes, operationsOf, vendorVersion } from '../codegen/lib/spec-model.mjs';

/** Each placeholder's text, from the bundled document. */
export function proseFacts(doc) {
  const types = vendorMediaTypes(doc);
  const versions = types.map((type) => `\`v${vendorVersion(type)}\``);
  const list = (items) =>
    items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
  const facts = {
    'current-version': versions[0] ?? '',
    'current-media-type': types[0] ?? '',
    'older-versions': list(versions.slice(1)),
  };
  // Per operation: the media type to send it with, and its API version (`{{accept:deleteGroup}}`).
  for (const op of operationsOf(doc)) {
    const accepted = acceptedMediaTypes(doc, op)[0];
    facts[`accept:${op.operationId}`] = accepted;
    // The Upload API's operations are not versioned: no version placeholder for them.
    const version = vendorVersion(accepted);
    if (version !== undefined) facts[`version:${op.operationId}`] = `v${version}`;
  }
  return facts;
}

/** The bundled YAML text with every `{{name}}` of its prose filled in. */
export function renderProse(yamlText) {
  const facts = proseFacts(parse(yamlText));
  return yamlText.replace(/\{\{([a-zA-Z:-]+)\}\}/g, (whole, name) => {
    if (!Object.hasOwn(facts, name)) {
      throw new Error(`spec: unknown placeholder ${whole} in the prose (known: ${Object.keys(facts).join(', ')})`);
    }
    return facts[name];
  });
}
