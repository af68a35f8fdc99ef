// Every body the tests answer with must be one the spec allows.
import { createValidator, schemaRef } from '@uploadcare-groups/spec/validator';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.js';

const validate = createValidator();

describe('test fixtures match the spec', () => {
  it.each(FIXTURES)('%s is a valid %s', (_, schema, value) => {
    const { ok, errors } = validate(schemaRef(schema), value);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
  });
});
