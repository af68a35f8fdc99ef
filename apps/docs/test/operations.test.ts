// The example requests of the docs, read from tiny hand-made specs: the query comes from the
// parameters' `example`s, every value is checked against the parameter's constraints, and the
// method, path and Accept type come from the spec package's model (no list of methods or media
// types in the docs scripts).
import { describe, expect, it } from 'vitest';
import { exampleProblem } from '../scripts/lib/example-values.mjs';
import { documentedOperations } from '../scripts/lib/operations.mjs';

const V7 = 'application/vnd.uploadcare-v0.7+json';
const V6 = 'application/vnd.uploadcare-v0.6+json';
const ok = (type = V7) => ({ '200': { description: 'ok', content: { [type]: { schema: { type: 'object' } } } } });

/** A spec with one `GET /things/{id}/` operation (or the paths given). */
function tinySpec({
  query = [] as object[],
  idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'a~1' } as object,
  paths = undefined as object | undefined,
}) {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: paths ?? {
      '/things/{id}/': {
        parameters: [idParameter],
        get: {
          operationId: 'listThings',
          summary: 'List things',
          tags: ['Things'],
          parameters: query,
          responses: ok(),
        },
      },
    },
  };
}

const q = (name: string, schema: object, extra: object = {}) => ({ name, in: 'query', schema, ...extra });

/** The example request of the only operation of a tiny spec. */
function onlyOperation(spec: object) {
  const [op, ...more] = documentedOperations(spec);
  if (!op || more.length > 0) throw new Error('the tiny spec should hold exactly one operation');
  return op;
}

describe('the example request', () => {
  it.each([
    [
      'an optional parameter whose example differs from its default',
      [q('limit', { type: 'integer', default: 100 }, { example: 10 })],
      'limit=10',
    ],
    [
      'not an optional parameter whose example is its default',
      [q('limit', { type: 'integer', default: 100 }, { example: 100 })],
      '',
    ],
    [
      'not an optional parameter without a default (a position in a list)',
      [q('from', { type: 'string' }, { example: 'x' })],
      '',
    ],
    ['not an optional parameter without an example', [q('limit', { type: 'integer', default: 100 })], ''],
    ['a required parameter always', [q('kind', { type: 'string' }, { required: true, example: 'zip' })], 'kind=zip'],
    [
      'the example of the schema when the parameter has none',
      [q('order', { type: 'string', default: 'a', examples: ['b'] })],
      'order=b',
    ],
    [
      'several, in the order the spec lists them, encoded',
      [
        q('ordering', { type: 'string', enum: ['t', '-t'], default: 't' }, { example: '-t' }),
        q('limit', { type: 'integer', default: 100 }, { example: 5 }),
        q('q', { type: 'string', default: '' }, { example: 'a b&c' }),
      ],
      'ordering=-t&limit=5&q=a+b%26c',
    ],
  ])('sets %s', (_, query, search) => {
    const op = onlyOperation(tinySpec({ query }));
    expect(op.uri).toBe(search ? `/things/a~1/?${search}` : '/things/a~1/');
    expect(new URLSearchParams(search).toString()).toBe(
      new URLSearchParams(op.query as Record<string, string>).toString(),
    );
  });

  it('fills the path from the path parameter example (or its schema examples)', () => {
    const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', examples: ['b~2'] } };
    expect(onlyOperation(tinySpec({ idParameter })).uri).toBe('/things/b~2/');
  });

  it.each([
    [
      'above its maximum',
      q('limit', { type: 'integer', maximum: 10, default: 1 }, { example: 11 }),
      /query parameter limit: its example 11 is above the maximum 10/,
    ],
    [
      'below its minimum',
      q('limit', { type: 'integer', minimum: 1, default: 2 }, { example: 0 }),
      /its example 0 is below the minimum 1/,
    ],
    [
      'outside its enum',
      q('ordering', { type: 'string', enum: ['a', 'b'], default: 'a' }, { example: 'c' }),
      /its example "c" is not one of a, b/,
    ],
    [
      'of the wrong type',
      q('limit', { type: 'integer', default: 1 }, { example: '10' }),
      /its example "10" is not of type integer/,
    ],
    [
      'not matching its pattern',
      q('id2', { type: 'string', pattern: '^x+$', default: 'x' }, { example: 'y' }),
      /does not match \^x\+\$/,
    ],
    [
      'not a date-time',
      q('since', { type: 'string', format: 'date-time' }, { required: true, example: '2024-01-01 10:00' }),
      /is not an RFC 3339 date-time/,
    ],
    [
      'missing though required',
      q('kind', { type: 'string' }, { required: true }),
      /listThings: query parameter kind has no example/,
    ],
  ])('refuses an example %s, naming the operation and the parameter', (_, parameter, message) => {
    expect(() => documentedOperations(tinySpec({ query: [parameter] }))).toThrow(message);
  });

  it('refuses a path parameter example that breaks its pattern, or a missing one', () => {
    const bad = {
      name: 'id',
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: '^[a-z]+~\\d+$' },
      example: 'A',
    };
    expect(() => documentedOperations(tinySpec({ idParameter: bad }))).toThrow(
      /path parameter id: its example "A" does not match/,
    );
    const missing = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
    expect(() => documentedOperations(tinySpec({ idParameter: missing }))).toThrow(/path parameter id has no example/);
  });
});

