// The API versions an operation accepts (lib/spec-model.mjs acceptedMediaTypes: its success
// answer's vendor media types, or `x-uploadcare-accept` for an answer without a body) and
// emit-media-types.mjs, which lists every version the document names.
import { describe, expect, it } from 'vitest';
import { emitMediaTypes, vendorMediaTypes } from '../../codegen/emit-media-types.mjs';
import { acceptedMediaTypes, operationsOf } from '../../codegen/lib/spec-model.mjs';
import { type Json, okWith, op, specWith, V5, V6, V7 } from './tiny-spec.js';

const noBody = { '204': { description: 'no body' } };
const errorAnswer = (...types: string[]) => ({
  description: 'error',
  content: Object.fromEntries(types.map((type) => [type, { schema: { type: 'object' } }])),
});

/** The Accept types of the only operation of a spec. */
function acceptOf(operation: Json, components: Json = {}): string[] {
  const spec = specWith({ '/a/': { get: operation } }, components);
  return acceptedMediaTypes(spec, operationsOf(spec)[0]);
}

describe('acceptedMediaTypes', () => {
  it.each([
    ['the vendor media type of the 200 body', op('a', { responses: okWith({}, V7) }), [V7]],
    ['several, newest first', op('a', { responses: okWith({}, V5, V7, V6) }), [V7, V6, V5]],
    ['only the vendor ones of the body', op('a', { responses: okWith({}, 'application/json', V6) }), [V6]],
    [
      'those of the first success answer, not of the errors',
      op('a', { responses: { '400': errorAnswer(V5), ...okWith({}, V6) } }),
      [V6],
    ],
    [
      'the body of a success answer given by $ref',
      op('a', { responses: { '201': { $ref: '#/components/responses/Created' } } }),
      [V6],
    ],
    [
      'x-uploadcare-accept for an answer without a body',
      op('a', { responses: noBody, 'x-uploadcare-accept': [V7] }),
      [V7],
    ],
    ['x-uploadcare-accept, newest first', op('a', { responses: noBody, 'x-uploadcare-accept': [V5, V7] }), [V7, V5]],
    [
      'x-uploadcare-accept when the body has no vendor media type',
      op('a', { responses: okWith({}, 'application/json'), 'x-uploadcare-accept': [V6] }),
      [V6],
    ],
  ])('are %s', (_, operation, expected) => {
    const components = { responses: { Created: { description: 'made', content: { [V6]: {} } } } };
    expect(acceptOf(operation, components)).toEqual(expected);
  });

  it.each([
    [
      'a body with a vendor media type and x-uploadcare-accept too',
      op('a', { responses: okWith({}, V7), 'x-uploadcare-accept': [V7] }),
      /a has both a 200 body and x-uploadcare-accept: the body's media types say it once/,
    ],
    ['an answer without a body and no x-uploadcare-accept', op('a', { responses: noBody }), /a names no API version/],
    [
      'a body without a vendor media type and no x-uploadcare-accept',
      op('a', { responses: okWith({}, 'application/json') }),
      /a names no API version: give its 200 answer a vendor media type, or .* x-uploadcare-accept/,
    ],
    [
      'an empty x-uploadcare-accept',
      op('a', { responses: noBody, 'x-uploadcare-accept': [] }),
      /a names no API version/,
    ],
    [
      'an x-uploadcare-accept that is not a list',
      op('a', { responses: noBody, 'x-uploadcare-accept': V7 }),
      /a names no API version/,
    ],
    [
      'an x-uploadcare-accept naming a media type without a version',
      op('a', { responses: noBody, 'x-uploadcare-accept': [V7, 'application/json'] }),
      /a names no API version/,
    ],
    ['no success answer at all', op('a', { responses: { '404': errorAnswer(V7) } }), /a documents no 2xx answer/],
  ])('refuse %s', (_, operation, message) => {
    expect(() => acceptOf(operation)).toThrow(message);
  });
});

describe('vendorMediaTypes and emitMediaTypes', () => {
  const spec = specWith({
    '/a/': {
      get: op('getA', { responses: { ...okWith({}, V7), '406': errorAnswer(V7, V6, 'application/json') } }),
      put: op('putA', { responses: okWith({}, V6) }),
      delete: op('deleteA', { responses: noBody, 'x-uploadcare-accept': [V5] }),
    },
  });

  it('lists every vendor media type of the answers and of x-uploadcare-accept, newest first', () => {
    expect(vendorMediaTypes(spec)).toEqual([V7, V6, V5]);
  });

  it('writes the versions and the media type of each', () => {
    expect(emitMediaTypes(spec)).toBe(
      [
        '/** The API versions named by the spec, newest first. */',
        'export const API_VERSIONS = ["0.7", "0.6", "0.5"] as const;',
        '',
        "/** An API version the spec names: what the client's `apiVersion` option takes. */",
        'export type ApiVersion = (typeof API_VERSIONS)[number];',
        '',
        '/** The vendor media type of each API version, sent in `Accept`. */',
        'export const MEDIA_TYPES = {',
        '  "0.7": "application/vnd.uploadcare-v0.7+json",',
        '  "0.6": "application/vnd.uploadcare-v0.6+json",',
        '  "0.5": "application/vnd.uploadcare-v0.5+json",',
        '} as const;',
        '',
      ].join('\n'),
    );
  });

  it('fails on an operation whose API version cannot be told, rather than guess', () => {
    const broken = specWith({ '/a/': { delete: op('deleteA', { responses: noBody }) } });
    expect(() => emitMediaTypes(broken)).toThrow(/deleteA names no API version/);
  });
});
