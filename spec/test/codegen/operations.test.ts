// emit-operations.mjs: the operations table (method, path, parameter names, Accept types,
// deprecation) and each operation's documented answers.
import { describe, expect, it } from 'vitest';
import { emitOperations, operationsModel } from '../../codegen/emit-operations.mjs';
import { okWith, op, specWith, V6, V7 } from './tiny-spec.js';

const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const q = (name: string) => ({ name, in: 'query', schema: { type: 'string' } });

const spec = specWith(
  {
    '/things/': { get: op('listThings', { parameters: [q('limit'), q('from'), { name: 'X-Trace', in: 'header' }] }) },
    '/things/{id}/': {
      parameters: [id],
      get: op('getThing', { parameters: [q('expand')] }),
      delete: op('deleteThing', {
        responses: { '204': { description: 'gone' }, '404': { $ref: '#/components/responses/NotFound' } },
        'x-uploadcare-accept': [V7],
      }),
    },
    '/things/{id}/old/': {
      parameters: [id],
      put: op('storeThing', { deprecated: true, responses: okWith({}, V6) }),
    },
  },
  { responses: { NotFound: { description: 'nf', content: { [V7]: {}, 'application/json': {} } } } },
);

describe('operationsModel', () => {
  it('reads every operation in document order, with path-level parameters', () => {
    expect(operationsModel(spec)).toEqual([
      {
        operationId: 'listThings',
        method: 'GET',
        path: '/things/',
        pathParameters: [],
        query: ['limit', 'from'],
        accept: [V7],
        deprecated: false,
        retryAfter: {},
        server: '',
        security: [],
        publicKeyField: null,
        requestBody: [],
        responses: { 200: [V7] },
      },
      {
        operationId: 'getThing',
        method: 'GET',
        path: '/things/{id}/',
        pathParameters: ['id'],
        query: ['expand'],
        accept: [V7],
        deprecated: false,
        retryAfter: {},
        server: '',
        security: [],
        publicKeyField: null,
        requestBody: [],
        responses: { 200: [V7] },
      },
      {
        operationId: 'deleteThing',
        method: 'DELETE',
        path: '/things/{id}/',
        pathParameters: ['id'],
        query: [],
        accept: [V7],
        deprecated: false,
        retryAfter: {},
        server: '',
        security: [],
        publicKeyField: null,
        requestBody: [],
        responses: { 204: [], 404: [V7, 'application/json'] },
      },
      {
        operationId: 'storeThing',
        method: 'PUT',
        path: '/things/{id}/old/',
        pathParameters: ['id'],
        query: [],
        accept: [V6],
        deprecated: true,
        retryAfter: {},
        server: '',
        security: [],
        publicKeyField: null,
        requestBody: [],
        responses: { 200: [V6] },
      },
    ]);
  });

  it('reads an Upload API operation: its own server, no Authorization, the public key field, its form', () => {
    const upload = specWith({
      '/up/': {
        servers: [{ url: 'https://upload.example.com/' }],
        post: op('createThing', {
          security: [],
          'x-uploadcare-public-key': 'pub_key',
          requestBody: { content: { 'multipart/form-data': {}, 'application/x-www-form-urlencoded': {} } },
          responses: { '200': { description: 'ok', content: { 'application/json': {} } } },
        }),
      },
      '/rest/': { get: op('getRest', { security: [{ signed: [] }] }) },
    });
    expect(operationsModel(upload)).toMatchObject([
      {
        operationId: 'createThing',
        accept: ['application/json'],
        server: 'https://upload.example.com',
        security: [],
        publicKeyField: 'pub_key',
        requestBody: ['multipart/form-data', 'application/x-www-form-urlencoded'],
      },
      { operationId: 'getRest', security: ['signed'], publicKeyField: null, requestBody: [] },
    ]);
  });

  it('refuses a public key field on an operation that keeps the Authorization schemes', () => {
    const paths = {
      '/up/': { get: op('x', { 'x-uploadcare-public-key': 'pub_key', responses: okWith({}, 'application/json') }) },
    };
    expect(() => operationsModel(specWith(paths))).toThrow(/x-uploadcare-public-key needs security: \[\]/);
  });

  it.each([
    [
      'a duplicate operationId',
      { '/a/': { get: op('same') }, '/b/': { get: op('same') } },
      /operationId same is used twice/,
    ],
    [
      'an operation without an API version',
      { '/a/': { get: op('x', { responses: { '204': {} } }) } },
      /x names no API version/,
    ],
    [
      'a status range',
      { '/a/': { get: op('x', { responses: { ...okWith(), '4XX': {} } }) } },
      /only explicit status codes/,
    ],
  ])('refuses %s', (_, paths, message) => {
    expect(() => operationsModel(specWith(paths))).toThrow(message);
  });

  const throttled = {
    description: 'later',
    headers: { 'Retry-After': { $ref: '#/components/headers/Wait' } },
    content: { [V7]: {} },
  };
  const withWait = (schema: object, statuses: string[]) =>
    specWith(
      {
        '/a/': {
          get: op('getA', {
            responses: { ...okWith(), ...Object.fromEntries(statuses.map((s) => [s, throttled])) },
          }),
        },
      },
      { headers: { Wait: { required: true, schema } } },
    );

  it.each([
    ['whole seconds', { type: 'integer', minimum: 0 }, 'seconds'],
    ['an HTTP-date', { type: 'string', format: 'http-date' }, 'http-date'],
    ['either form', { oneOf: [{ type: 'integer' }, { type: 'string' }] }, 'either'],
  ])('reads which statuses document Retry-After, as %s', (_, schema, form) => {
    expect(operationsModel(withWait(schema, ['429', '503']))[0]?.retryAfter).toEqual({ 429: form, 503: form });
  });

  it('refuses a Retry-After whose schema is neither form', () => {
    expect(() => operationsModel(withWait({ type: 'object' }, ['429']))).toThrow(
      /Retry-After header of getA 429 has a schema that is neither/,
    );
  });
});

