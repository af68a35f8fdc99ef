// `patterns.ts`: the `pattern` of every named string schema, so code refuses exactly what the
// spec refuses (the client checks a group id before sending it), and its first example, so a
// message shows a good value from the spec.

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
    // Its first example too, for messages that show what a good value looks like.
    const example = schema.examples?.[0] ?? schema.example;
    if (typeof example === 'string') {
      const exampleConstant = claimConstant(constants, `${constCase(name)}_EXAMPLE`, `${name} example`, 'schemas');
      out.push(doc(`The first example of \`components.schemas.${name}\`.`));
      out.push(`export const ${exampleConstant} = ${JSON.stringify(example)};`, '');
    }
  }
  return out.join('\n');
}
