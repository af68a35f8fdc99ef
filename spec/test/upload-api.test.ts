// The Upload API's two group operations in the bundle: their own server, no Authorization (the
// public key in the form or query), plain JSON answers, the documented errors as JSON or text,
// and examples that are what the service says (the facts this project could confirm).
import { describe, expect, it } from 'vitest';
import { errorExamplesModel } from '../codegen/emit-error-examples.mjs';
import { operationsModel } from '../codegen/emit-operations.mjs';
import { spec } from './load-spec.js';

const model = Object.fromEntries(operationsModel(spec).map((op) => [op.operationId, op]));

describe('the Upload API operations', () => {
  it.each([
    ['createGroup', 'POST', '/group/', [200, 400, 403, 429]],
    ['getUploadGroupInfo', 'GET', '/group/info/', [200, 400, 403, 404, 429]],
  ])('%s: %s %s on https://upload.uploadcare.com, pub_key only', (id, method, path, statuses) => {
    const op = model[id];
    expect(op).toMatchObject({ method, path, server: 'https://upload.uploadcare.com', security: [] });
    expect(op?.publicKeyField).toBe('pub_key');
    expect(op?.accept).toEqual(['application/json']);
    expect(Object.keys(op?.responses ?? {}).map(Number)).toEqual(statuses);
    for (const status of statuses.filter((s) => s > 399)) {
      expect(op?.responses[status]).toEqual(['application/json', 'text/plain']);
    }
  });

  it('the REST operations keep the document server and its two Authorization schemes', () => {
    for (const id of ['listGroups', 'getGroup', 'deleteGroup', 'storeGroup']) {
      expect(model[id]).toMatchObject({ server: 'https://api.uploadcare.com', security: ['signed', 'simple'] });
      expect(model[id]?.publicKeyField).toBeNull();
    }
  });

  it('create takes a urlencoded or multipart form with pub_key, files[N] or files[] and the signed-upload fields', () => {
    expect(model.createGroup?.requestBody).toEqual(['application/x-www-form-urlencoded', 'multipart/form-data']);
    const form = spec.components.schemas.CreateGroupForm;
    expect(form.required).toEqual(['pub_key']);
    expect(Object.keys(form.properties)).toEqual(['pub_key', 'files[]', 'signature', 'expire']);
    expect(Object.keys(form.patternProperties)).toEqual(['^files\\[(0|[1-9][0-9]*)\\]$']);
    const member = new RegExp(spec.components.schemas.GroupMember.pattern);
    expect(member.test('0cea5a61-f976-47d9-815a-e787f52aeba1')).toBe(true);
    expect(member.test('0cea5a61-f976-47d9-815a-e787f52aeba1/-/resize/x800/')).toBe(true);
    expect(member.test('0CEA5A61-F976-47D9-815A-E787F52AEBA1')).toBe(false);
    expect(member.test('nope')).toBe(false);
  });

  it('documents the service words of its errors, with their status', () => {
    expect(errorExamplesModel(spec)).toMatchObject({
      NoGroupFilesError: { status: 400, detail: 'No files[N] parameters found.' },
      GroupFilesNotFoundError: { status: 400, detail: 'Some files not found.' },
      GroupIdRequiredError: { status: 400, detail: 'group_id is required.' },
      PublicKeyRequiredError: { status: 403, detail: 'pub_key is required.' },
      PublicKeyInvalidError: { status: 403, detail: 'pub_key is invalid.' },
      UploadSignatureInvalidError: { status: 403, detail: 'Invalid signature.' },
      UploadSignatureExpiredError: { status: 403, detail: 'Expired signature.' },
      GroupIdInvalidError: { status: 404, detail: 'group_id is invalid.' },
      UploadThrottledError: { status: 429, detail: 'Request was throttled.' },
    });
  });
});
