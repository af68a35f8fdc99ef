// emit-error-examples.mjs: the `detail` of every example documented under an error status, with
// that status, so a fake service answers with the documented words.
import { describe, expect, it } from 'vitest';
import { emitErrorExamples, errorExamplesModel } from '../../codegen/emit-error-examples.mjs';
import { type Json, okWith, op, specWith, V6, V7 } from './tiny-spec.js';

const example = (detail: unknown) => ({ value: { detail } });
const answer = (examples: Json, ...types: string[]) => ({
  description: 'error',
  content: Object.fromEntries((types.length > 0 ? types : [V7]).map((type) => [type, { examples }])),
});
const components = {
  examples: { NotFound: example('Not found.'), Throttled: example('Slow down.') },
  responses: {
    NotFound: answer({ NotFound: { $ref: '#/components/examples/NotFound' } }, V7, V6),
    Throttled: answer({ Throttled: { $ref: '#/components/examples/Throttled' } }),
  },
};

/** A spec whose operations answer with the given responses (status -> response). */
const answering = (...responseSets: Json[]) =>
  specWith(
    Object.fromEntries(
      responseSets.map((responses, i) => [
        `/p${i}/`,
        { get: op(`get${i}`, { responses: { ...okWith(), ...responses } }) },
      ]),
    ),
    components,
  );

describe('errorExamplesModel', () => {
  it.each([
    [
      'named examples by their component name, once though used by many operations and media types',
      [
        { '404': { $ref: '#/components/responses/NotFound' } },
        { '404': { $ref: '#/components/responses/NotFound' }, '429': { $ref: '#/components/responses/Throttled' } },
      ],
      { NotFound: { status: 404, detail: 'Not found.' }, Throttled: { status: 429, detail: 'Slow down.' } },
    ],
    [
      'inline examples by their key',
      [{ '400': answer({ BadDate: example('Bad date.') }) }],
      { BadDate: { status: 400, detail: 'Bad date.' } },
    ],
    [
      'nothing under a success or redirect status, or without a string detail',
      [
        {
          '200': answer({ Fine: example('All good.') }),
          '302': answer({ Moved: example('Elsewhere.') }),
          '400': answer({
            NoDetail: { value: { message: 'x' } },
            NumberDetail: example(5),
            External: { externalValue: 'x.json' },
          }),
          '500': { description: 'no body' },
        },
      ],
      {},
    ],
  ])('collects %s', (_, responseSets, expected) => {
    expect(errorExamplesModel(answering(...responseSets))).toEqual(expected);
  });

  it('refuses one example documented under two statuses', () => {
    const spec = answering(
      { '404': { $ref: '#/components/responses/NotFound' } },
      { '410': { $ref: '#/components/responses/NotFound' } },
    );
    expect(() => errorExamplesModel(spec)).toThrow(/example NotFound is documented under both 404 and 410/);
  });

  it('refuses two different details under one example name', () => {
    const spec = answering(
      { '400': answer({ Bad: example('Bad date.') }) },
      { '400': answer({ Bad: example('Bad limit.') }) },
    );
    expect(() => errorExamplesModel(spec)).toThrow(
      /example Bad has two different details: "Bad date\." and "Bad limit\."/,
    );
  });
});

describe('emitErrorExamples', () => {
  it('writes ERROR_EXAMPLES', () => {
    expect(emitErrorExamples(answering({ '404': { $ref: '#/components/responses/NotFound' } }))).toBe(
      [
        '/** The `detail` of each documented error example, with the status it is documented under. */',
        'export const ERROR_EXAMPLES = { NotFound: { status: 404, detail: "Not found." } } as const;',
        '',
      ].join('\n'),
    );
  });
});
