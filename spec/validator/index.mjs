// The bundled document and an independent JSON Schema 2020-12 validator (Ajv) over it, for
// the tests of every package that checks payloads against the spec. Test-only: it reads
// dist/, so run `bundle` first.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; depending on the loader, the default import
// is the plugin or the module object holding it.
const addFormats = formatsModule.default ?? formatsModule;

const SPEC_ID = 'https://spec.local/openapi.json';

/** The bundled document, parsed from dist/openapi.json. */
export const spec = JSON.parse(readFileSync(new URL('../dist/openapi.json', import.meta.url), 'utf8'));

/** A validator for schemas of the document: `validate(schema, value) => { ok, errors }`. */
export function createValidator() {
  // `strict: false` because OpenAPI adds keywords (`example`, `deprecated`) next to schemas.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...spec, $id: SPEC_ID });
  return (schema, value) => {
    const validate = ajv.compile(withAbsoluteRefs(schema));
    const ok = validate(value);
    return { ok, errors: validate.errors ?? [] };
  };
}

/** Rewrites local refs so a schema taken out of the document still resolves against it. */
function withAbsoluteRefs(node) {
  if (Array.isArray(node)) return node.map(withAbsoluteRefs);
  if (node && typeof node === 'object') {
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] =
        key === '$ref' && typeof value === 'string' && value.startsWith('#')
          ? `${SPEC_ID}${value}`
          : withAbsoluteRefs(value);
    }
    return out;
  }
  return node;
}

/** Follows local `$ref`s inside the document. */
export function deref(node) {
  if (node && typeof node.$ref === 'string') {
    const path = node.$ref.replace(/^#\//, '').split('/');
    return deref(path.reduce((at, key) => at[key.replace(/~1/g, '/')], spec));
  }
  return node;
}

/** A reference to a named schema of the document. */
export const schemaRef = (name) => ({ $ref: `#/components/schemas/${name}` });
