// Every query parameter the spec gives an operation is served by the mock's handler, or the
// mock refuses it by name: a filter added to the spec fails here, naming it, until the mock
// implements it (the generated operation table says which parameters each operation has).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type RunningFake, startFake } from '../../src/fake/index.js';
import { refuseUnimplemented, unimplementedQuery } from '../../src/fake/routes/implemented-query.js';
import { ERROR_RESPONSES } from '../../src/generated/error-responses.js';
import { OPERATION_IDS, OPERATIONS } from '../../src/generated/operations.js';
import { pathOf, signed } from '../sign.js';

test.each(OPERATION_IDS.filter((id) => OPERATIONS[id].query.length > 0))(
  'the mock serves every query parameter the spec gives %s',
  (id) => {
    const missing = unimplementedQuery(id);
    expect(missing, `the mock does not implement ${missing.join(', ')} of ${id}`).toEqual([]);
  },
);

test('a documented parameter the mock does not serve is a 400 naming it; one the spec does not know is ignored', () => {
  const documented = ['limit', 'stored'];
  const refused = refuseUnimplemented('listGroups', new URLSearchParams('limit=1&stored=true'), documented, ['limit']);
  expect(refused?.status).toBe(ERROR_RESPONSES.BadRequest.status);
  expect(refused?.body.detail).toMatch(/does not implement the query parameter "stored" of listGroups/);
  expect(
    refuseUnimplemented('listGroups', new URLSearchParams('limit=1&page=2'), documented, ['limit']),
  ).toBeUndefined();
});

let fake: RunningFake;
beforeAll(async () => {
  fake = await startFake({ groups: 3, seed: 'implemented' });
});
afterAll(() => fake?.stop());

test.each(OPERATION_IDS.filter((id) => OPERATIONS[id].query.length > 0))(
  '%s answers a request with each documented query parameter without refusing it as not implemented',
  async (id) => {
    for (const name of OPERATIONS[id].query) {
      const uri = `${pathOf(id)}?${name}=x`;
      const res = await fetch(`${fake.url}${uri}`, signed(id, uri));
      // The REST API answers JSON; the Upload API's errors are plain text unless asked for JSON.
      expect(await res.text(), `${id} ${name}`).not.toMatch(/does not implement/);
    }
  },
);
