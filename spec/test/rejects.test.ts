import { describe, expect, it } from 'vitest';
import { createValidator, deref, type Json, schemaRef, spec } from './load-spec.js';

const validate = createValidator();
const exampleOf = (name: string): Json => structuredClone(deref(spec.components.examples[name]).value);
const group = (): Json => {
  const { files: _files, ...rest } = exampleOf('GroupWithFiles');
  return rest;
};

// Each case breaks one rule of the facts sheet; a schema that accepts it cannot say no.
const wrong: Array<[string, string, () => unknown]> = [
  ['group without id', 'Group', () => ({ ...group(), id: undefined })],
  ['group with files_count 0', 'Group', () => ({ ...group(), files_count: 0 })],
  ['group id without ~N', 'Group', () => ({ ...group(), id: 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da' })],
  ['group id with ~0', 'Group', () => ({ ...group(), id: 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~0' })],
  ['group id in upper case', 'Group', () => ({ ...group(), id: 'BADFC9F7-F88F-4921-9CC0-22E2C08AA2DA~3' })],
  ['group id with a path', 'GroupId', () => '../badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3'],
  ['group id with a leading zero count', 'GroupId', () => 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~03'],
  ['group without cdn_url', 'Group', () => ({ ...group(), cdn_url: undefined })],
  ['group with a string files_count', 'Group', () => ({ ...group(), files_count: '3' })],
  ['group with files missing', 'GroupWithFiles', () => group()],
  [
    'a file that is a string',
    'GroupWithFiles',
    () => ({ ...exampleOf('GroupWithFiles'), files: ['0cea5a61-f976-47d9-815a-e787f52aeba1'] }),
  ],
  ['files that is null', 'GroupWithFiles', () => ({ ...exampleOf('GroupWithFiles'), files: null })],
  [
    'a file without uuid',
    'GroupWithFiles',
    () => {
      const g = exampleOf('GroupWithFiles');
      delete g.files[0].uuid;
      return g;
    },
  ],
  ['page without next', 'GroupsPage', () => ({ ...exampleOf('GroupsPage'), next: undefined })],
  ['page with a negative total', 'GroupsPage', () => ({ ...exampleOf('GroupsPage'), total: -1 })],
  ['page whose results hold a bad group', 'GroupsPage', () => ({ ...exampleOf('GroupsPage'), results: [{ id: 1 }] })],
  ['error without detail', 'Error', () => ({ message: 'Not found.' })],
];

describe('the schemas say no', () => {
  it.each(wrong)('rejects %s', (_name, schema, make) => {
    // JSON round trip drops the `undefined` fields the cases use to remove a property.
    const value = JSON.parse(JSON.stringify(make()));
    expect(validate(schemaRef(schema), value).ok).toBe(false);
  });

  it('accepts fields a newer service may add', () => {
    const g = exampleOf('GroupWithFiles');
    g.something_new = { nested: true };
    g.files[0].another_new_field = 1;
    expect(validate(schemaRef('GroupWithFiles'), g).ok).toBe(true);
  });

  it.each(['11111111-1111-1111-1111-111111111111~1', '018f2c3a-7b1d-7c4e-9a2b-3c4d5e6f7a8b~1000'])(
    'accepts the group id %s (any 8-4-4-4-12 hex UUID)',
    (id) => {
      expect(validate(schemaRef('GroupId'), id).ok).toBe(true);
    },
  );

  it('accepts a group of only removed files', () => {
    const g = { ...exampleOf('GroupWithFiles'), files: [null, null, null] };
    expect(validate(schemaRef('GroupWithFiles'), g).ok).toBe(true);
  });
});
