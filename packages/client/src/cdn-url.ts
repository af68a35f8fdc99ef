/** CDN addresses of a group, built locally: delivering a group needs no API call. */
import { httpUrl, integerIn, oneOf } from './argument-checks.js';
import { InvalidArgumentError } from './errors.js';
import { parseGroupId } from './group-id.js';

export const DEFAULT_CDN_BASE = 'https://ucarecdn.com';

/** Every option also takes `undefined` (its default), also under `exactOptionalPropertyTypes`. */
export interface GroupCdnUrlOptions {
  /** The address of the i-th file (from 0) instead of the group's. Must be below the group's file count. */
  nth?: number | undefined;
  /** The address of all files as one archive. */
  archive?: 'zip' | 'tar' | undefined;
  /** The CDN root, for projects on a custom CDN domain. Default `https://ucarecdn.com`. */
  cdnBase?: string | undefined;
}

/**
 * The CDN address of a group, one of its files, or an archive of all of them.
 *
 * @example
 * ```ts
 * const id = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';
 * groupCdnUrl(id);                     // https://ucarecdn.com/badfc9f7-…~3/
 * groupCdnUrl(id, { nth: 0 }) + '-/resize/200x/'; // first file, resized
 * groupCdnUrl(id, { archive: 'zip' }); // https://ucarecdn.com/badfc9f7-…~3/archive/zip/
 * ```
 */
export function groupCdnUrl(groupId: string, options?: GroupCdnUrlOptions | undefined): string {
  const { filesCount } = parseGroupId(groupId);
  const { nth, archive, cdnBase = DEFAULT_CDN_BASE } = options ?? {};
  if (nth !== undefined && archive !== undefined) {
    throw new InvalidArgumentError('options', 'pass either nth or archive, not both');
  }
  const cdn = httpUrl(cdnBase, 'cdnBase');
  const root = `${cdn.origin}${cdn.pathname.replace(/\/+$/, '')}/${groupId}/`;
  if (nth !== undefined) return `${root}nth/${integerIn(nth, 'nth', 0, filesCount - 1)}/`;
  if (archive !== undefined) return `${root}archive/${oneOf(archive, 'archive', ['zip', 'tar'])}/`;
  return root;
}
