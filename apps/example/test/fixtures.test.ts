// Every body the tests answer with must be one the spec allows.
import { createValidator, schemaRef } from '@uploadcare-groups/spec/validator';
import { describe, expect, it } from 'vitest';
import { fixtureFile, fixtureGroup, fixtureGroupWithFiles, hostileName } from './fixtures.js';

const validate = createValidator();

describe('test fixtures match the spec', () => {
  it.each([
    ['a listed group', 'Group', fixtureGroup(4)],
    ['a group with files, one removed', 'GroupWithFiles', fixtureGroupWithFiles([fixtureFile(), null])],
    ['a file named with terminal controls', 'GroupFile', fixtureFile({ original_filename: hostileName })],
  ] as const)('%s is a valid %s', (_, schema, value) => {
    const { ok, errors } = validate(schemaRef(schema), value);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
  });
});
