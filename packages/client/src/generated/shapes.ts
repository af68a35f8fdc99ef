/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/client run generate`.
 */

/**
 * The outline of a JSON value: a string of type letters (s string, i integer, n number,
 * b boolean, o object, a array, z null; '' any), or `t` those letters with `r` the required
 * property names, `p` the properties, `x` every other property (`false`: none allowed), `i`
 * the items, `e` the allowed values, `f` the format, `g` the pattern, `ge`/`gt`/`le`/`lt`
 * the bounds, `a` outlines the value must also match and `o` outlines it must match one of.
 */
export type Shape =
  | string
  | {
      readonly t: string;
      readonly r?: readonly string[];
      readonly p?: { readonly [name: string]: Shape };
      readonly x?: Shape | false;
      readonly i?: Shape;
      readonly e?: readonly unknown[];
      readonly f?: string;
      readonly g?: string;
      readonly ge?: number;
      readonly gt?: number;
      readonly le?: number;
      readonly lt?: number;
      readonly a?: readonly Shape[];
      readonly o?: readonly Shape[];
    };

/** `components.schemas.GroupId` */
const shapeGroupId: Shape = {
  t: "s",
  g: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}~[1-9][0-9]*$",
};

/** `components.schemas.Group` */
const shapeGroup: Shape = {
  t: "o",
  r: ["id", "datetime_created", "files_count", "cdn_url", "url"],
  p: {
    id: shapeGroupId,
    datetime_created: {
      t: "s",
      f: "date-time",
    },
    datetime_stored: {
      t: "sz",
      f: "date-time",
    },
    files_count: {
      t: "i",
      ge: 1,
    },
    cdn_url: {
      t: "s",
      f: "uri",
    },
    url: {
      t: "s",
      f: "uri",
    },
  },
};

/** `components.schemas.GroupsPage` */
const shapeGroupsPage: Shape = {
  t: "o",
  r: ["next", "previous", "total", "per_page", "results"],
  p: {
    next: {
      t: "sz",
      f: "uri",
    },
    previous: {
      t: "sz",
      f: "uri",
    },
    total: {
      t: "i",
      ge: 0,
    },
    per_page: {
      t: "i",
      ge: 1,
    },
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
    uuid: {
      t: "s",
      f: "uuid",
    },
    default_effects: "s",
    datetime_uploaded: {
      t: "s",
      f: "date-time",
    },
    datetime_stored: {
      t: "sz",
      f: "date-time",
    },
    datetime_removed: {
      t: "sz",
      f: "date-time",
    },
    is_image: "b",
    is_ready: "b",
    mime_type: "s",
    original_filename: "s",
    original_file_url: {
      t: "sz",
      f: "uri",
    },
    size: {
      t: "i",
      ge: 0,
    },
    url: {
      t: "s",
      f: "uri",
    },
    content_info: {
      t: "oz",
      o: [shapeContentInfo, "z"],
    },
    metadata: {
      t: "o",
      x: "s",
    },
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
          o: [shapeGroupFile, "z"],
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
    uuid: {
      t: "s",
      f: "uuid",
    },
    default_effects: "s",
    original_filename: "s",
    mime_type: "s",
    size: {
      t: "i",
      ge: 0,
    },
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
          o: [shapeUploadGroupFile, "z"],
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