describe('emitOperations', () => {
  it('writes OPERATIONS, OPERATION_IDS and RESPONSES', () => {
    const small = specWith({
      '/a/{id}/': { parameters: [id], get: op('getA', { parameters: [q('limit')] }) },
      '/b/': {
        delete: op('deleteB', { responses: { '204': { description: 'gone' } }, 'x-uploadcare-accept': [V7, V6] }),
      },
    });
    expect(emitOperations(small)).toBe(
      [
        '/**',
        ' * The operations of the spec, in document order: method, templated path, path and query',
        ' * parameter names (in the order the spec lists them), and the `Accept` media types each',
        ' * operation takes, newest API version first (send the first). `retryAfter`: the answers',
        ' * documented with a `Retry-After` header (status -> `seconds`, `http-date` or `either`).',
        " * `server`: where it is sent (its own `servers`, else the document's); `security`: the schemes",
        ' * it takes (`[]`: no `Authorization`); `publicKeyField`: the form or query field carrying the',
        ' * public key of an operation authenticated by it alone (the Upload API); `requestBody`: the',
        ' * media types of its body.',
        ' */',
        'export const OPERATIONS = {',
        '  getA: {',
        '    method: "GET",',
        '    path: "/a/{id}/",',
        '    pathParameters: ["id"],',
        '    query: ["limit"],',
        '    accept: ["application/vnd.uploadcare-v0.7+json"],',
        '    deprecated: false,',
        '    retryAfter: {},',
        '    server: "",',
        '    security: [],',
        '    publicKeyField: null,',
        '    requestBody: [],',
        '  },',
        '  deleteB: {',
        '    method: "DELETE",',
        '    path: "/b/",',
        '    pathParameters: [],',
        '    query: [],',
        '    accept: ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json"],',
        '    deprecated: false,',
        '    retryAfter: {},',
        '    server: "",',
        '    security: [],',
        '    publicKeyField: null,',
        '    requestBody: [],',
        '  },',
        '} as const;',
        '',
        'export type OperationId = keyof typeof OPERATIONS;',
        '',
        '/** The operation ids, in document order. */',
        'export const OPERATION_IDS = ["getA", "deleteB"] as const satisfies readonly OperationId[];',
        '',
        '/** The documented answers of each operation: status -> media types of its body (`[]`: no body). */',
        'export const RESPONSES = { getA: { "200": ["application/vnd.uploadcare-v0.7+json"] }, deleteB: { "204": [] } } as const;',
        '',
      ].join('\n'),
    );
  });

  it('writes empty tables for a document without operations', () => {
    const text = emitOperations(specWith());
    expect(text).toContain('export const OPERATIONS = {} as const;');
    expect(text).toContain('export const OPERATION_IDS = [] as const satisfies readonly OperationId[];');
    expect(text).toContain('export const RESPONSES = {} as const;');
  });
});
