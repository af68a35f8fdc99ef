// The API version, chosen by the vendor media type in `Accept`, as the spec lists them per
// operation. No version, or one the spec does not know, is a 406 with the documented detail; a
// version the spec knows but this operation does not take (v0.7 for the v0.6-only store) is a
// 406 whose detail says which one it takes.
import { MEDIA_TYPES } from '../../generated/media-types.js';
import { type ApiError, apiErrors } from '../http/api-errors.js';

const KNOWN: ReadonlySet<string> = new Set(Object.values(MEDIA_TYPES));

/** The media types an `Accept` value lists, in its order, lower case, without parameters. */
export function acceptedTypes(accept: string | undefined): string[] {
  if (accept === undefined) return [];
  return accept
    .split(',')
    .map((range) => (range.split(';')[0] ?? '').trim().toLowerCase())
    .filter((type) => type !== '');
}

/** The media type to answer in, or the 406 to answer. */
export function negotiate(
  accept: string | undefined,
  operationId: string,
  operationTypes: readonly string[],
): { mediaType: string } | { error: ApiError } {
  const listed = acceptedTypes(accept);
  const mediaType = listed.find((type) => operationTypes.includes(type));
  if (mediaType !== undefined) return { mediaType };
  if (listed.some((type) => KNOWN.has(type))) return { error: apiErrors.wrongVersion(operationId, operationTypes) };
  return { error: apiErrors.notAcceptable() };
}

/** The API version of one of the spec's vendor media types (`…-v0.6+json` -> `0.6`), or undefined. */
export function vendorVersion(mediaType: string): string | undefined {
  return Object.entries(MEDIA_TYPES).find(([, type]) => type === mediaType)?.[0];
}
