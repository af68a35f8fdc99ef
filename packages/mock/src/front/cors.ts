// CORS for browser callers on another origin (the docs' try-it panel, a browser app under test).
// Preflights are answered here, without reaching Prism or the service.
//
// The API routes answer any origin, but never with `Access-Control-Allow-Credentials`: a page
// can only send what it could send anyway (it holds no cookie or credential of the mock's), and
// the fake groups it can read are the same for everyone. The control routes change the mock's
// state, so they answer only origins allowed by control-guard.ts, with no credentials and no
// Private Network Access grant.
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
    'Access-Control-Expose-Headers': EXPOSED.join(', '),
    Vary: 'Origin',
  };
}

/**
 * The headers of the answer to a preflight: whatever method and headers the page asks for. The
 * API routes grant Chrome's Private Network Access (a public page may try the local mock); the
 * control routes never do.
 */
export function preflightHeaders(req: IncomingMessage, { privateNetwork }: { privateNetwork: boolean }) {
  const headers: Record<string, string> = {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': String(req.headers['access-control-request-method']),
    'Access-Control-Max-Age': '600',
  };
  const asked = req.headers['access-control-request-headers'];
  if (asked) headers['Access-Control-Allow-Headers'] = String(asked);
  if (privateNetwork && req.headers['access-control-request-private-network'] === 'true') {
    headers['Access-Control-Allow-Private-Network'] = 'true';
  }
  return headers;
}