describe('operations, methods and Accept', () => {
  it('documents every method the spec uses, with the newest media type it accepts', () => {
    const paths = {
      '/a/': {
        get: { operationId: 'getA', responses: ok(V6) },
        patch: {
          operationId: 'patchA',
          tags: ['Other things'],
          responses: { '200': { description: 'ok', content: { [V6]: {}, [V7]: {} } } },
        },
        head: {
          operationId: 'headA',
          deprecated: true,
          'x-uploadcare-accept': [V6, V7],
          responses: { '204': { description: 'none' } },
        },
      },
    };
    const ops = documentedOperations(tinySpec({ paths }));
    expect(ops.map((op) => [op.operationId, op.method, op.accept, op.deprecated, op.tag, op.summary])).toEqual([
      ['getA', 'GET', V6, false, 'default', 'getA'],
      ['headA', 'HEAD', V7, true, 'default', 'headA'],
      ['patchA', 'PATCH', V7, false, 'Other things', 'patchA'],
    ]);
  });

  it('fails, as the generator does, on an operation that names no API version', () => {
    const paths = { '/a/': { delete: { operationId: 'deleteA', responses: { '204': { description: 'none' } } } } };
    expect(() => documentedOperations(tinySpec({ paths }))).toThrow(/deleteA names no API version/);
  });
});

describe('exampleProblem', () => {
  it.each([
    [{ type: 'integer', minimum: 1, maximum: 1000 }, 1, undefined],
    [{ type: 'integer', minimum: 1, maximum: 1000 }, 1000, undefined],
    [{ type: 'integer', minimum: 1, maximum: 1000 }, 1.5, 'is not of type integer'],
    [{ type: 'number', exclusiveMinimum: 0 }, 0, 'is not above 0'],
    [{ type: 'number', exclusiveMaximum: 1 }, 1, 'is not below 1'],
    [{ type: ['string', 'null'] }, null, undefined],
    [{ type: 'string', minLength: 2 }, 'a', 'is shorter than 2 characters'],
    [{ type: 'string', maxLength: 2 }, 'abc', 'is longer than 2 characters'],
    [{ type: 'string', format: 'date-time' }, '2018-11-27T00:00:00Z', undefined],
    [{ type: 'string', format: 'date-time' }, '2018-11-27T00:00:00.5+01:00', undefined],
    [{ type: 'string', format: 'uuid' }, 'anything', undefined],
    [{ type: 'boolean' }, 'true', 'is not of type boolean'],
    [{}, { any: 'thing' }, undefined],
  ])('%j with %j: %s', (parameter, value, problem) => {
    expect(exampleProblem(parameter, value)).toBe(problem);
  });
});
