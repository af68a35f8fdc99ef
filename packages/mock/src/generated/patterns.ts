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
