/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/mock run generate`.
 */

/** `components.schemas.GroupId.pattern` (Group id). */
export const GROUP_ID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}~[1-9][0-9]*$";

/** The first example of `components.schemas.GroupId`. */
export const GROUP_ID_EXAMPLE = "badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3";

/** `components.schemas.GroupMember.pattern` (Group member). */
export const GROUP_MEMBER_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(/-/[^\\s]*/)?$";

/** The first example of `components.schemas.GroupMember`. */
export const GROUP_MEMBER_EXAMPLE = "d6d34fa9-addd-472c-868d-2e5c105f9fcd";

/** `components.schemas.UploadSignature.pattern` (Upload signature). */
export const UPLOAD_SIGNATURE_PATTERN = "^[0-9a-f]{64}$";

/** The first example of `components.schemas.UploadSignature`. */
export const UPLOAD_SIGNATURE_EXAMPLE = "9890adc8886d27c93befed595abfbca514b7592a88e2f64dbddbea2d369a68dc";

/** `components.schemas.UploadExpire.pattern` (Upload signature expiry). */
export const UPLOAD_EXPIRE_PATTERN = "^[0-9]+$";

/** The first example of `components.schemas.UploadExpire`. */
export const UPLOAD_EXPIRE_EXAMPLE = "1454903856";
