/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/client run generate`.
 */

export interface paths {
    "/groups/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List groups
         * @description Returns one page of the project's groups, without their files, and absolute links to
         *     the neighbouring pages. To walk the whole list, follow `next` exactly as given until
         *     it is `null`: it carries `offset`, which keeps groups that share a creation time from
         *     being repeated or skipped.
         */
        get: operations["listGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{group_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id, `<uuid>~<N>`.
                 * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
                 */
                group_id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        /**
         * Get a group
         * @description Returns one group with its files. `files` is always `files_count` long: a file removed
         *     since the group was made is `null` at its position.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a group
         * @description Deletes the group object only. Its files are left as they are: they stay stored (or
         *     not) and reachable by their own ids. Groups are immutable, so there is no update; to
         *     change a group's files, make a new group through the Upload API.
         *
         *     Send `Accept: application/vnd.uploadcare-v0.7+json`: deleting a group is part of API v0.7.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{group_id}/storage/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id, `<uuid>~<N>`.
                 * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
                 */
                group_id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Store a group's files
         * @deprecated
         * @description Marks every file of the group as stored, so the files stay on the CDN after their
         *     first 24 hours, and returns the group with `datetime_stored` set. Send no body.
         *
         *     **Only API v0.5 and v0.6 accept this operation**: send
         *     `Accept: application/vnd.uploadcare-v0.6+json`. It was removed in v0.7, and
         *     Uploadcare has announced the retirement of v0.5 and v0.6. Instead, get the group
         *     (`GET /groups/{group_id}/`) and store its files through the files API in batches of at
         *     most 100 (`PUT /files/storage/`).
         */
        put: operations["storeGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a group
         * @description Makes a new group from files the project already has, in the order given; each file may
         *     carry CDN operations (`<uuid>/-/resize/x800/`), kept as its `default_effects`. This is
         *     the only way to make a group, and, as groups are immutable, the only way to "add" or
         *     "remove" a file: make a new group. The group and its files belong to one project.
         *
         *     Part of the **Upload API** (`https://upload.uploadcare.com`), not the REST API: the
         *     project's public key travels in the form as `pub_key`; there is no `Authorization`
         *     header, no secret key and no API version, so a browser may call it. Projects with signed
         *     uploads also need `signature` and `expire`, made on a server with the secret key.
         *
         *     The new group is at once readable through both APIs (`GET /group/info/`,
         *     `GET /groups/{group_id}/`) and listed by `GET /groups/`.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/group/info/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a group through the Upload API
         * @description Returns one group of the project with its files, as the Upload API describes them, given
         *     only the project's public key: what a browser that made a group can read back. Part of
         *     the **Upload API** (`https://upload.uploadcare.com`): no `Authorization` header, no secret
         *     key, no API version.
         */
        get: operations["getUploadGroupInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Group id
         * @description `<uuid>~<N>`: a lowercase RFC 4122 UUID in its 8-4-4-4-12 hex form, a tilde, and N, the
         *     number of files in the group (at least 1, no leading zero). The tilde is sent as is in
         *     paths. The version and variant digits are not checked, as JSON Schema's `uuid` format does
         *     not check them either.
         * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
         */
        GroupId: string;
        /**
         * Group
         * @description A group as it appears in a list. The single-group answers add its `files`
         *     (see `GroupWithFiles`). Answers may carry fields not described here.
         */
        Group: {
            id: components["schemas"]["GroupId"];
            /**
             * Format: date-time
             * @description When the group was created (ISO 8601).
             * @example 2018-11-27T14:14:37.583654Z
             */
            datetime_created: string;
            /**
             * Format: date-time
             * @description When the group's files were marked stored, or `null`. Sent by API v0.5 and v0.6,
             *     no longer sent by v0.7.
             */
            datetime_stored?: string | null;
            /** @description The number of files in the group; equals the N at the end of its id. */
            files_count: number;
            /**
             * Format: uri
             * @description The group's CDN address, `https://ucarecdn.com/<id>/`.
             */
            cdn_url: string;
            /**
             * Format: uri
             * @description The group's API resource, `https://api.uploadcare.com/groups/<id>/`.
             */
            url: string;
        };
        /**
         * Page of groups
         * @description One page of the group list, with links to its neighbours.
         */
        GroupsPage: {
            /**
             * Format: uri
             * @description The absolute URL of the next page, carrying its whole query (`limit`, `from`,
             *     `offset`), or `null` on the last page. Follow it exactly as given.
             */
            next: string | null;
            /**
             * Format: uri
             * @description The absolute URL of the previous page, or `null` on the first page.
             */
            previous: string | null;
            /** @description The number of groups in the whole list. */
            total: number;
            /** @description The page size in force. */
            per_page: number;
            /** @description The groups of this page, without their files. */
            results: components["schemas"]["Group"][];
        };
        /**
         * Error
         * @description The body of every error answer. Answers may carry more fields.
         */
        Error: {
            /** @description A human-readable explanation of the error. */
            detail: string;
        };
        /**
         * Content info
         * @description What the service found out about the file's content.
         */
        ContentInfo: {
            mime?: {
                mime: string;
                type: string;
                subtype: string;
            };
            /** @description Present for images. */
            image?: {
                format?: string;
                width?: number;
                height?: number;
                orientation?: number | null;
                color_mode?: string;
                dpi?: number[] | null;
                geo_location?: Record<string, unknown> | null;
                datetime_original?: string | null;
                sequence?: boolean;
            };
            /** @description Present for videos (duration, format, bitrate and streams). */
            video?: Record<string, unknown>;
        };
        /**
         * Group file
         * @description A file of a group: the service's file information plus `default_effects`. Answers may
         *     carry fields not described here.
         */
        GroupFile: {
            /**
             * Format: uuid
             * @description The file's id.
             */
            uuid: string;
            /**
             * @description The CDN operations applied to the file when the group was made, such as
             *     `resize/x800/`, or the empty string.
             */
            default_effects: string;
            /** Format: date-time */
            datetime_uploaded: string;
            /**
             * Format: date-time
             * @description When the file was stored, or `null` while it is not.
             */
            datetime_stored?: string | null;
            /**
             * Format: date-time
             * @description When the file was removed, or `null`.
             */
            datetime_removed?: string | null;
            is_image: boolean;
            /** @description Whether the file is ready to be served from the CDN. */
            is_ready: boolean;
            mime_type: string;
            original_filename: string;
            /**
             * Format: uri
             * @description The CDN address of the file as uploaded, or `null` when not available.
             */
            original_file_url?: string | null;
            /** @description Size in bytes. */
            size: number;
            /**
             * Format: uri
             * @description The file's API resource URL.
             */
            url: string;
            content_info?: components["schemas"]["ContentInfo"] | null;
            /** @description The file's metadata, string keys to string values. */
            metadata?: {
                [key: string]: string;
            };
            /** @description Results of add-ons applied to the file, or `null`. */
            appdata?: Record<string, unknown> | null;
            /** @description Ids of files derived from this one (for example video conversions), or `null`. */
            variations?: Record<string, unknown> | null;
        };
        /**
         * Group with files
         * @description A single group with its files, as `GET /groups/{group_id}/` answers it.
         */
        GroupWithFiles: components["schemas"]["Group"] & {
            /**
             * @description Always `files_count` long. A file removed since the group was made is `null`
             *     at its position, so positions (and `nth` CDN addresses) stay stable.
             */
            files: (components["schemas"]["GroupFile"] | null)[];
        };
        /**
         * Group member
         * @description One file of a new group: its UUID (lowercase, 8-4-4-4-12 hex), optionally followed by the
         *     CDN operations to apply when the group is delivered, as `<uuid>/-/<operations>/`
         *     (`b1026315-8116-4632-8364-607e64fca723/-/resize/x800/`). The operations become the file's
         *     `default_effects` in the group. The service also takes a file's CDN URL here; this contract
         *     describes the UUID forms only.
         * @example d6d34fa9-addd-472c-868d-2e5c105f9fcd
         * @example b1026315-8116-4632-8364-607e64fca723/-/resize/x800/
         */
        GroupMember: string;
        /**
         * Upload signature
         * @description Signed uploads only: the lowercase hex HMAC-SHA256 of the `expire` value (its decimal
         *     digits as text), keyed with the project's secret key. Make it on your server; the
         *     secret key must not reach a browser.
         * @example 9890adc8886d27c93befed595abfbca514b7592a88e2f64dbddbea2d369a68dc
         */
        UploadSignature: string;
        /**
         * Upload signature expiry
         * @description Signed uploads only: when the signature stops being valid, in Unix time (whole
         *     seconds, not milliseconds), as decimal digits.
         * @example 1454903856
         */
        UploadExpire: string;
        /**
         * Create group form
         * @description The form of `POST /group/`. The files go in numbered fields, `files[0]`, `files[1]`, … (the
         *     form the service's reference and the Python and Ruby clients send), or in repeated `files[]`
         *     fields (what the official JavaScript upload client sends); the order of the fields is the
         *     order of the files in the group. A form with no file at all is answered with **400**
         *     ("No files[N] parameters found."). `signature` and `expire` are needed only when the
         *     project has signed uploads turned on.
         */
        CreateGroupForm: {
            /**
             * @description The project's public key. The secret key is never sent to the Upload API.
             * @example demopublickey
             */
            pub_key: string;
            /** @description The files of the group, in order (repeated `files[]` fields). */
            "files[]"?: components["schemas"]["GroupMember"][];
            signature?: components["schemas"]["UploadSignature"];
            expire?: components["schemas"]["UploadExpire"];
        } & {
            [key: string]: components["schemas"]["GroupMember"];
        };
        /**
         * Upload API group file
         * @description A file of a group as the Upload API describes it: the Upload API's file information (which
         *     differs from the REST API's) plus `default_effects`. Only `uuid` and `default_effects` are
         *     relied on here; answers carry more fields than are described.
         */
        UploadGroupFile: {
            /**
             * Format: uuid
             * @description The file's id.
             */
            uuid: string;
            /**
             * @description The CDN operations given for the file when the group was made (`resize/x800/`), or the
             *     empty string.
             */
            default_effects: string;
            original_filename?: string;
            mime_type?: string;
            size?: number;
            is_image?: boolean;
            is_stored?: boolean;
            is_ready?: boolean;
        };
        /**
         * Upload API group
         * @description A group as the Upload API answers it, on creation and from `GET /group/info/`: the group's
         *     fields (as in the REST API, `datetime_stored` included, deprecated) and its files.
         */
        UploadGroup: components["schemas"]["Group"] & {
            /**
             * @description Always `files_count` long, in the order they were given; `null` at the position of
             *     a file removed since.
             */
            files: (components["schemas"]["UploadGroupFile"] | null)[];
        };
        /**
         * Upload API error
         * @description An Upload API error as JSON, sent when the request asks for it with `jsonerrors=1` (as the
         *     official upload client does); without it the service answers the error message as plain
         *     text. Answers may carry more fields.
         */
        UploadError: {
            error: {
                /** @description The human-readable message. */
                content: string;
                /** @description The HTTP status again. */
                status_code?: number;
                /** @description The error's name, such as `GroupFilesNotFoundError`. */
                error_code?: string;
            };
        };
    };
    responses: {
        /** @description The request is malformed, or uses simple authentication over plain HTTP. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.uploadcare-v0.7+json": components["schemas"]["Error"];
                "application/vnd.uploadcare-v0.6+json": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The credentials are missing, unknown or wrong. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.uploadcare-v0.7+json": components["schemas"]["Error"];
                "application/vnd.uploadcare-v0.6+json": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The `Accept` header names no API version, or one the service does not know. */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.uploadcare-v0.7+json": components["schemas"]["Error"];
                "application/vnd.uploadcare-v0.6+json": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests: wait for `Retry-After` seconds, then try again. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/vnd.uploadcare-v0.7+json": components["schemas"]["Error"];
                "application/vnd.uploadcare-v0.6+json": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No group with this id in the project. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.uploadcare-v0.7+json": components["schemas"]["Error"];
                "application/vnd.uploadcare-v0.6+json": components["schemas"]["Error"];
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Upload API: the form or query is wrong (no files, a file that is not a UUID, a file the project does not have, no group id). The body is JSON with `jsonerrors=1`, else plain text. */
        UploadBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadError"];
                /** @example No files[N] parameters found. */
                "text/plain": string;
            };
        };
        /** @description Upload API: the public key is missing or names no project, or (signed uploads) the signature is wrong or expired. */
        UploadForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadError"];
                /** @example pub_key is invalid. */
                "text/plain": string;
            };
        };
        /** @description Upload API: too many requests; wait `Retry-After` seconds, then try again (the REST API's header; that the Upload API sends it too is not confirmed by its public reference). */
        UploadTooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadError"];
                /** @example Request was throttled. */
                "text/plain": string;
            };
        };
        /** @description Upload API: the project has no group with this id. */
        UploadNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadError"];
                /** @example group_id is invalid. */
                "text/plain": string;
            };
        };
    };
    parameters: {
        /**
         * @description How many groups a page holds.
         * @example 10
         */
        limit: number;
        /**
         * @description Where the list starts: an ISO 8601 date-time with `T` as the separator, compared with
         *     each group's `datetime_created` in the direction of `ordering`.
         * @example 2018-11-27T00:00:00Z
         */
        from: string;
        /**
         * @description The order of the list: `datetime_created` (oldest first, the default) or
         *     `-datetime_created` (newest first).
         * @example -datetime_created
         */
        ordering: "datetime_created" | "-datetime_created";
        /**
         * @description Position within the groups that share the `from` date-time. The service puts it in the
         *     `next` and `previous` links; follow those links rather than setting it by hand.
         * @example 0
         */
        offset: number;
        /**
         * @description The group's id, `<uuid>~<N>`.
         * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
         */
        group_id: components["schemas"]["GroupId"];
        /**
         * @description `1` asks for errors as JSON (`{"error": {"content": …}}`); without it the Upload API
         *     answers errors as plain text. The official upload client always sends it.
         * @example 1
         */
        jsonerrors: 1;
        /**
         * @description The project's public key (the Upload API's only credential; no secret key is sent).
         * @example demopublickey
         */
        pub_key: string;
        /**
         * @description The group's id, `<uuid>~<N>`.
         * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
         */
        group_id_query: components["schemas"]["GroupId"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Whole seconds to wait before sending the request again.
         * @example 10
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGroups: {
        parameters: {
            query?: {
                /**
                 * @description How many groups a page holds.
                 * @example 10
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Where the list starts: an ISO 8601 date-time with `T` as the separator, compared with
                 *     each group's `datetime_created` in the direction of `ordering`.
                 * @example 2018-11-27T00:00:00Z
                 */
                from?: components["parameters"]["from"];
                /**
                 * @description The order of the list: `datetime_created` (oldest first, the default) or
                 *     `-datetime_created` (newest first).
                 * @example -datetime_created
                 */
                ordering?: components["parameters"]["ordering"];
                /**
                 * @description Position within the groups that share the `from` date-time. The service puts it in the
                 *     `next` and `previous` links; follow those links rather than setting it by hand.
                 * @example 0
                 */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.uploadcare-v0.7+json": components["schemas"]["GroupsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id, `<uuid>~<N>`.
                 * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
                 */
                group_id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group with its files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.uploadcare-v0.7+json": components["schemas"]["GroupWithFiles"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id, `<uuid>~<N>`.
                 * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
                 */
                group_id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group was deleted. The answer has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    storeGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group's id, `<uuid>~<N>`.
                 * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
                 */
                group_id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group with its files, now stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.uploadcare-v0.6+json": components["schemas"]["GroupWithFiles"];
                    "application/vnd.uploadcare-v0.5+json": components["schemas"]["GroupWithFiles"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createGroup: {
        parameters: {
            query?: {
                /**
                 * @description `1` asks for errors as JSON (`{"error": {"content": …}}`); without it the Upload API
                 *     answers errors as plain text. The official upload client always sends it.
                 * @example 1
                 */
                jsonerrors?: components["parameters"]["jsonerrors"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "pub_key": "demopublickey",
                 *       "files[0]": "0cea5a61-f976-47d9-815a-e787f52aeba1/-/resize/x800/",
                 *       "files[1]": "3ae4bc52-ee53-4d2a-a8f5-8e8b3a1f4e1c"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateGroupForm"];
                /**
                 * @example {
                 *       "pub_key": "demopublickey",
                 *       "files[0]": "0cea5a61-f976-47d9-815a-e787f52aeba1/-/resize/x800/",
                 *       "files[1]": "3ae4bc52-ee53-4d2a-a8f5-8e8b3a1f4e1c"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["CreateGroupForm"];
            };
        };
        responses: {
            /** @description The new group, with its files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadGroup"];
                };
            };
            400: components["responses"]["UploadBadRequest"];
            403: components["responses"]["UploadForbidden"];
            429: components["responses"]["UploadTooManyRequests"];
        };
    };
    getUploadGroupInfo: {
        parameters: {
            query: {
                /**
                 * @description The project's public key (the Upload API's only credential; no secret key is sent).
                 * @example demopublickey
                 */
                pub_key: components["parameters"]["pub_key"];
                /**
                 * @description The group's id, `<uuid>~<N>`.
                 * @example badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3
                 */
                group_id: components["parameters"]["group_id_query"];
                /**
                 * @description `1` asks for errors as JSON (`{"error": {"content": …}}`); without it the Upload API
                 *     answers errors as plain text. The official upload client always sends it.
                 * @example 1
                 */
                jsonerrors?: components["parameters"]["jsonerrors"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group with its files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadGroup"];
                };
            };
            400: components["responses"]["UploadBadRequest"];
            403: components["responses"]["UploadForbidden"];
            404: components["responses"]["UploadNotFound"];
            429: components["responses"]["UploadTooManyRequests"];
        };
    };
}
