// `patterns.ts`: the `pattern` of every named string schema, so code refuses exactly what the
// spec refuses (the client checks a group id before sending it).

import { claimConstant, doc } from './lib/print.mjs';
import { constCase } from './lib/spec-model.mjs';

/** @param {object} spec the bundled document */
export function emitPatterns(spec) {
  const out = [];
  const constants = new Map();
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if (typeof schema.pattern !== 'string') continue;
    const constant = claimConstant(constants, `${constCase(name)}_PATTERN`, name, 'schemas');
    out.push(doc(`\`components.schemas.${name}.pattern\`${schema.title ? ` (${schema.title})` : ''}.`));
    out.push(`export const ${constant} = ${JSON.stringify(schema.pattern)};`, '');
  }
  return out.join('\n');
}
