// The compiled answer checks, keyword by keyword: each case is a tiny schema read by the
// generator (the same `shapesModel` that writes `generated/shapes.ts`), a value, and the
// problem the client names (or none). So whatever a valid spec says about an answer is checked
// the way the spec means it, not only what today's spec happens to use.
import { shapesModel } from '@uploadcare-groups/spec/codegen';
import { describe, expect, it } from 'vitest';
import { checkerOf } from '../../src/answer/check-shape.js';
import type { Shape } from '../../src/generated/shapes.js';

// biome-ignore lint/suspicious/noExplicitAny: hand-made schemas are untyped JSON.
type Json = any;

const V7 = 'application/vnd.uploadcare-v0.7+json';

/** The checker of a one-operation spec whose 200 body is `schema`. */
function checker(schema: Json, schemas: Json = {}) {
  const spec = {
    openapi: '3.1.0',
    info: { title: 'tiny', version: '1' },
    paths: {
      '/x/': {
        get: { operationId: 'getX', responses: { '200': { description: 'ok', content: { [V7]: { schema } } } } },
      },
    },
    components: { schemas },
  };
  return checkerOf(shapesModel(spec).responses.get('getX') as Shape);
}

const Thing = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
const Node = { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } };
const schemas = { Thing, Node };
const Ordered = {
  type: 'object',
  required: ['b', 'a'],
  properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'integer' } },
};

