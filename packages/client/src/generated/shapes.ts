/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/client run generate`.
 */

/**
 * The outline of a JSON value: a string of type letters (s string, i integer, n number,
 * b boolean, o object, a array, z null; '' any), or `t` those letters with `r` the required
 * property names, `p` the properties, `i` the items, and `a` more outlines the value must
 * also match when it is of their types.
 */
export type Shape =
  | string
  | {
      readonly t: string;
      readonly r?: readonly string[];
      readonly p?: { readonly [name: string]: Shape };
      readonly i?: Shape;
      readonly a?: readonly Shape[];
    };

/** `components.schemas.Group` */
const shapeGroup: Shape = {
  t: "o",
  r: ["id", "datetime_created", "files_count", "cdn_url", "url"],
  p: {
    id: "s",
    datetime_created: "s",
    datetime_stored: "sz",
    files_count: "i",
    cdn_url: "s",
    url: "s",
  },
};

/** `components.schemas.GroupsPage` */
const shapeGroupsPage: Shape = {
  t: "o",
  r: ["next", "previous", "total", "per_page", "results"],
  p: {
    next: "sz",
    previous: "sz",
    total: "i",
    per_page: "i",
    results: {
      t: "a",
      i: shapeGroup,
    },
  },
};

/** `components.schemas.ContentInfo` */
const shapeContentInfo: Shape = {
  t: "o",
  p: {
    mime: {
      t: "o",
      r: ["mime", "type", "subtype"],
      p: {
        mime: "s",
        type: "s",
        subtype: "s",
      },
    },
    image: {
      t: "o",
      p: {
        format: "s",
        width: "i",
        height: "i",
        orientation: "iz",
        color_mode: "s",
        dpi: {
          t: "az",
          i: "n",
        },
        geo_location: "oz",
        datetime_original: "sz",
        sequence: "b",
      },
    },
    video: "o",
  },
};

/** `components.schemas.GroupFile` */
const shapeGroupFile: Shape = {
  t: "o",
  r: [
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
  p: {
    uuid: "s",
    default_effects: "s",
    datetime_uploaded: "s",
    datetime_stored: "sz",
    datetime_removed: "sz",
    is_image: "b",
    is_ready: "b",
    mime_type: "s",
    original_filename: "s",
    original_file_url: "sz",
    size: "i",
    url: "s",
    content_info: {
      t: "oz",
      a: [shapeContentInfo],
    },
    metadata: "o",
    appdata: "oz",
    variations: "oz",
  },
};

/** `components.schemas.GroupWithFiles` */
const shapeGroupWithFiles: Shape = {
  t: "o",
  a: [shapeGroup, {
    t: "o",
    r: ["files"],
    p: {
      files: {
        t: "a",
        i: {
          t: "oz",
          a: [shapeGroupFile],
        },
      },
    },
  }],
};

/** `components.schemas.UploadGroupFile` */
const shapeUploadGroupFile: Shape = {
  t: "o",
  r: ["uuid", "default_effects"],
  p: {
    uuid: "s",
    default_effects: "s",
    original_filename: "s",
    mime_type: "s",
    size: "i",
    is_image: "b",
    is_stored: "b",
    is_ready: "b",
  },
};

/** `components.schemas.UploadGroup` */
const shapeUploadGroup: Shape = {
  t: "o",
  a: [shapeGroup, {
    t: "o",
    r: ["files"],
    p: {
      files: {
        t: "a",
        i: {
          t: "oz",
          a: [shapeUploadGroupFile],
        },
      },
    },
  }],
};

/** The outline of each operation's 2xx JSON body, by operationId. */
export const RESPONSE_SHAPES: { readonly [operationId: string]: Shape | undefined } = {
  listGroups: shapeGroupsPage,
  getGroup: shapeGroupWithFiles,
  storeGroup: shapeGroupWithFiles,
  createGroup: shapeUploadGroup,
  getUploadGroupInfo: shapeUploadGroup,
};
