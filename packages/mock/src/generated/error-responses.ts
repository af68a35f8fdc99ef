/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/mock run generate`.
 */

/** The named error answers of the spec: the status each is documented under and the headers it requires. */
export const ERROR_RESPONSES = {
  BadRequest: { status: 400, headers: [] },
  Unauthorized: { status: 401, headers: [] },
  NotAcceptable: { status: 406, headers: [] },
  TooManyRequests: { status: 429, headers: ["Retry-After"] },
  NotFound: { status: 404, headers: [] },
  UploadBadRequest: { status: 400, headers: [] },
  UploadForbidden: { status: 403, headers: [] },
  UploadTooManyRequests: { status: 429, headers: ["Retry-After"] },
  UploadNotFound: { status: 404, headers: [] },
} as const;

export type ErrorResponseName = keyof typeof ERROR_RESPONSES;
