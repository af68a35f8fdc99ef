// lib/spec-model.mjs: $ref resolution, the list of operations with their merged parameters,
// responses, vendor media types and constant names, on tiny hand-made specs.
import { describe, expect, it } from 'vitest';
import {
  constCase,
  HTTP_METHODS,
  operationsOf,
  refName,
  resolve,
  responsesOf,
  sortMediaTypes,
  vendorVersion,
} from '../../codegen/lib/spec-model.mjs';
import { type Json, op, specWith, V5, V6, V7 } from './tiny-spec.js';

describe('resolve', () => {
  const spec = specWith(
    {},
    {
      schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' }, 'a/b~c': { type: 'integer' } },
      parameters: { loop: { $ref: '#/components/parameters/loop2' }, loop2: { $ref: '#/components/parameters/loop' } },
    },
  );

  it.each([
    ['a node that is no reference', { type: 'object' }, { type: 'object' }],
    ['a reference', { $ref: '#/components/schemas/B' }, { type: 'string' }],
    ['a reference to a reference', { $ref: '#/components/schemas/A' }, { type: 'string' }],
    ['JSON pointer escapes (~1 for /, ~0 for ~)', { $ref: '#/components/schemas/a~1b~0c' }, { type: 'integer' }],
    ['undefined', undefined, undefined],
  ])('follows %s', (_, node, expected) => {
    expect(resolve(spec, node)).toEqual(expected);
  });

  it.each([
    [
      'a circular reference',
      { $ref: '#/components/parameters/loop' },
      /circular \$ref #\/components\/parameters\/loop/,
    ],
    [
      'a reference to nothing',
      { $ref: '#/components/schemas/Missing' },
      /\$ref #\/components\/schemas\/Missing points at nothing/,
    ],
    ['a reference to another file', { $ref: 'other.yaml#/A' }, /only local \$refs are supported, got other\.yaml#\/A/],
  ])('refuses %s', (_, node, message) => {
    expect(() => resolve(spec, node)).toThrow(message);
  });

  it('names what a reference points at', () => {
    expect(refName({ $ref: '#/components/schemas/Group' })).toBe('Group');
    expect(refName({ type: 'string' })).toBeUndefined();
    expect(refName(undefined)).toBeUndefined();
  });
});

describe('operationsOf', () => {
  const limit = { name: 'limit', in: 'query', schema: { type: 'integer' } };
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

  it('lists operations in document order, methods in the order OpenAPI names them', () => {
    const spec = specWith({
      '/b/': { delete: op('deleteB'), get: op('getB'), trace: op('traceB'), patch: op('patchB') },
      '/a/': { post: op('postA'), options: op('optionsA'), head: op('headA'), put: op('putA') },
    });
    expect(operationsOf(spec).map((o: Json) => `${o.method} ${o.path} ${o.operationId}`)).toEqual([
      'GET /b/ getB',
      'DELETE /b/ deleteB',
      'PATCH /b/ patchB',
      'TRACE /b/ traceB',
      'PUT /a/ putA',
      'POST /a/ postA',
      'OPTIONS /a/ optionsA',
      'HEAD /a/ headA',
    ]);
    expect(HTTP_METHODS).toEqual(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  });

  it('ignores path item keys that are not methods', () => {
    const spec = specWith({ '/a/': { summary: 'A', description: 'a', servers: [], get: op('getA') } });
    expect(operationsOf(spec).map((o: Json) => o.operationId)).toEqual(['getA']);
  });

  it.each([
    ['path-level parameters first, then the operation’s own', [id], [limit], ['path:id', 'query:limit']],
    [
      'an operation parameter replacing a path-level one of the same name and location, in its place',
      [id, limit],
      [{ ...limit, description: 'own' }],
      ['path:id', 'query:limit own'],
    ],
    [
      'a parameter of the same name in another location kept apart',
      [{ name: 'id', in: 'header', schema: { type: 'string' } }],
      [id],
      ['header:id', 'path:id'],
    ],
    [
      'parameters given by $ref, resolved',
      [{ $ref: '#/components/parameters/id' }],
      [{ $ref: '#/components/parameters/limit' }],
      ['path:id', 'query:limit'],
    ],
  ])('merges %s', (_, pathLevel, own, expected) => {
    const spec = specWith(
      { '/a/{id}/': { parameters: pathLevel, get: op('getA', { parameters: own }) } },
      { parameters: { id, limit } },
    );
    const [operation] = operationsOf(spec);
    expect(
      operation.parameters.map((p: Json) => `${p.in}:${p.name}${p.description ? ` ${p.description}` : ''}`),
    ).toEqual(expected);
  });

  it('reads a path item given by $ref', () => {
    const spec = specWith({ '/a/': { $ref: '#/components/pathItems/A' } }, { pathItems: { A: { get: op('getA') } } });
    expect(operationsOf(spec).map((o: Json) => o.operationId)).toEqual(['getA']);
  });

  it.each([
    [
      'an operationId used twice',
      { '/a/': { get: op('same') }, '/b/': { put: op('same') } },
      /operationId same is used twice/,
    ],
    ['an operation without an operationId', { '/a/': { get: { responses: {} } } }, /GET \/a\/ has no operationId/],
    ['an empty operationId', { '/a/': { put: op('') } }, /PUT \/a\/ has no operationId/],
  ])('refuses %s', (_, paths, message) => {
    expect(() => operationsOf(specWith(paths))).toThrow(message);
  });

  it('reads a document without paths as one without operations', () => {
    expect(operationsOf({ openapi: '3.1.0' })).toEqual([]);
  });
});

describe('responsesOf', () => {
  it('gives numeric statuses in document order, with references resolved', () => {
    const spec = specWith({}, { responses: { NotFound: { description: 'nf' } } });
    const operation = op('getA', {
      responses: { '200': { description: 'ok' }, '404': { $ref: '#/components/responses/NotFound' } },
    });
    expect(responsesOf(spec, operation)).toEqual([
      { status: 200, response: { description: 'ok' } },
      { status: 404, response: { description: 'nf' } },
    ]);
  });

  it.each(['default', '2XX'])('refuses the status range %j, which no generated table can hold', (code) => {
    const operation = op('getA', { responses: { [code]: { description: 'any' } } });
    expect(() => responsesOf(specWith(), operation)).toThrow(
      new RegExp(`response "${code}" of getA: only explicit status codes are supported`),
    );
  });
});

describe('vendor media types', () => {
  it.each([
    [V7, '0.7'],
    ['application/vnd.uploadcare-v1+json', '1'],
    ['APPLICATION/VND.UPLOADCARE-V0.10+JSON', '0.10'],
    ['application/json', undefined],
    ['application/vnd.uploadcare-v0.7+xml', undefined],
    ['application/vnd.uploadcare+json', undefined],
    ['text/plain; application/vnd.uploadcare-v0.7+json', undefined],
  ])('%s names version %s', (type, version) => {
    expect(vendorVersion(type)).toBe(version);
  });

  it('sorts by version, newest first, numerically (0.10 after 0.9), others last in their order', () => {
    const v09 = 'application/vnd.uploadcare-v0.9+json';
    const v010 = 'application/vnd.uploadcare-v0.10+json';
    expect(sortMediaTypes(['application/json', V5, v09, 'text/plain', V7, v010, V6])).toEqual([
      v010,
      v09,
      V7,
      V6,
      V5,
      'application/json',
      'text/plain',
    ]);
  });
});

describe('constCase', () => {
  it.each([
    ['group_id', 'GROUP_ID'],
    ['GroupId', 'GROUP_ID'],
    ['groupId', 'GROUP_ID'],
    ['per-page', 'PER_PAGE'],
    ['limit', 'LIMIT'],
    ['x.y z', 'X_Y_Z'],
    ['_leading_', 'LEADING'],
    ['v2Api', 'V2_API'],
  ])('%s -> %s', (name, expected) => {
    expect(constCase(name)).toBe(expected);
  });
});
