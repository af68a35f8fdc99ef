// The bundled document (through the spec package, a declared devDependency) and an independent
// JSON Schema 2020-12 validator (Ajv) that resolves the document's own `#/components/...` refs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule, { type FormatsPlugin } from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module.
const addFormats: FormatsPlugin =
  (formatsModule as unknown as { default?: FormatsPlugin }).default ?? (formatsModule as unknown as FormatsPlugin);

// biome-ignore lint/suspicious/noExplicitAny: the document is untyped JSON by nature.
export type Json = any;

const specJsonPath = createRequire(import.meta.url).resolve('@uploadcare-groups/spec/openapi.json');
export const spec: Json = JSON.parse(readFileSync(specJsonPath, 'utf8'));

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

/** Follows local `$ref`s inside the document. */
export function deref(node: Json): Json {
  if (node && typeof node.$ref === 'string') {
    const path = node.$ref.replace(/^#\//, '').split('/');
    return deref(path.reduce((at: Json, key: string) => at[key.replace(/~1/g, '/')], spec));
  }
  return node;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  /** The path with the documented example for each path parameter. */
  examplePath: string;
  /** Status code → response object (refs followed). */
  responses: Record<string, Json>;
}

/** Every operation of the document, read from it rather than listed by hand. */
export function operations(): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
      const examplePath = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const param = params.find((p: Json) => p.in === 'path' && p.name === name);
        return encodeURI(String(param?.example));
      });
      const responses = Object.fromEntries(Object.entries<Json>(op.responses).map(([code, r]) => [code, deref(r)]));
      out.push({ operationId: op.operationId, method: method.toUpperCase(), path, examplePath, responses });
    }
  }
  return out;
}
