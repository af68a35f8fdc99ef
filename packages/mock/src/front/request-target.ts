// Whether a request target can be decoded the way Prism decodes it. Prism runs every path
// through decodeURIComponent when it matches path parameters, and a `%` not followed by two hex
// digits, or bytes that are not UTF-8 (`%ff`), make it throw `URIError` outside any handler: the
// process ends. The front refuses such targets itself, so nothing it cannot decode reaches Prism.

/** Why the request target cannot be served, or undefined when it can be forwarded. */
export function undecodableTarget(target: string): string | undefined {
  // Origin-form only (RFC 9112 §3.2.1): an absolute URL or `*` is not for this server.
  if (!target.startsWith('/')) return 'the request target must be a path starting with "/"';
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (!decodes(path)) return 'its path is not valid percent-encoded UTF-8';
  if (queryAt !== -1) {
    // Query names and values are decoded too (`+` is a space there, not an escape).
    for (const part of target.slice(queryAt + 1).split(/[&=]/)) {
      if (!decodes(part)) return 'its query string is not valid percent-encoded UTF-8';
    }
  }
  return undefined;
}

function decodes(text: string): boolean {
  if (!text.includes('%')) return true;
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
