/**
 * `@uploadcare-groups/client/spec`: the facts of the OpenAPI document the client is generated
 * from — the operations, the constraints of each parameter, the API versions — as constants, so
 * code built on the client (a CLI's options and help, a form's bounds, tests) reads them instead
 * of copying them. Everything here is generated from the spec; none of it is written by hand.
 *
 * @example
 * ```ts
 * import { LIMIT, ORDERING, OPERATIONS } from '@uploadcare-groups/client/spec';
 *
 * LIMIT.maximum;                 // 1000: the largest page the API allows
 * ORDERING.enum;                 // ['datetime_created', '-datetime_created']
 * OPERATIONS.storeGroup.accept;  // ['application/vnd.uploadcare-v0.6+json']
 * ```
 *
 * @packageDocumentation
 */
export { API_VERSIONS, type ApiVersion, MEDIA_TYPES } from './generated/media-types.js';
export { OPERATION_IDS, OPERATIONS, type OperationId, RESPONSES } from './generated/operations.js';
export * from './generated/parameters.js';
export { GROUP_ID_EXAMPLE, GROUP_ID_PATTERN, GROUP_MEMBER_PATTERN } from './generated/patterns.js';
