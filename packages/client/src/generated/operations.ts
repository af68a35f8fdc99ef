/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/client run generate`.
 */

/**
 * The operations of the spec, in document order: method, templated path, path and query
 * parameter names (in the order the spec lists them), and the `Accept` media types each
 * operation takes, newest API version first (send the first). `retryAfter`: the answers
 * documented with a `Retry-After` header (status -> `seconds`, `http-date` or `either`).
 * `server`: where it is sent (its own `servers`, else the document's); `security`: the schemes
 * it takes (`[]`: no `Authorization`); `publicKeyField`: the form or query field carrying the
 * public key of an operation authenticated by it alone (the Upload API); `requestBody`: the
 * media types of its body.
 */
export const OPERATIONS = {
  listGroups: {
    method: "GET",
    path: "/groups/",
    pathParameters: [],
    query: ["limit", "from", "ordering", "offset"],
    accept: ["application/vnd.uploadcare-v0.7+json"],
    deprecated: false,
    retryAfter: { "429": "seconds" },
    server: "https://api.uploadcare.com",
    security: ["signed", "simple"],
    publicKeyField: null,
    requestBody: [],
  },
  getGroup: {
    method: "GET",
    path: "/groups/{group_id}/",
    pathParameters: ["group_id"],
    query: [],
    accept: ["application/vnd.uploadcare-v0.7+json"],
    deprecated: false,
    retryAfter: { "429": "seconds" },
    server: "https://api.uploadcare.com",
    security: ["signed", "simple"],
    publicKeyField: null,
    requestBody: [],
  },
  deleteGroup: {
    method: "DELETE",
    path: "/groups/{group_id}/",
    pathParameters: ["group_id"],
    query: [],
    accept: ["application/vnd.uploadcare-v0.7+json"],
    deprecated: false,
    retryAfter: { "429": "seconds" },
    server: "https://api.uploadcare.com",
    security: ["signed", "simple"],
    publicKeyField: null,
    requestBody: [],
  },
  storeGroup: {
    method: "PUT",
    path: "/groups/{group_id}/storage/",
    pathParameters: ["group_id"],
    query: [],
    accept: ["application/vnd.uploadcare-v0.6+json", "application/vnd.uploadcare-v0.5+json"],
    deprecated: true,
    retryAfter: { "429": "seconds" },
    server: "https://api.uploadcare.com",
    security: ["signed", "simple"],
    publicKeyField: null,
    requestBody: [],
  },
  createGroup: {
    method: "POST",
    path: "/group/",
    pathParameters: [],
    query: ["jsonerrors"],
    accept: ["application/json"],
    deprecated: false,
    retryAfter: { "429": "seconds" },
    server: "https://upload.uploadcare.com",
    security: [],
    publicKeyField: "pub_key",
    requestBody: ["application/x-www-form-urlencoded", "multipart/form-data"],
  },
  getUploadGroupInfo: {
    method: "GET",
    path: "/group/info/",
    pathParameters: [],
    query: ["pub_key", "group_id", "jsonerrors"],
    accept: ["application/json"],
    deprecated: false,
    retryAfter: { "429": "seconds" },
    server: "https://upload.uploadcare.com",
    security: [],
    publicKeyField: "pub_key",
    requestBody: [],
  },
} as const;

export type OperationId = keyof typeof OPERATIONS;

/** The operation ids, in document order. */
export const OPERATION_IDS = ["listGroups", "getGroup", "deleteGroup", "storeGroup", "createGroup", "getUploadGroupInfo"] as const satisfies readonly OperationId[];

/** The documented answers of each operation: status -> media types of its body (`[]`: no body). */
export const RESPONSES = {
  listGroups: {
    "200": ["application/vnd.uploadcare-v0.7+json"],
    "400": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "401": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "406": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "429": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
  },
  getGroup: {
    "200": ["application/vnd.uploadcare-v0.7+json"],
    "400": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "401": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "404": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "406": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "429": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
  },
  deleteGroup: {
    "204": [],
    "400": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "401": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "404": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "406": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "429": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
  },
  storeGroup: {
    "200": ["application/vnd.uploadcare-v0.6+json", "application/vnd.uploadcare-v0.5+json"],
    "400": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "401": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "404": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "406": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "429": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
  },
  createGroup: {
    "200": ["application/json"],
    "400": ["application/json", "text/plain"],
    "403": ["application/json", "text/plain"],
    "429": ["application/json", "text/plain"],
  },
  getUploadGroupInfo: {
    "200": ["application/json"],
    "400": ["application/json", "text/plain"],
    "403": ["application/json", "text/plain"],
    "404": ["application/json", "text/plain"],
    "429": ["application/json", "text/plain"],
  },
} as const;
