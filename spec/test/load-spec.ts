// Loads the bundled document and an independent JSON Schema 2020-12 validator (Ajv) that
// resolves the document's own `#/components/...` references.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const specPath = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: the document is untyped JSON by nature.
export type Json = any;

export const spec: Json = JSON.parse(readFileSync(specPath, 'utf8'));

const SPEC_ID = 'https://spec.local/openapi.json';

export function createValidator() {
  // `strict: false` because OpenAPI adds keywords (`example`, `deprecated`) next to schemas.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...spec, $id: SPEC_ID });
  return (schema: Json, value: unknown) => {
    const validate = ajv.compile(withAbsoluteRefs(schema));
    const ok = validate(value) as boolean;
    return { ok, errors: validate.errors ?? [] };
  };
}

/** Rewrites local refs so a schema taken out of the document still resolves against it. */
function withAbsoluteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(withAbsoluteRefs);
  if (node && typeof node === 'object') {
    const out: Json = {};
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

/** Follows a local `$ref` inside the document. */
export function deref(node: Json): Json {
  if (node && typeof node.$ref === 'string') {
    const path = node.$ref.replace(/^#\//, '').split('/');
    return deref(path.reduce((at: Json, key: string) => at[key.replace(/~1/g, '/')], spec));
  }
  return node;
}

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
