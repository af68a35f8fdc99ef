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
import { absoluteUrl, isHttp } from '../argument-checks.js';
import { OPERATIONS } from '../generated/operations.js';

/** Longer than any link the service writes; a bigger one is an attack on memory, not a page. */
const MAX_LINK_LENGTH = 8192;

/** `[url]` to request, or `[undefined, problem]`. */
export function nextPageUrl(next: unknown, origin: string, prefix: string): [string] | [undefined, string] {
  const { path } = OPERATIONS.listGroups;
  const link = typeof next === 'string' && next.length <= MAX_LINK_LENGTH ? absoluteUrl(next) : undefined;
  if (!link || !isHttp(link)) return [undefined, 'a next link that is not an http(s) URL'];
  const { pathname } = link;
  if ((prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname) !== path) {
    return [undefined, `a next link to ${pathname}, not to ${path}`];
  }
  return [origin + prefix + path + link.search];
}
