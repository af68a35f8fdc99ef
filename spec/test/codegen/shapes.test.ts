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
    ['an enum by its values’ types', { enum: ['a', 1, 1.5, null, true] }, { t: 'sinzb' }],
    ['a const by its value’s type', { const: 2 }, { t: 'i' }],
    ['a const object', { const: { a: 1 } }, { t: 'o' }],
    ['a const array', { const: [1] }, { t: 'a' }],
    ['the type over an enum', { type: 'string', enum: [1] }, { t: 's' }],
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
      'unknown keywords ignored (additionalProperties, formats, bounds, extensions)',
      {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        'x-internal': true,
        discriminator: { propertyName: 'kind' },
        properties: { n: { type: 'integer', minimum: 1, format: 'int64', examples: [1] } },
      },
      { t: 'o', p: { n: { t: 'i' } } },
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
        'oneOf a reference or null: either type, the reference’s structure checked',
        { oneOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] },
        { t: 'oz', a: [{ t: 'o', r: ['id'], p: { id: { t: 's' } } }] },
      ],
      ['anyOf as a union of types', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, { t: 'si' }],
      ['a member of any type makes the union any', { oneOf: [{ type: 'string' }, {}] }, { t: '' }],
      [
        'two structured members: only their types are checked',
        { oneOf: [Thing, { type: 'array', items: Thing }] },
        { t: 'oa' },
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
      ['itself', { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } }],
      [
        'another schema',
        {
          Node: { type: 'object', properties: { leaf: { $ref: '#/components/schemas/Leaf' } } },
          Leaf: {
            type: 'object',
            properties: { up: { oneOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }] } },
          },
        },
      ],
    ])('refuses a schema that refers back to %s', (_, schemas) => {
      expect(() => outline({ $ref: '#/components/schemas/Node' }, schemas)).toThrow(
        /schema Node is recursive; answer checks do not support that/,
      );
    });

    it('refuses a schema of false, which allows nothing', () => {
      expect(() => outline({ type: 'object', properties: { gone: false } })).toThrow(
        /getX 200 body\.gone: a schema of false/,
      );
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
});