/** [what, schema, value, the problem named or undefined for a pass] */
const CASES: [string, Json, unknown, string | undefined][] = [
  ['a type', { type: 'integer' }, 1, undefined],
  ['a type, wrong', { type: 'integer' }, 1.5, ' is not an integer'],
  ['an integer is a number', { type: 'number' }, 2, undefined],
  ['a type array with null: null', { type: ['string', 'null'] }, null, undefined],
  ['a type array with null: wrong', { type: ['string', 'null'] }, 1, ' is not a string or null'],
  ['nullable (3.0)', { type: 'string', nullable: true }, null, undefined],
  ['nullable via oneOf: null', { oneOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] }, null, undefined],
  [
    'nullable via anyOf: the object',
    { anyOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] },
    { id: 'a' },
    undefined,
  ],
  [
    'nullable via oneOf: the object’s problem named',
    { oneOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] },
    { id: 2 },
    '.id is not a string',
  ],
  [
    'nullable via oneOf: another type',
    { oneOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] },
    'x',
    ' is not an object or null',
  ],
  ['enum: in', { enum: ['a', 'b'] }, 'b', undefined],
  ['enum: out', { enum: ['a', 'b'] }, 'c', ' is not one of ["a","b"]'],
  ['enum of objects: equal whatever the key order', { enum: [{ a: 1, b: [2] }] }, { b: [2], a: 1 }, undefined],
  ['enum of objects: out', { enum: [{ a: 1 }] }, { a: 2 }, ' is not one of [{"a":1}]'],
  ['const', { const: 3 }, 3, undefined],
  ['const, wrong', { const: 3 }, 4, ' is not one of [3]'],
  ['format date-time', { type: 'string', format: 'date-time' }, '2018-11-27T14:14:37.583654Z', undefined],
  ['format date-time with an offset', { type: 'string', format: 'date-time' }, '2018-11-27T14:14:37+01:00', undefined],
  ['format date-time, wrong', { type: 'string', format: 'date-time' }, '2018-11-27', ' is not a valid date-time'],
  ['format date', { type: 'string', format: 'date' }, '2018-11-27', undefined],
  ['format date, wrong', { type: 'string', format: 'date' }, '27.11.2018', ' is not a valid date'],
  ['format uri', { type: 'string', format: 'uri' }, 'https://ucarecdn.com/x/', undefined],
  ['format uri, wrong', { type: 'string', format: 'uri' }, '/relative', ' is not a valid uri'],
  ['format uuid', { type: 'string', format: 'uuid' }, 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da', undefined],
  ['format uuid, wrong', { type: 'string', format: 'uuid' }, 'badfc9f7', ' is not a valid uuid'],
  ['format email', { type: 'string', format: 'email' }, 'a@b.c', undefined],
  ['format email, wrong', { type: 'string', format: 'email' }, 'a b', ' is not a valid email'],
  ['an unknown format passes', { type: 'string', format: 'x-colour' }, 'anything', undefined],
  ['a format of a nullable string: null', { type: ['string', 'null'], format: 'uri' }, null, undefined],
  ['pattern (unanchored, as JSON Schema means it)', { type: 'string', pattern: 'b+' }, 'abbc', undefined],
  ['pattern, wrong', { type: 'string', pattern: '^a+$' }, 'ab', ' does not match ^a+$'],
  ['pattern valid only without the u flag', { type: 'string', pattern: '^[a\\-]+$' }, 'a-a', undefined],
  ['minimum', { type: 'integer', minimum: 1 }, 0, ' is less than 1'],
  ['exclusive maximum (3.1)', { type: 'number', exclusiveMaximum: 1 }, 1, ' is not less than 1'],
  ['items', { type: 'array', items: { type: 'string' } }, ['a', 'b'], undefined],
  ['items, wrong', { type: 'array', items: { type: 'string' } }, ['a', 2], '[1] is not a string'],
  ['properties and required', Thing, { id: 'a', more: 1 }, undefined],
  ['required, missing', Thing, {}, '.id is missing'],
  ['a property of the wrong type', Thing, { id: [] }, '.id is not a string'],
  [
    'additionalProperties: a schema',
    { type: 'object', additionalProperties: { type: 'string' } },
    { a: 'x' },
    undefined,
  ],
  [
    'additionalProperties: a schema, wrong',
    { type: 'object', additionalProperties: { type: 'string' } },
    { a: 1 },
    '.a is not a string',
  ],
  [
    'additionalProperties: not for named properties',
    { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: { type: 'string' } },
    { n: 1, s: 's' },
    undefined,
  ],
  [
    'additionalProperties: false',
    { type: 'object', properties: { a: {} }, additionalProperties: false },
    { a: 1, b: 2 },
    '.b is not allowed',
  ],
  ['additionalProperties: true', { type: 'object', additionalProperties: true }, { a: 1 }, undefined],
  ['unknown fields pass', { type: 'object', properties: { a: { type: 'string' } } }, { b: 1 }, undefined],
  [
    'allOf: every member',
    { allOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'object', required: ['n'] }] },
    { id: 'a' },
    '.n is missing',
  ],
  [
    'oneOf: one member matches',
    {
      oneOf: [
        { type: 'string', pattern: '^a' },
        { type: 'string', pattern: '^b' },
      ],
    },
    'b',
    undefined,
  ],
  [
    'oneOf: none matches',
    {
      oneOf: [
        { type: 'string', pattern: '^a' },
        { type: 'string', pattern: '^b' },
      ],
    },
    'c',
    ' does not match ^a',
  ],
  [
    '$ref',
    { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
    [{ id: 'a' }, { id: 1 }],
    '[1].id is not a string',
  ],
  [
    'oneOf beside anyOf: the types both allow',
    { oneOf: [Thing, { type: 'null' }], anyOf: [{ type: 'object', required: ['n'] }, { type: 'array' }] },
    null,
    ' is not an object',
  ],
  [
    'oneOf beside anyOf: both apply',
    { oneOf: [Thing, { type: 'null' }], anyOf: [{ type: 'object', required: ['n'] }, { type: 'array' }] },
    { id: 'a' },
    '.n is missing',
  ],
  [
    'nullable beside allOf of a reference (3.0): null',
    { nullable: true, allOf: [{ $ref: '#/components/schemas/Thing' }] },
    null,
    undefined,
  ],
  [
    'nullable beside allOf of a reference (3.0): the object checked',
    { nullable: true, allOf: [{ $ref: '#/components/schemas/Thing' }] },
    { id: 1 },
    '.id is not a string',
  ],
  [
    'a schema containing itself: the first level checked',
    { $ref: '#/components/schemas/Node' },
    { next: 5 },
    '.next is not an object',
  ],
  [
    'a schema containing itself: deeper levels pass',
    { $ref: '#/components/schemas/Node' },
    { next: { next: 5 } },
    undefined,
  ],
  ['a property of schema false: absent', { type: 'object', properties: { gone: false } }, {}, undefined],
  [
    'a property of schema false: present',
    { type: 'object', properties: { gone: false } },
    { gone: 1 },
    '.gone is not one of []',
  ],
  ['two missing: the first in required order', Ordered, { c: 1 }, '.b is missing'],
  ['missing before a wrong value, whatever the order of properties', Ordered, { a: 1, c: 1 }, '.b is missing'],
  ['a wrong value once all are there', Ordered, { a: 'x', b: 'y', c: 'z' }, '.c is not an integer'],
  ['no schema: anything', {}, { any: ['thing'] }, undefined],
];

describe('compiled outline checks', () => {
  it.each(CASES)('%s', (_, schema, value, problem) => {
    expect(checker(schema, schemas)(value)).toBe(problem);
  });

  it('compiles a shared outline once: the same checker for the same outline', () => {
    const shape = { t: 'o', r: ['id'] } as const;
    expect(checkerOf(shape)).toBe(checkerOf(shape));
  });

  it('names the deepest path, as the client reports it', () => {
    const check = checker({
      type: 'object',
      properties: {
        results: { type: 'array', items: { type: 'object', properties: { files_count: { type: 'integer' } } } },
      },
    });
    expect(check({ results: [{}, {}, {}, { files_count: 'x' }] })).toBe('.results[3].files_count is not an integer');
  });
});
