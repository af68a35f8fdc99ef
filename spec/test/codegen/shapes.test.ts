// emit-shapes.mjs: the outline of each 2xx JSON body (types, required, properties, items and
// the members that must also match), read from tiny schemas one keyword at a time.
import { describe, expect, it } from 'vitest';
import { emitShapes, shapesModel } from '../../codegen/emit-shapes.mjs';
import { answering, type Json, okWith, op, specWith, V6, V7 } from './tiny-spec.js';

/** The outline of the body of the only operation. */
const outline = (schema: Json, schemas: Json = {}) => shapesModel(answering(schema, schemas)).responses.get('getX');

const Thing = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };

describe('shapesModel', () => {
  it.each([
    ['a type', { type: 'string' }, { t: 's' }],
    [
      'every type letter',
      { type: ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'] },
      { t: 'sinboaz' },
    ],
    ['an unknown type as any', { type: 'file' }, { t: '' }],
    ['no type as any', { description: 'anything' }, { t: '' }],
    ['true as any', true, { t: '' }],
    ['nullable (OpenAPI 3.0) as null too', { type: 'string', nullable: true }, { t: 'sz' }],
    ['nullable false as not null', { type: 'string', nullable: false }, { t: 's' }],
    [
      'an enum by its values’ types, and the values',
      { enum: ['a', 1, 1.5, null, true] },
      { t: 'sinzb', e: ['a', 1, 1.5, null, true] },
    ],
    ['a const by its value’s type, as a one-value enum', { const: 2 }, { t: 'i', e: [2] }],
    ['a const object', { const: { a: 1 } }, { t: 'o', e: [{ a: 1 }] }],
    ['a const array', { const: [1] }, { t: 'a', e: [[1]] }],
    ['the type over an enum', { type: 'string', enum: [1] }, { t: 's', e: [1] }],
    [
      'an enum with nullable (3.0): null allowed too',
      { type: 'string', nullable: true, enum: ['a'] },
      { t: 'sz', e: ['a', null] },
    ],
    ['a type array with null', { type: ['integer', 'null'] }, { t: 'iz' }],
    ['a format of a string', { type: 'string', format: 'date-time' }, { t: 's', f: 'date-time' }],
    ['a format of a nullable string', { type: ['string', 'null'], format: 'uri' }, { t: 'sz', f: 'uri' }],
    ['an unknown format (the client lets it pass)', { type: 'string', format: 'x-colour' }, { t: 's', f: 'x-colour' }],
    ['no format on a non-string', { type: 'integer', format: 'int64' }, { t: 'i' }],
    ['a pattern', { type: 'string', pattern: '^a+$' }, { t: 's', g: '^a+$' }],
    ['a pattern valid only without the u flag', { type: 'string', pattern: '^[a\\-]$' }, { t: 's', g: '^[a\\-]$' }],
    ['minimum and maximum', { type: 'integer', minimum: 1, maximum: 9 }, { t: 'i', ge: 1, le: 9 }],
    [
      'exclusive bounds, OpenAPI 3.0 booleans',
      { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true },
      { t: 'n', gt: 0, lt: 1 },
    ],
    [
      'exclusive bounds, 3.1 numbers',
      { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
      { t: 'n', gt: 0, lt: 1 },
    ],
    [
      'additionalProperties of a schema',
      { type: 'object', additionalProperties: { type: 'string' } },
      { t: 'o', x: { t: 's' } },
    ],
    ['additionalProperties false', { type: 'object', additionalProperties: false }, { t: 'o', x: false }],
    ['additionalProperties true as nothing', { type: 'object', additionalProperties: true }, { t: 'o' }],
    ['additionalProperties {} as nothing', { type: 'object', additionalProperties: {} }, { t: 'o' }],
    [
      'additionalProperties beside patternProperties as nothing (not read, so never refused)',
      { type: 'object', patternProperties: { '^x-': { type: 'integer' } }, additionalProperties: false },
      { t: 'o' },
    ],
    ['items of any value as nothing', { type: 'array', items: {} }, { t: 'a' }],
    ['tuple items (not read) as nothing', { type: 'array', items: [{ type: 'string' }] }, { t: 'a' }],
    [
      'properties without a type as an object',
      { properties: { a: { type: 'integer' } } },
      { t: 'o', p: { a: { t: 'i' } } },
    ],
    ['required without a type as an object', { required: ['a'] }, { t: 'o', r: ['a'] }],
    ['items without a type as an array', { items: { type: 'string' } }, { t: 'a', i: { t: 's' } }],
    [
      'nested properties, required and items',
      { type: 'object', required: ['list'], properties: { list: { type: 'array', items: Thing } } },
      {
        t: 'o',
        r: ['list'],
        p: { list: { t: 'a', i: { t: 'o', r: ['id'], p: { id: { t: 's' } } } } },
      },
    ],
    [
      'keywords not read ignored (counts, lengths, discriminator, extensions)',
      {
        type: 'object',
        minProperties: 1,
        'x-internal': true,
        discriminator: { propertyName: 'kind' },
        properties: { n: { type: 'array', minItems: 1, uniqueItems: true, examples: [[1]] } },
      },
      { t: 'o', p: { n: { t: 'a' } } },
    ],
    ['an empty required list as none', { type: 'object', required: [] }, { t: 'o' }],
  ])('reads %s', (_, schema, expected) => {
    expect(outline(schema)).toEqual(expected);
  });

  describe('allOf', () => {
    it.each([
      ['narrows the types', { type: ['string', 'null'], allOf: [{ type: 'string' }] }, { t: 's' }],
      ['takes an integer as a number', { type: 'number', allOf: [{ type: 'integer' }] }, { t: 'i' }],
      ['takes a number as an integer', { type: 'integer', allOf: [{ type: 'number' }] }, { t: 'i' }],
      ['takes the member’s types when it has none', { allOf: [{ type: 'boolean' }] }, { t: 'b' }],
      [
        'checks each structured member too',
        { allOf: [Thing, { type: 'object', properties: { n: { type: 'integer' } } }] },
        {
          t: 'o',
          a: [
            { t: 'o', r: ['id'], p: { id: { t: 's' } } },
            { t: 'o', p: { n: { t: 'i' } } },
          ],
        },
      ],
    ])('%s', (_, schema, expected) => {
      expect(outline(schema)).toEqual(expected);
    });

    it('refuses members that allow no common type', () => {
      expect(() => outline({ type: 'string', allOf: [{ type: 'integer' }] })).toThrow(
        /getX 200 body: allOf members allow no common type/,
      );
    });
  });

  describe('oneOf and anyOf', () => {
    it.each([
      [
        'oneOf a reference or null: either type, each member kept to try',
        { oneOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] },
        { t: 'oz', o: [{ t: 'o', r: ['id'], p: { id: { t: 's' } } }, { t: 'z' }] },
      ],
      ['anyOf as a union of types', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, { t: 'si' }],
      ['a member of any type makes the union any', { oneOf: [{ type: 'string' }, {}] }, { t: '' }],
      [
        'two structured members: both kept to try',
        { oneOf: [Thing, { type: 'array', items: Thing }] },
        {
          t: 'oa',
          o: [
            { t: 'o', r: ['id'], p: { id: { t: 's' } } },
            { t: 'a', i: { t: 'o', r: ['id'], p: { id: { t: 's' } } } },
          ],
        },
      ],
      [
        'anyOf of enums: both kept (values are structure)',
        { anyOf: [{ enum: ['a'] }, { type: 'integer', minimum: 0 }] },
        {
          t: 'si',
          o: [
            { t: 's', e: ['a'] },
            { t: 'i', ge: 0 },
          ],
        },
      ],
      [
        'oneOf and anyOf together: both apply',
        { oneOf: [Thing, { type: 'null' }], anyOf: [{ type: 'object', required: ['n'] }, { type: 'null' }] },
        {
          t: 'oz',
          o: [{ t: 'o', r: ['id'], p: { id: { t: 's' } } }, { t: 'z' }],
          a: [{ t: '', o: [{ t: 'o', r: ['n'] }, { t: 'z' }] }],
        },
      ],
      [
        'the union narrowed by the node’s own type',
        { type: 'string', anyOf: [{ type: 'string' }, { type: 'null' }] },
        { t: 's' },
      ],
    ])('%s', (_, schema, expected) => {
      expect(outline(schema, { Thing })).toEqual(expected);
    });

    it('refuses a union that allows none of the node’s own types', () => {
      expect(() => outline({ type: 'string', oneOf: [{ type: 'integer' }, { type: 'null' }] })).toThrow(
        /getX 200 body: oneOf\/anyOf members allow none of its types/,
      );
    });
  });

  describe('named schemas', () => {
    it('names outlines with structure, in dependency order, and reuses one object per name', () => {
      const schemas = {
        Page: {
          type: 'object',
          properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
        },
        Thing,
        Id: { type: 'string', pattern: 'x' },
      };
      const model = shapesModel(answering({ $ref: '#/components/schemas/Page' }, schemas));
      expect([...model.named.keys()]).toEqual(['Thing', 'Page']);
      const page = model.responses.get('getX');
      expect(page).toBe(model.named.get('Page'));
      expect(page.p.items.i).toBe(model.named.get('Thing'));
    });

    it('inlines a named schema without structure', () => {
      const schemas = { Id: { type: 'string' } };
      const model = shapesModel(
        answering({ type: 'object', properties: { id: { $ref: '#/components/schemas/Id' } } }, schemas),
      );
      expect([...model.named.keys()]).toEqual([]);
      expect(model.responses.get('getX')).toEqual({ t: 'o', p: { id: { t: 's' } } });
    });

    it.each([
      [
        'itself',
        { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
        { t: 'o', p: { next: { t: 'o' } } },
      ],
      [
        'another schema',
        {
          Node: { type: 'object', properties: { leaf: { $ref: '#/components/schemas/Leaf' } } },
          Leaf: {
            type: 'object',
            properties: { up: { oneOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }] } },
          },
        },
        { t: 'o', p: { leaf: { t: 'o', p: { up: { t: 'oz' } } } } },
      ],
    ])(
      'checks a schema that refers back to %s for its types there, without failing the build',
      (_, schemas, expected) => {
        expect(outline({ $ref: '#/components/schemas/Node' }, schemas)).toEqual(expected);
      },
    );

    it.each([
      [
        'nullable beside allOf of a reference (OpenAPI 3.0)',
        { nullable: true, allOf: [{ $ref: '#/components/schemas/Thing' }] },
        { t: 'oz', o: [{ t: 'o', a: [{ t: 'o', r: ['id'], p: { id: { t: 's' } } }] }, { t: 'z' }] },
      ],
      [
        'nullable beside an enum without a type',
        { nullable: true, enum: ['a'] },
        { t: 'sz', o: [{ t: 's', e: ['a', null] }, { t: 'z' }] },
      ],
    ])('reads %s', (_, schema, expected) => {
      expect(outline(schema, { Thing })).toEqual(expected);
    });

    it('applies keywords beside a $ref (OpenAPI 3.1) as an allOf', () => {
      expect(outline({ $ref: '#/components/schemas/Thing', required: ['n'], description: 'x' }, { Thing })).toEqual({
        t: 'o',
        a: [
          { t: 'o', r: ['id'], p: { id: { t: 's' } } },
          { t: 'o', r: ['n'] },
        ],
      });
      const model = shapesModel(
        answering({ $ref: '#/components/schemas/Thing', description: 'only words' }, { Thing }),
      );
      expect(model.responses.get('getX')).toBe(model.named.get('Thing'));
    });

    it('refuses a pattern that is no regular expression', () => {
      expect(() => outline({ type: 'object', properties: { s: { type: 'string', pattern: '(' } } })).toThrow(
        /getX 200 body\.s: pattern "\(" is not a valid regular expression/,
      );
    });

    it('reads a schema of false as no value allowed', () => {
      expect(outline({ type: 'object', properties: { gone: false } })).toEqual({
        t: 'o',
        p: { gone: { t: '', e: [] } },
      });
    });
  });

  describe('which answers', () => {
    it('outlines the first 2xx body of each operation, under the media type sent first; none without a body', () => {
      const spec = specWith({
        '/a/': {
          get: op('getA', {
            responses: {
              '400': { description: 'e', content: { [V7]: { schema: { type: 'boolean' } } } },
              ...okWith({ type: 'string' }, V7),
            },
          }),
          put: op('putA', {
            responses: {
              '200': {
                description: 'ok',
                content: { [V6]: { schema: { type: 'integer' } }, [V7]: { schema: { type: 'string' } } },
              },
            },
          }),
          delete: op('deleteA', { responses: { '204': { description: 'gone' } }, 'x-uploadcare-accept': [V7] }),
          patch: op('patchA', { responses: { '200': { description: 'ok', content: { [V7]: {} } } } }),
        },
      });
      expect(Object.fromEntries(shapesModel(spec).responses)).toEqual({ getA: { t: 's' }, putA: { t: 's' } });
    });
  });
});

