// The emitters written for the mock's fake service, on tiny documents: the named error answers
// with their statuses and required headers, and the component schemas as they are.
import { describe, expect, test } from 'vitest';
import { EMITTERS, errorResponsesModel, schemasModel } from '../codegen/index.mjs';

const ok = { '200': { description: 'ok', content: { 'application/vnd.x-v1+json': { schema: { type: 'object' } } } } };
const tiny = (responses: Record<string, unknown>, components: Record<string, unknown> = {}) => ({
  openapi: '3.1.0',
  paths: { '/a/': { get: { operationId: 'getA', responses: { ...ok, ...responses } } } },
  components,
});

describe('errorResponsesModel', () => {
  test('each referenced error answer with its status and required headers; inline answers are left out', () => {
    const spec = tiny(
      {
        '404': { $ref: '#/components/responses/Missing' },
        '429': { $ref: '#/components/responses/Slow' },
        '500': { description: 'inline, unnamed' },
      },
      {
        responses: {
          Missing: { description: 'no' },
          Slow: {
            description: 'later',
            headers: {
              'Retry-After': { $ref: '#/components/headers/RetryAfter' },
              'X-Optional': { schema: { type: 'string' } },
            },
          },
        },
        headers: { RetryAfter: { required: true, schema: { type: 'integer' } } },
      },
    );
    expect(errorResponsesModel(spec)).toEqual({
      Missing: { status: 404, headers: [] },
      Slow: { status: 429, headers: ['Retry-After'] },
    });
  });

  test('one answer under two statuses is refused', () => {
    const spec = tiny(
      { '400': { $ref: '#/components/responses/Bad' }, '422': { $ref: '#/components/responses/Bad' } },
      { responses: { Bad: { description: 'bad' } } },
    );
    expect(() => errorResponsesModel(spec)).toThrow(/Bad is documented under both 400 and 422/);
  });
});

test('schemasModel is components.schemas as written, and the emitted module says so', async () => {
  const schemas = {
    A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
    B: { type: 'string' },
  };
  const spec = tiny({}, { schemas });
  expect(schemasModel(spec)).toBe(schemas);
  expect(schemasModel(tiny({}))).toEqual({});
  const text = await EMITTERS.schemas?.(spec);
  expect(text).toContain('export const SCHEMAS = {');
  expect(text).toContain('$ref: "#/components/schemas/B"');
  expect(text).toContain('export type SchemaName = keyof typeof SCHEMAS;');
});
