/**
 * @uploadcare-groups/client: a typed client for Uploadcare file groups over the REST API.
 * The typed openapi-fetch client (and `buildSignString`/`md5Hex` for requests with a body) is at
 * `@uploadcare-groups/client/raw`, the spec's constants at `@uploadcare-groups/client/spec`.
 *
 * @example
 * ```ts
 * import { createGroupsClient, NotFoundError } from '@uploadcare-groups/client';
 *
 * const groups = createGroupsClient({ publicKey: 'demopublickey', secretKey: 'demosecretkey' });
 * const group = await groups.get('badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3');
 * ```
 * @packageDocumentation
 */
export type { DateHeaderName } from './auth/request-auth.js';
export { createHmacSigner, type Signer } from './auth/sign-request.js';
export { type GroupCdnUrlOptions, groupCdnUrl } from './cdn-url.js';
export {
  type CallOptions,
  type CreateGroupOptions,
  createGroupsClient,
  type GroupsClient,
  type ListAllParams,
  type PagesParams,
} from './client.js';
export {
  type CommonClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  type GroupsClientOptions,
  type SecretKeyOptions,
  type SignerOptions,
} from './client-options.js';
export { normalizeFrom } from './date-time.js';
export {
  AbortError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InvalidArgumentError,
  InvalidResponseError,
  NotAcceptableError,
  NotFoundError,
  RateLimitError,
  type RequestDescription,
  ServerError,
  SignerError,
  TimeoutError,
  UploadcareApiError,
  UploadcareError,
} from './errors.js';
export type { ApiVersion } from './generated/media-types.js';
export { isGroupId, type ParsedGroupId, parseGroupId } from './group-id.js';
export type { ListParams } from './list-params.js';
export type { FetchLike } from './transport/fetch-attempt.js';
export { DEFAULT_MAX_RETRY_WAIT_MS } from './transport/retry-policy.js';
export type {
  components,
  Group,
  GroupFile,
  GroupsOrdering,
  GroupsPage,
  GroupWithFiles,
  paths,
  UploadGroup,
} from './types.js';
export type { SignedUploadFields } from './upload/create-form.js';
export { type SignedUpload, type SignUploadOptions, signUpload } from './upload/signed-upload.js';