describe('emitShapes', () => {
  it('writes the named outlines as constants and each body outline by operationId', () => {
    const schemas = {
      Thing,
      Page: {
        type: 'object',
        required: ['next-page'],
        properties: {
          'next-page': { type: ['string', 'null'] },
          things: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
        },
      },
    };
    const text = emitShapes(answering({ $ref: '#/components/schemas/Page' }, schemas));
    expect(text).toContain(
      [
        '/** `components.schemas.Thing` */',
        'const shapeThing: Shape = {',
        '  t: "o",',
        '  r: ["id"],',
        '  p: {',
        '    id: "s",',
        '  },',
        '};',
        '',
        '/** `components.schemas.Page` */',
        'const shapePage: Shape = {',
        '  t: "o",',
        '  r: ["next-page"],',
        '  p: {',
        '    "next-page": "sz",',
        '    things: {',
        '      t: "a",',
        '      i: shapeThing,',
        '    },',
        '  },',
        '};',
        '',
        "/** The outline of each operation's 2xx JSON body, by operationId. */",
        'export const RESPONSE_SHAPES: { readonly [operationId: string]: Shape | undefined } = {',
        '  getX: shapePage,',
        '};',
        '',
      ].join('\n'),
    );
    expect(text.startsWith('/**\n * The outline of a JSON value')).toBe(true);
    expect(text).toContain('export type Shape =');
  });

  it('writes an unnamed outline inline, a bare type as its letters', () => {
    const text = emitShapes(
      specWith({
        '/a/': { get: op('getA', { responses: okWith({ type: 'integer' }) }) },
        '/b/': { get: op('getB', { responses: okWith({ type: 'array', items: { type: 'string' } }) }) },
      }),
    );
    expect(text).toContain('  getA: "i",\n  getB: {\n    t: "a",\n    i: "s",\n  },\n};\n');
  });

  it('writes every keyword of a node in one order: values, format, pattern, bounds, extra properties, alternatives', () => {
    const text = emitShapes(
      answering({
        type: 'object',
        additionalProperties: false,
        properties: {
          kind: { enum: ['a', 'b'] },
          at: { type: 'string', format: 'date', pattern: '^2' },
          n: { type: 'integer', minimum: 1, exclusiveMaximum: 10 },
          tags: { type: 'object', additionalProperties: { type: 'string' } },
          either: { oneOf: [{ type: 'object', required: ['id'] }, { type: 'null' }] },
        },
      }),
    );
    expect(text).toContain(
      [
        '  getX: {',
        '    t: "o",',
        '    p: {',
        '      kind: {',
        '        t: "s",',
        '        e: ["a", "b"],',
        '      },',
        '      at: {',
        '        t: "s",',
        '        f: "date",',
        '        g: "^2",',
        '      },',
        '      n: {',
        '        t: "i",',
        '        ge: 1,',
        '        lt: 10,',
        '      },',
        '      tags: {',
        '        t: "o",',
        '        x: "s",',
        '      },',
        '      either: {',
        '        t: "oz",',
        '        o: [{',
        '          t: "o",',
        '          r: ["id"],',
        '        }, "z"],',
        '      },',
        '    },',
        '    x: false,',
        '  },',
      ].join('\n'),
    );
  });
});
