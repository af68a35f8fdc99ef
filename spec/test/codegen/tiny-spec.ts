// Tiny hand-made OpenAPI documents for the generator's tests: each test builds the smallest
// spec that shows one rule, so a failure names the rule, not the whole real spec.
// biome-ignore lint/suspicious/noExplicitAny: hand-made documents are untyped JSON.
export type Json = any;

export const V5 = 'application/vnd.uploadcare-v0.5+json';
export const V6 = 'application/vnd.uploadcare-v0.6+json';
export const V7 = 'application/vnd.uploadcare-v0.7+json';

/** A document with the given paths and components. */
export function specWith(paths: Json = {}, components: Json = {}): Json {
  return { openapi: '3.1.0', info: { title: 'tiny', version: '1' }, paths, components };
}

/** A 200 answer with a JSON body of `schema` under each media type. */
export function okWith(schema: Json = { type: 'object' }, ...types: string[]): Json {
  const content = Object.fromEntries((types.length > 0 ? types : [V7]).map((type) => [type, { schema }]));
  return { '200': { description: 'ok', content } };
}

/** An operation with a 200 JSON answer (v0.7) unless `responses` are given. */
export function op(operationId: string, extra: Json = {}): Json {
  return { operationId, responses: okWith(), ...extra };
}

/** A spec whose only operation, `GET /x/`, answers 200 with a body of `schema`, plus named schemas. */
export function answering(schema: Json, schemas: Json = {}): Json {
  return specWith({ '/x/': { get: op('getX', { responses: okWith(schema) }) } }, { schemas });
}
