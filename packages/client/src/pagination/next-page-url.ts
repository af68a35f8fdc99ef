/**
 * Where to send the request for a page's `next` link.
 *
 * The service gives absolute links on its own origin (`https://api.uploadcare.com/groups/?…`).
 * The link's path and query are kept exactly as given — `offset` included, which is what keeps
 * groups sharing a creation time from repeating — but they are sent to the configured
 * `baseUrl`, so a client pointed at a mock or a proxy stays there, and the credentials are
 * never sent to whatever host a link names. If the link already carries the baseUrl's path
 * prefix (a proxy that rewrites links), the prefix is not doubled.
 */
export function nextPageUrl(next: string, baseUrl: string): string {
  const base = new URL(`${baseUrl}/`);
  const link = new URL(next, base);
  const prefix = base.pathname.replace(/\/+$/, '');
  let path = link.pathname;
  if (prefix && link.origin === base.origin && (path === prefix || path.startsWith(`${prefix}/`))) {
    path = path.slice(prefix.length);
  }
  return `${base.origin}${prefix}${path}${link.search}`;
}
