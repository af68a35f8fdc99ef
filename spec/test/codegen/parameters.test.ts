// emit-parameters.mjs: one constant per parameter with the constraints of its schema, and the
// rule that one name means one parameter.
import { describe, expect, it } from 'vitest';
import { emitParameters, parametersModel } from '../../codegen/emit-parameters.mjs';
import { type Json, op, specWith } from './tiny-spec.js';

const limit = {
  name: 'limit',
  in: 'query',
  description: 'How many.',
  schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
  example: 10,
};
const id = { name: 'group_id', in: 'path', required: true, schema: { $ref: '#/components/schemas/GroupId' } };
const schemas = { GroupId: { type: 'string', pattern: '^g~\\d+$', minLength: 3, title: 'ignored', examples: ['g~1'] } };

const EVERY_CONSTRAINT = {
  type: ['number', 'null'],
  format: 'double',
  minimum: 0,
  maximum: 9,
  exclusiveMinimum: 0,
  exclusiveMaximum: 9,
  minLength: 1,
  maxLength: 4,
  pattern: '^\\d$',
  enum: [1, 2],
  default: 1,
};

describe('parametersModel', () => {
  it.each([
    [
      'the constraints of the schema, and nothing else of it',
      limit,
      {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'How many.',
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 100,
      },
    ],
    [
      'the schema behind a $ref; required; no description',
      id,
      {
        name: 'group_id',
        in: 'path',
        required: true,
        description: undefined,
        type: 'string',
        minLength: 3,
        pattern: '^g~\\d+$',
      },
    ],
    [
      'every constraint it knows, and not keywords that constrain nothing',
      { name: 'all', in: 'query', schema: { ...EVERY_CONSTRAINT, 'x-note': 'not a constraint', deprecated: true } },
      { name: 'all', in: 'query', required: false, description: undefined, ...EVERY_CONSTRAINT },
    ],
    [
      'a parameter without a schema',
      { name: 'raw', in: 'header' },
      { name: 'raw', in: 'header', required: false, description: undefined },
    ],
  ])('reads %s', (_, parameter, expected) => {
    const spec = specWith({ '/a/': { get: op('getA', { parameters: [parameter] }) } }, { schemas });
    expect(Object.fromEntries(parametersModel(spec))).toEqual({ [expected.name]: expected });
  });

  it('takes path-level parameters and the operations’, once per name, in the order met', () => {
    const spec = specWith(
      {
        '/a/{group_id}/': { parameters: [id], get: op('getA', { parameters: [limit] }), put: op('putA') },
        '/b/': { get: op('getB', { parameters: [{ $ref: '#/components/parameters/limit' }] }) },
      },
      { schemas, parameters: { limit } },
    );
    expect([...parametersModel(spec).keys()]).toEqual(['group_id', 'limit']);
  });

  it.each([
    ['different constraints', { ...limit, schema: { ...limit.schema, maximum: 500 } }],
    ['another description', { ...limit, description: 'How many, really.' }],
    ['required in one place only', { ...limit, required: true }],
  ])('refuses two different parameters of one name (%s)', (_, other) => {
    const spec = specWith({
      '/a/': { get: op('getA', { parameters: [limit] }) },
      '/b/': { get: op('getB', { parameters: [other] }) },
    });
    expect(() => parametersModel(spec)).toThrow(/two different parameters are named "limit"; give them distinct names/);
  });

  it('keys a parameter of the same name in another location by `<in>:<name>`', () => {
    const spec = specWith({
      '/a/': { get: op('getA', { parameters: [limit] }) },
      '/b/': { get: op('getB', { parameters: [{ ...limit, in: 'header' }] }) },
    });
    expect([...parametersModel(spec).keys()]).toEqual(['limit', 'header:limit']);
  });

  it('takes the same parameter written twice as one (its example is not a constraint)', () => {
    const spec = specWith({
      '/a/': { get: op('getA', { parameters: [limit] }) },
      '/b/': { get: op('getB', { parameters: [{ ...limit, example: 20 }] }) },
    });
    expect([...parametersModel(spec).keys()]).toEqual(['limit']);
  });
});

describe('parametersModel of an array parameter', () => {
  it('keeps the facts of its items (through a $ref), its item bounds and explode', () => {
    const ids = {
      name: 'ids',
      in: 'query',
      explode: false,
      schema: { type: 'array', minItems: 1, maxItems: 5, items: { $ref: '#/components/schemas/GroupId' } },
    };
    const model = parametersModel(specWith({ '/a/': { get: op('getA', { parameters: [ids] }) } }, { schemas }));
    expect(model.get('ids')).toEqual({
      name: 'ids',
      in: 'query',
      required: false,
      description: undefined,
      type: 'array',
      minItems: 1,
      maxItems: 5,
      items: { type: 'string', minLength: 3, pattern: '^g~\\d+$' },
      explode: false,
    });
  });
});

describe('emitParameters', () => {
  it('writes one constant per parameter, with its description on one line', () => {
    const spec = specWith(
      {
        '/a/{group_id}/': {
          parameters: [id],
          get: op('getA', { parameters: [{ ...limit, description: 'How many\ngroups a page holds.\n' }] }),
        },
      },
      { schemas },
    );
    expect(emitParameters(spec)).toBe(
      [
        '/** `group_id`, in path */',
        'export const GROUP_ID = { name: "group_id", in: "path", required: true, type: "string", minLength: 3, pattern: "^g~\\\\d+$" } as const;',
        '',
        '/** `limit`, in query: How many groups a page holds. */',
        'export const LIMIT = {',
        '  name: "limit",',
        '  in: "query",',
        '  required: false,',
        '  type: "integer",',
        '  minimum: 1,',
        '  maximum: 1000,',
        '  default: 100,',
        '  description: "How many groups a page holds.",',
        '} as const;',
        '',
        '/** Every parameter above, by its name in the spec. */',
        'export const PARAMETERS = { "group_id": GROUP_ID, "limit": LIMIT } as const;',
        '',
      ].join('\n'),
    );
  });

  it('refuses two parameters whose constants would have one name', () => {
    const spec = specWith({
      '/a/': {
        get: op('getA', {
          parameters: [
            { name: 'page_size', in: 'query' },
            { name: 'pageSize', in: 'query' },
          ],
        }),
      },
    });
    expect(() => emitParameters(spec)).toThrow(/parameters "page_size" and "pageSize" would both be PAGE_SIZE/);
  });

  it('writes only an empty PARAMETERS for a document whose operations take no parameters', () => {
    expect(emitParameters(specWith({ '/a/': { get: op('getA') } }))).toBe(
      '/** Every parameter above, by its name in the spec. */\nexport const PARAMETERS = {} as const;\n',
    );
  });

  it('escapes a description that would end the comment', () => {
    const spec = specWith({
      '/a/': { get: op('getA', { parameters: [{ name: 'x', in: 'query', description: 'a */ b' }] }) },
    });
    expect(emitParameters(spec) as Json).toContain('/** `x`, in query: a *\\/ b */');
  });
});
