/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).
 * Regenerate with `pnpm --filter @uploadcare-groups/mock run generate`.
 */

/** The API versions named by the spec, newest first. */
export const API_VERSIONS = ["0.7", "0.6", "0.5"] as const;

/** An API version the spec names: what the client's `apiVersion` option takes. */
export type ApiVersion = (typeof API_VERSIONS)[number];

/** The vendor media type of each API version, sent in `Accept`. */
export const MEDIA_TYPES = {
  "0.7": "application/vnd.uploadcare-v0.7+json",
  "0.6": "application/vnd.uploadcare-v0.6+json",
  "0.5": "application/vnd.uploadcare-v0.5+json",
} as const;
