/**
 * Where to send the request for a page's `next` link — or why it cannot be followed.
 *
 * The service gives absolute links on its own origin (`https://api.uploadcare.com/groups/?…`).
 * A link is followed only when it is an http(s) URL whose path is the list operation's path;
 * its query is kept exactly as given (`offset` included, which keeps groups that share a
 * creation time from repeating), but the request goes to the configured `baseUrl`, with its
 * path prefix: a client pointed at a mock or a proxy stays there, and the credentials never go
 * to a host a link names. A link that already carries the prefix (a proxy that rewrites links)
 * is not prefixed twice.
 */
import { OPERATIONS } from '../generated/operations.js';

/** Longer than any link the service writes; a bigger one is an attack on memory, not a page. */
const MAX_LINK_LENGTH = 8192;

/** `[url]` to request, or `[undefined, problem]`. */
export function nextPageUrl(next: unknown, origin: string, prefix: string): [string] | [undefined, string] {
  const path = OPERATIONS.listGroups.path;
  let link: URL | undefined;
  try {
    if (typeof next === 'string' && next.length <= MAX_LINK_LENGTH) link = new URL(next);
  } catch {}
  if (!link || !/^https?:$/.test(link.protocol)) return [undefined, 'a next link that is not an absolute http(s) URL'];
  const linkPath =
    prefix && link.pathname.startsWith(`${prefix}/`) ? link.pathname.slice(prefix.length) : link.pathname;
  if (linkPath !== path) return [undefined, `a next link to ${link.pathname}, not to ${path}`];
  return [`${origin}${prefix}${path}${link.search}`];
}
