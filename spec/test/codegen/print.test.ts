// lib/print.mjs: deterministic literals, doc comments and the header of every generated file.
import { describe, expect, it } from 'vitest';
import { doc, header, literal } from '../../codegen/lib/print.mjs';

describe('literal', () => {
  it.each([
    ['a string', 'a "quoted" \\ one', '"a \\"quoted\\" \\\\ one"'],
    ['a number', 1.5, '1.5'],
    ['null', null, 'null'],
    ['a boolean', false, 'false'],
    ['an empty array', [], '[]'],
    ['an empty object', {}, '{}'],
    ['a short array on one line', [1, 'a', null], '[1, "a", null]'],
    [
      'identifier keys bare, others quoted',
      { a: 1, $b_2: 2, 'c-d': 3, '200': 4 },
      '{ "200": 4, a: 1, $b_2: 2, "c-d": 3 }',
    ],
    ['undefined members left out', { a: 1, b: undefined }, '{ a: 1 }'],
    ['nested, short', { a: [1, 2], b: { c: 'd' } }, '{ a: [1, 2], b: { c: "d" } }'],
  ])('prints %s', (_, value, expected) => {
    expect(literal(value)).toBe(expected);
  });

  it('breaks a literal longer than 100 characters over lines, two spaces deeper each level', () => {
    const long = 'x'.repeat(60);
    expect(literal({ first: long, second: long })).toBe(`{\n  first: "${long}",\n  second: "${long}",\n}`);
    expect(literal([long, long], '  ')).toBe(`[\n    "${long}",\n    "${long}",\n  ]`);
    expect(literal({ outer: { first: long, second: long } })).toBe(
      `{\n  outer: {\n    first: "${long}",\n    second: "${long}",\n  },\n}`,
    );
  });

  it('gives the same text for the same value, whatever built it', () => {
    expect(literal(JSON.parse('{"a":[1,{"b":2}]}'))).toBe(literal({ a: [1, { b: 2 }] }));
  });
});

describe('doc', () => {
  it.each([
    ['one line', 'Hello.', '', '/** Hello. */'],
    ['one line, indented', 'Hello.', '  ', '  /** Hello. */'],
    ['trimmed', '\n  Hello.  \n', '', '/** Hello. */'],
    ['several lines', 'One.\nTwo.', '', '/**\n * One.\n * Two.\n */'],
    ['a blank line without trailing space', 'One.\n\nTwo.', '', '/**\n * One.\n *\n * Two.\n */'],
    ['a star-slash that cannot end the comment', 'a */ b', '', '/** a *\\/ b */'],
  ])('writes %s', (_, text, indent, expected) => {
    expect(doc(text, indent)).toBe(expected);
  });
});

describe('header', () => {
  it('names the source and the command that regenerates the file, and nothing that changes between runs', () => {
    expect(header('pnpm run generate')).toBe(
      [
        '/**',
        ' * GENERATED FILE: do not edit by hand.',
        ' * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).',
        ' * Regenerate with `pnpm run generate`.',
        ' */',
        '',
      ].join('\n'),
    );
  });
});
