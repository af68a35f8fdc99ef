// Wire shapes: a group in a list (no files), a group with its files, a page with absolute links
// on the mock's own origin (the origin clients reached; Prism in between sends the service its
// own Host, so the origin is set by whoever starts the fake, never read from the request).
import { API_VERSIONS } from '../../generated/media-types.js';
import { OPERATIONS } from '../../generated/operations.js';
import { FROM, LIMIT, OFFSET } from '../../generated/parameters.js';
import { vendorVersion } from '../auth/accept.js';
import type { GroupRecord } from '../state/group-record.js';
import type { Cursor, PageWindow } from '../state/paging.js';
import type { Group, GroupsPage, GroupWithFiles } from '../types.js';
import { formatFrom, type ListQuery } from './query.js';

/**
 * The newest API version that still sends a group's `datetime_stored`: the facts sheet says
 * v0.5 and v0.6 send it and v0.7 dropped it (the spec says so in prose only).
 */
const LAST_VERSION_WITH_DATETIME_STORED = '0.6';

function sendsDatetimeStored(mediaType: string): boolean {
  const version = vendorVersion(mediaType);
  const order = API_VERSIONS as readonly string[];
  return version !== undefined && order.indexOf(version) >= order.indexOf(LAST_VERSION_WITH_DATETIME_STORED);
}

/** The group's own fields for an answer in `mediaType`, its `url` on the mock's origin. */
export function groupFields(record: GroupRecord, origin: string, mediaType: string): Group {
  const { datetime_stored, ...fields } = record.fields;
  const group: Group = { ...fields, url: groupUrl(origin, record.id) };
  if (sendsDatetimeStored(mediaType)) group.datetime_stored = datetime_stored ?? null;
  return group;
}

export function groupWithFiles(record: GroupRecord, origin: string, mediaType: string): GroupWithFiles {
  return { ...groupFields(record, origin, mediaType), files: record.files() };
}

/** `<origin>/groups/<id>/`: ids are unreserved characters only (the spec's pattern), sent as they are. */
export function groupUrl(origin: string, id: string): string {
  return `${origin}${OPERATIONS.getGroup.path.replace(/\{[^}]+\}/, id)}`;
}

/** The group as the service holds it (every field, `datetime_stored` included), `url` on the mock's origin. */
export function heldGroup(record: GroupRecord, origin: string): GroupWithFiles {
  return { ...record.snapshot(), url: groupUrl(origin, record.id) };
}

export function page(
  window: PageWindow<GroupRecord>,
  query: ListQuery,
  given: URLSearchParams,
  total: number,
  origin: string,
  mediaType: string,
): GroupsPage {
  return {
    next: link(origin, query, given, window.next),
    previous: link(origin, query, given, window.previous),
    total,
    per_page: query.limit,
    results: window.items.map((record) => groupFields(record, origin, mediaType)),
  };
}

/**
 * `…/groups/?limit=2&from=2018-11-27T14%3A14%3A37.583654%2B00%3A00&offset=1`, as the service
 * writes them: the cursor's `limit`, `from` and `offset` first, then every other parameter the
 * request gave (each value, in the order given: `ordering`, a filter), so a walk keeps them.
 */
function link(origin: string, query: ListQuery, given: URLSearchParams, cursor: Cursor | null): string | null {
  if (cursor === null) return null;
  const params = new URLSearchParams();
  params.set(LIMIT.name, String(query.limit));
  params.set(FROM.name, formatFrom(cursor.fromUs));
  params.set(OFFSET.name, String(cursor.offset));
  const cursorNames = new Set(params.keys());
  // Every value of the others, in the order given (an array parameter repeats its name).
  for (const [name, value] of given) if (!cursorNames.has(name)) params.append(name, value);
  // URLSearchParams writes a space as "+"; the service's links (and the client's) use %20.
  return `${origin}${OPERATIONS.listGroups.path}?${params.toString().replace(/\+/g, '%20')}`;
}
