/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/mock run generate`.
 */

/** `limit`, in query: How many groups a page holds. */
export const LIMIT = {
  name: "limit",
  in: "query",
  required: false,
  type: "integer",
  minimum: 1,
  maximum: 1000,
  default: 100,
  description: "How many groups a page holds.",
} as const;

/** `from`, in query: Where the list starts: an ISO 8601 date-time with `T` as the separator, compared with each group's `datetime_created` in the direction of `ordering`. */
export const FROM = {
  name: "from",
  in: "query",
  required: false,
  type: "string",
  format: "date-time",
  description: "Where the list starts: an ISO 8601 date-time with `T` as the separator, compared with each group's `datetime_created` in the direction of `ordering`.",
} as const;

/** `ordering`, in query: The order of the list: `datetime_created` (oldest first, the default) or `-datetime_created` (newest first). */
export const ORDERING = {
  name: "ordering",
  in: "query",
  required: false,
  type: "string",
  enum: ["datetime_created", "-datetime_created"],
  default: "datetime_created",
  description: "The order of the list: `datetime_created` (oldest first, the default) or `-datetime_created` (newest first).",
} as const;

/** `offset`, in query: Position within the groups that share the `from` date-time. The service puts it in the `next` and `previous` links; follow those links rather than setting it by hand. */
export const OFFSET = {
  name: "offset",
  in: "query",
  required: false,
  type: "integer",
  minimum: 0,
  description: "Position within the groups that share the `from` date-time. The service puts it in the `next` and `previous` links; follow those links rather than setting it by hand.",
} as const;

/** `group_id`, in path: The group's id, `<uuid>~<N>`. */
export const GROUP_ID = {
  name: "group_id",
  in: "path",
  required: true,
  type: "string",
  pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}~[1-9][0-9]*$",
  description: "The group's id, `<uuid>~<N>`.",
} as const;

/** `jsonerrors`, in query: `1` asks for errors as JSON (`{"error": {"content": …}}`); without it the Upload API answers errors as plain text. The official upload client always sends it. */
export const JSONERRORS = {
  name: "jsonerrors",
  in: "query",
  required: false,
  type: "integer",
  enum: [1],
  description: "`1` asks for errors as JSON (`{\"error\": {\"content\": …}}`); without it the Upload API answers errors as plain text. The official upload client always sends it.",
} as const;

/** `pub_key`, in query: The project's public key (the Upload API's only credential; no secret key is sent). */
export const PUB_KEY = {
  name: "pub_key",
  in: "query",
  required: true,
  type: "string",
  minLength: 1,
  description: "The project's public key (the Upload API's only credential; no secret key is sent).",
} as const;

/** `group_id`, in query: The group's id, `<uuid>~<N>`. */
export const QUERY_GROUP_ID = {
  name: "group_id",
  in: "query",
  required: true,
  type: "string",
  pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}~[1-9][0-9]*$",
  description: "The group's id, `<uuid>~<N>`.",
} as const;

/** Every parameter above, by its name in the spec. */
export const PARAMETERS = { "limit": LIMIT, "from": FROM, "ordering": ORDERING, "offset": OFFSET, "group_id": GROUP_ID, "jsonerrors": JSONERRORS, "pub_key": PUB_KEY, "query:group_id": QUERY_GROUP_ID } as const;
