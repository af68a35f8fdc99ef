// emit-patterns.mjs: one constant per named string schema with a `pattern`.
import { describe, expect, it } from 'vitest';
import { emitPatterns } from '../../codegen/emit-patterns.mjs';
import { specWith } from './tiny-spec.js';

describe('emitPatterns', () => {
  it.each([
    [
      'a named schema with a pattern, its title in the comment',
      { GroupId: { type: 'string', title: 'Group id', pattern: '^[a-f0-9]+~[1-9]\\d*$' } },
      '/** `components.schemas.GroupId.pattern` (Group id). */\nexport const GROUP_ID_PATTERN = "^[a-f0-9]+~[1-9]\\\\d*$";\n',
    ],
    [
      'several, in document order, without a title',
      { b_code: { type: 'string', pattern: 'b' }, SecondCode: { type: 'string', pattern: 'a' } },
      [
        '/** `components.schemas.b_code.pattern`. */',
        'export const B_CODE_PATTERN = "b";',
        '',
        '/** `components.schemas.SecondCode.pattern`. */',
        'export const SECOND_CODE_PATTERN = "a";',
        '',
      ].join('\n'),
    ],
    [
      'nothing for schemas without a pattern, or with one that is not a string',
      { Plain: { type: 'string' }, Obj: { type: 'object' }, Odd: { pattern: 5 } },
      '',
    ],
    [
      'the first example beside the pattern',
      { Code: { type: 'string', pattern: '^c\\d$', examples: ['c1', 'c2'] } },
      [
        '/** `components.schemas.Code.pattern`. */',
        'export const CODE_PATTERN = "^c\\\\d$";',
        '',
        '/** The first example of `components.schemas.Code`. */',
        'export const CODE_EXAMPLE = "c1";',
        '',
      ].join('\n'),
    ],
    ['nothing for a document without schemas', undefined, ''],
  ])('writes %s', (_, schemas, expected) => {
    expect(emitPatterns(specWith({}, schemas ? { schemas } : {}))).toBe(expected);
  });

  it('refuses two schemas whose constants would have one name', () => {
    const schemas = { group_id: { type: 'string', pattern: 'a' }, GroupId: { type: 'string', pattern: 'b' } };
    expect(() => emitPatterns(specWith({}, { schemas }))).toThrow(
      /schemas "group_id" and "GroupId" would both be GROUP_ID_PATTERN/,
    );
  });

  it('keeps the pattern exact: the constant evaluates to the same regular expression source', () => {
    const pattern = '^(?:"[^"]*"|\\w+)\\/\\u00e9$';
    const text = emitPatterns(specWith({}, { schemas: { Tricky: { type: 'string', pattern } } }));
    const value = JSON.parse(/= (.*);$/m.exec(text)?.[1] ?? 'null');
    expect(value).toBe(pattern);
    expect(new RegExp(value, 'u').test('"x"/é')).toBe(true);
  });
});
