/**
 * The `Accept` media type each request sends: the one of the `apiVersion` option when the
 * operation takes that version, else, with no `apiVersion`, the newest the operation takes.
 * Which versions exist and which each operation takes come from the generated tables, so a
 * version added to the spec is accepted here with no hand edit.
 */
import { fail } from './argument-checks.js';
import { API_VERSIONS, type ApiVersion, MEDIA_TYPES } from './generated/media-types.js';
import { OPERATIONS, type OperationId } from './generated/operations.js';

/** The API versions `operationId` takes, newest first (as the spec lists them). */
export function versionsOf(operationId: OperationId): ApiVersion[] {
  const accept: readonly string[] = OPERATIONS[operationId].accept;
  return API_VERSIONS.filter((version) => accept.includes(MEDIA_TYPES[version]));
}

/**
 * The media type to send for `operationId`. A version the operation does not take is refused
 * (`InvalidArgumentError`) before anything is sent, naming the versions it takes.
 */
export function acceptFor(operationId: OperationId, apiVersion: ApiVersion | undefined): string {
  const accept: readonly string[] = OPERATIONS[operationId].accept;
  if (apiVersion === undefined) return accept[0] as string;
  const type = MEDIA_TYPES[apiVersion];
  if (!accept.includes(type)) {
    const takes = versionsOf(operationId);
    fail('apiVersion', `${operationId} takes API version ${takes.join(' or ')}, not ${apiVersion}`);
  }
  return type;
}
