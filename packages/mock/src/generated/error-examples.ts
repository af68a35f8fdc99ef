/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/mock run generate`.
 */

/** The `detail` of each documented error example, with the status it is documented under. */
export const ERROR_EXAMPLES = {
  SimpleAuthOverHttpError: {
    status: 400,
    detail: "Simple authentication over HTTP is forbidden. Please, use HTTPS or signed requests instead.",
  },
  MissingCredentialsError: { status: 401, detail: "Incorrect authentication credentials." },
  UnknownPublicKeyError: { status: 401, detail: "Public key demopublickey not found." },
  InvalidSignatureError: { status: 401, detail: "Invalid signature. Please check your Secret key." },
  NotAcceptableError: {
    status: 406,
    detail: "Incorrect Accept header provided. Make sure to specify API version. Refer to REST API docs for details.",
  },
  ThrottledError: { status: 429, detail: "Request was throttled. Expected available in 10 seconds." },
  NotFoundError: { status: 404, detail: "Not found." },
  NoGroupFilesError: { status: 400, detail: "No files[N] parameters found." },
  GroupFilesNotFoundError: { status: 400, detail: "Some files not found." },
  GroupFileUrlError: { status: 400, detail: "This is not valid file url: nope." },
  GroupIdRequiredError: { status: 400, detail: "group_id is required." },
  PublicKeyInvalidError: { status: 403, detail: "pub_key is invalid." },
  PublicKeyRequiredError: { status: 403, detail: "pub_key is required." },
  UploadSignatureInvalidError: { status: 403, detail: "Invalid signature." },
  UploadSignatureExpiredError: { status: 403, detail: "Expired signature." },
  UploadThrottledError: { status: 429, detail: "Request was throttled." },
  GroupIdInvalidError: { status: 404, detail: "group_id is invalid." },
} as const;
