/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/client run generate`.
 */

/**
 * The operations of the spec, in document order: method, templated path, path and query
 * parameter names (in the order the spec lists them), and the `Accept` media types each
 * operation takes, newest API version first (send the first). `retryAfter`: the answers
 * documented with a `Retry-After` header (status -> `seconds`, `http-date` or `either`): the
 * statuses the service asks to be retried later, and the form it says the wait in.
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
  },
  getGroup: {
    method: "GET",
    path: "/groups/{group_id}/",
    pathParameters: ["group_id"],
    query: [],
    accept: ["application/vnd.uploadcare-v0.7+json"],
    deprecated: false,
    retryAfter: { "429": "seconds" },
  },
  deleteGroup: {
    method: "DELETE",
    path: "/groups/{group_id}/",
    pathParameters: ["group_id"],
    query: [],
    accept: ["application/vnd.uploadcare-v0.7+json"],
    deprecated: false,
    retryAfter: { "429": "seconds" },
  },
  storeGroup: {
    method: "PUT",
    path: "/groups/{group_id}/storage/",
    pathParameters: ["group_id"],
    query: [],
    accept: ["application/vnd.uploadcare-v0.6+json"],
    deprecated: true,
    retryAfter: { "429": "seconds" },
  },
} as const;

export type OperationId = keyof typeof OPERATIONS;

/** The operation ids, in document order. */
export const OPERATION_IDS = ["listGroups", "getGroup", "deleteGroup", "storeGroup"] as const satisfies readonly OperationId[];

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
    "200": ["application/vnd.uploadcare-v0.6+json"],
    "400": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "401": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "404": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "406": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
    "429": ["application/vnd.uploadcare-v0.7+json", "application/vnd.uploadcare-v0.6+json", "application/json"],
  },
} as const;
