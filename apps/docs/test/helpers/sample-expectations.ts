// What each operation's samples must show, shared by the site tests at the root and under a
// sub-path: the client method its TypeScript sample calls, and the credentials its curl sends
// (a signed Authorization and the API version on the REST API; the public key alone, in a field,
// on the Upload API).
import { OPERATIONS, type OperationId } from '@uploadcare-groups/client/spec';
import { expect } from 'vitest';

/** The client call each operation's TypeScript sample makes; a new operation fails here until it has one. */
const CLIENT_CALL: Record<OperationId, string> = {
  listGroups: 'groups.list(',
  getGroup: 'groups.get(',
  deleteGroup: 'groups.delete(',
  storeGroup: 'groups.store(',
  createGroup: 'groups.create(',
  getUploadGroupInfo: 'groups.uploadInfo(',
};

export function expectClientCall(typescript: string, operationId: string): void {
  const call = CLIENT_CALL[operationId as OperationId];
  expect(call, `the client call of ${operationId}`).toBeDefined();
  expect(typescript).toContain(call);
}

/** The REST API's signed headers and `Accept`; the Upload API's public key field and no `Authorization` header. */
export function expectCurlHeaders(curl: string, operationId: string): void {
  const { publicKeyField, accept } = OPERATIONS[operationId as OperationId];
  if (publicKeyField === null) {
    expect(curl).toContain('Authorization: Uploadcare $PUB:$SIG');
    expect(curl).toContain('X-Uploadcare-Date');
    expect(curl).toContain(`Accept: ${accept[0]}`);
  } else {
    expect(curl).toContain(`${publicKeyField}=$PUB`);
    expect(curl).not.toMatch(/-H ["']Authorization/);
  }
}
