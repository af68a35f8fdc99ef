// CORS for browser callers on another origin (the docs' try-it panel, a browser app under test):
// preflights are answered here, without reaching Prism or the service, and every answer names
// the caller's origin. The mock holds no cookies, so echoing any origin exposes nothing.
import type { IncomingMessage } from 'node:http';

/** Answer headers a page may read besides the CORS-safelisted ones. */
const EXPOSED = ['Retry-After', 'sl-violations', 'Allow'];

export function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers.origin !== undefined && 'access-control-request-method' in req.headers;
}

/** The CORS headers of an answer to `req` (none when the request came from no browser page). */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': EXPOSED.join(', '),
    Vary: 'Origin',
  };
}

/** The headers of the answer to a preflight: whatever method and headers the page asks for. */
export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': String(req.headers['access-control-request-method']),
    'Access-Control-Max-Age': '600',
  };
  const asked = req.headers['access-control-request-headers'];
  if (asked) headers['Access-Control-Allow-Headers'] = String(asked);
  // Chrome's Private Network Access asks before a public page may call a loopback server.
  if (req.headers['access-control-request-private-network'] === 'true') {
    headers['Access-Control-Allow-Private-Network'] = 'true';
  }
  return headers;
}
