// Which of its documented query parameters each operation's handler serves. A parameter the
// spec gives an operation but the mock does not implement is refused with a 400 naming it, not
// silently ignored: a filter added to the spec must not look served while the mock returns
// everything. (Parameters the spec does not know are ignored, as the service ignores them.)
import { OPERATIONS, type OperationId } from '../../generated/operations.js';
import { JSONERRORS, QUERY_GROUP_ID } from '../../generated/parameters.js';
import { type ApiError, apiErrors } from '../http/api-errors.js';
import { LIST_QUERY_IMPLEMENTED } from './query.js';

/** Each operation's served query parameters; an operation not listed serves none. */
export const IMPLEMENTED_QUERY: Partial<Record<OperationId, readonly string[]>> = {
  listGroups: LIST_QUERY_IMPLEMENTED,
  // The Upload API's: errors as JSON, and (the group's info) the public key and the group's id.
  createGroup: [JSONERRORS.name],
  getUploadGroupInfo: [OPERATIONS.getUploadGroupInfo.publicKeyField, QUERY_GROUP_ID.name, JSONERRORS.name],
};

/** The spec's query parameters of `operationId` the mock does not serve, in spec order. */
export function unimplementedQuery(
  operationId: OperationId,
  documented: readonly string[] = OPERATIONS[operationId].query,
  implemented: readonly string[] = IMPLEMENTED_QUERY[operationId] ?? [],
): string[] {
  return documented.filter((name) => !implemented.includes(name));
}

/** The 400 for a request that gives a documented parameter the mock does not serve, or undefined. */
export function refuseUnimplemented(
  operationId: OperationId,
  given: URLSearchParams,
  documented?: readonly string[],
  implemented?: readonly string[],
): ApiError | undefined {
  const missing = unimplementedQuery(operationId, documented, implemented).filter((name) => given.has(name));
  if (missing.length === 0) return undefined;
  const names = missing.map((name) => `"${name}"`).join(', ');
  return apiErrors.badParameter(
    `The mock does not implement the query parameter${missing.length > 1 ? 's' : ''} ${names} of ${operationId}, which the spec documents: it would answer as if ${missing.length > 1 ? 'they were' : 'it was'} not given.`,
  );
}
