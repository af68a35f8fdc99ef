/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/mock run generate`.
 */

/**
 * The document's `components.schemas`, verbatim. Their `$ref`s are local to the document
 * (`#/components/schemas/…`): give a validator `{ components: { schemas: SCHEMAS } }` as one schema.
 */
export const SCHEMAS = {
  GroupId: {
    type: "string",
    title: "Group id",
    description: "`<uuid>~<N>`: a lowercase RFC 4122 UUID in its 8-4-4-4-12 hex form, a tilde, and N, the\nnumber of files in the group (at least 1, no leading zero). The tilde is sent as is in\npaths. The version and variant digits are not checked, as JSON Schema's `uuid` format does\nnot check them either.\n",
    pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}~[1-9][0-9]*$",
    examples: ["badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3"],
  },
  Group: {
    type: "object",
    title: "Group",
    description: "A group as it appears in a list. The single-group answers add its `files`\n(see `GroupWithFiles`). Answers may carry fields not described here.\n",
    required: ["id", "datetime_created", "files_count", "cdn_url", "url"],
    properties: {
      id: { $ref: "#/components/schemas/GroupId" },
      datetime_created: {
        type: "string",
        format: "date-time",
        description: "When the group was created (ISO 8601).",
        examples: ["2018-11-27T14:14:37.583654Z"],
      },
      datetime_stored: {
        type: ["string", "null"],
        format: "date-time",
        description: "When the group's files were marked stored, or `null`. Sent by API v0.5 and v0.6,\nno longer sent by v0.7.\n",
      },
      files_count: {
        type: "integer",
        minimum: 1,
        description: "The number of files in the group; equals the N at the end of its id.",
      },
      cdn_url: {
        type: "string",
        format: "uri",
        description: "The group's CDN address, `https://ucarecdn.com/<id>/`.",
      },
      url: {
        type: "string",
        format: "uri",
        description: "The group's API resource, `https://api.uploadcare.com/groups/<id>/`.",
      },
    },
  },
  GroupsPage: {
    type: "object",
    title: "Page of groups",
    description: "One page of the group list, with links to its neighbours.",
    required: ["next", "previous", "total", "per_page", "results"],
    properties: {
      next: {
        type: ["string", "null"],
        format: "uri",
        description: "The absolute URL of the next page, carrying its whole query (`limit`, `from`,\n`offset`), or `null` on the last page. Follow it exactly as given.\n",
      },
      previous: {
        type: ["string", "null"],
        format: "uri",
        description: "The absolute URL of the previous page, or `null` on the first page.",
      },
      total: { type: "integer", minimum: 0, description: "The number of groups in the whole list." },
      per_page: { type: "integer", minimum: 1, description: "The page size in force." },
      results: {
        type: "array",
        description: "The groups of this page, without their files.",
        items: { $ref: "#/components/schemas/Group" },
      },
    },
  },
  Error: {
    type: "object",
    title: "Error",
    description: "The body of every error answer. Answers may carry more fields.",
    required: ["detail"],
    properties: { detail: { type: "string", description: "A human-readable explanation of the error." } },
  },
  ContentInfo: {
    type: "object",
    title: "Content info",
    description: "What the service found out about the file's content.",
    properties: {
      mime: {
        type: "object",
        required: ["mime", "type", "subtype"],
        properties: { mime: { type: "string" }, type: { type: "string" }, subtype: { type: "string" } },
      },
      image: {
        type: "object",
        description: "Present for images.",
        properties: {
          format: { type: "string" },
          width: { type: "integer" },
          height: { type: "integer" },
          orientation: { type: ["integer", "null"] },
          color_mode: { type: "string" },
          dpi: { type: ["array", "null"], items: { type: "number" } },
          geo_location: { type: ["object", "null"] },
          datetime_original: { type: ["string", "null"] },
          sequence: { type: "boolean" },
        },
      },
      video: { type: "object", description: "Present for videos (duration, format, bitrate and streams)." },
    },
  },
  GroupFile: {
    type: "object",
    title: "Group file",
    description: "A file of a group: the service's file information plus `default_effects`. Answers may\ncarry fields not described here.\n",
    required: [
      "uuid",
      "datetime_uploaded",
      "is_image",
      "is_ready",
      "mime_type",
      "original_filename",
      "size",
      "url",
      "default_effects",
    ],
    properties: {
      uuid: { type: "string", format: "uuid", description: "The file's id." },
      default_effects: {
        type: "string",
        description: "The CDN operations applied to the file when the group was made, such as\n`resize/x800/`, or the empty string.\n",
      },
      datetime_uploaded: { type: "string", format: "date-time" },
      datetime_stored: {
        type: ["string", "null"],
        format: "date-time",
        description: "When the file was stored, or `null` while it is not.",
      },
      datetime_removed: {
        type: ["string", "null"],
        format: "date-time",
        description: "When the file was removed, or `null`.",
      },
      is_image: { type: "boolean" },
      is_ready: { type: "boolean", description: "Whether the file is ready to be served from the CDN." },
      mime_type: { type: "string" },
      original_filename: { type: "string" },
      original_file_url: {
        type: ["string", "null"],
        format: "uri",
        description: "The CDN address of the file as uploaded, or `null` when not available.",
      },
      size: { type: "integer", minimum: 0, description: "Size in bytes." },
      url: { type: "string", format: "uri", description: "The file's API resource URL." },
      content_info: { oneOf: [{ $ref: "#/components/schemas/ContentInfo" }, { type: "null" }] },
      metadata: {
        type: "object",
        description: "The file's metadata, string keys to string values.",
        additionalProperties: { type: "string" },
      },
      appdata: { type: ["object", "null"], description: "Results of add-ons applied to the file, or `null`." },
      variations: {
        type: ["object", "null"],
        description: "Ids of files derived from this one (for example video conversions), or `null`.",
      },
    },
  },
  GroupWithFiles: {
    title: "Group with files",
    description: "A single group with its files, as `GET /groups/{group_id}/` answers it.",
    allOf: [
      { $ref: "#/components/schemas/Group" },
      {
        type: "object",
        required: ["files"],
        properties: {
          files: {
            type: "array",
            description: "Always `files_count` long. A file removed since the group was made is `null`\nat its position, so positions (and `nth` CDN addresses) stay stable.\n",
            items: { oneOf: [{ $ref: "#/components/schemas/GroupFile" }, { type: "null" }] },
          },
        },
      },
    ],
  },
  GroupMember: {
    type: "string",
    title: "Group member",
    description: "One file of a new group: its UUID (lowercase, 8-4-4-4-12 hex), optionally followed by the\nCDN operations to apply when the group is delivered, as `<uuid>/-/<operations>/`\n(`b1026315-8116-4632-8364-607e64fca723/-/resize/x800/`). The operations become the file's\n`default_effects` in the group. The service also takes a file's CDN URL here; this contract\ndescribes the UUID forms only.\n",
    pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(/-/[^\\s]*/)?$",
    examples: ["d6d34fa9-addd-472c-868d-2e5c105f9fcd", "b1026315-8116-4632-8364-607e64fca723/-/resize/x800/"],
  },
  UploadSignature: {
    type: "string",
    title: "Upload signature",
    pattern: "^[0-9a-f]{64}$",
    description: "Signed uploads only: the lowercase hex HMAC-SHA256 of the `expire` value (its decimal\ndigits as text), keyed with the project's secret key. Make it on your server; the\nsecret key must not reach a browser.\n",
    examples: ["9890adc8886d27c93befed595abfbca514b7592a88e2f64dbddbea2d369a68dc"],
  },
  UploadExpire: {
    type: "string",
    title: "Upload signature expiry",
    pattern: "^[0-9]+$",
    description: "Signed uploads only: when the signature stops being valid, in Unix time (whole\nseconds, not milliseconds), as decimal digits.\n",
    examples: ["1454903856"],
  },
  CreateGroupForm: {
    type: "object",
    title: "Create group form",
    description: "The form of `POST /group/`. The files go in numbered fields, `files[0]`, `files[1]`, … (the\nform the service's reference and the Python and Ruby clients send), or in repeated `files[]`\nfields (what the official JavaScript upload client sends); the order of the fields is the\norder of the files in the group. A form with no file at all is answered with **400**\n(\"No files[N] parameters found.\"). `signature` and `expire` are needed only when the\nproject has signed uploads turned on.\n",
    required: ["pub_key"],
    properties: {
      pub_key: {
        type: "string",
        minLength: 1,
        description: "The project's public key. The secret key is never sent to the Upload API.",
        examples: ["demopublickey"],
      },
      "files[]": {
        type: "array",
        minItems: 1,
        description: "The files of the group, in order (repeated `files[]` fields).",
        items: { $ref: "#/components/schemas/GroupMember" },
      },
      signature: { $ref: "#/components/schemas/UploadSignature" },
      expire: { $ref: "#/components/schemas/UploadExpire" },
    },
    patternProperties: { "^files\\[(0|[1-9][0-9]*)\\]$": { $ref: "#/components/schemas/GroupMember" } },
  },
  UploadGroupFile: {
    type: "object",
    title: "Upload API group file",
    description: "A file of a group as the Upload API describes it: the Upload API's file information (which\ndiffers from the REST API's) plus `default_effects`. Only `uuid` and `default_effects` are\nrelied on here; answers carry more fields than are described.\n",
    required: ["uuid", "default_effects"],
    properties: {
      uuid: { type: "string", format: "uuid", description: "The file's id." },
      default_effects: {
        type: "string",
        description: "The CDN operations given for the file when the group was made (`resize/x800/`), or the\nempty string.\n",
      },
      original_filename: { type: "string" },
      mime_type: { type: "string" },
      size: { type: "integer", minimum: 0 },
      is_image: { type: "boolean" },
      is_stored: { type: "boolean" },
      is_ready: { type: "boolean" },
    },
  },
  UploadGroup: {
    title: "Upload API group",
    description: "A group as the Upload API answers it, on creation and from `GET /group/info/`: the group's\nfields (as in the REST API, `datetime_stored` included, deprecated) and its files.\n",
    allOf: [
      { $ref: "#/components/schemas/Group" },
      {
        type: "object",
        required: ["files"],
        properties: {
          files: {
            type: "array",
            description: "Always `files_count` long, in the order they were given; `null` at the position of\na file removed since.\n",
            items: { oneOf: [{ $ref: "#/components/schemas/UploadGroupFile" }, { type: "null" }] },
          },
        },
      },
    ],
  },
  UploadError: {
    type: "object",
    title: "Upload API error",
    description: "An Upload API error as JSON, sent when the request asks for it with `jsonerrors=1` (as the\nofficial upload client does); without it the service answers the error message as plain\ntext. Answers may carry more fields.\n",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["content"],
        properties: {
          content: { type: "string", description: "The human-readable message." },
          status_code: { type: "integer", description: "The HTTP status again." },
          error_code: { type: "string", description: "The error's name, such as `GroupFilesNotFoundError`." },
        },
      },
    },
  },
} as const;

export type SchemaName = keyof typeof SCHEMAS;
