/**
 * The five-line string Uploadcare signs, for any request (a body's MD5 included). Kept apart
 * from the client's own signing, which never sends a body: MD5 and its library load only here.
 */
import { EMPTY_BODY_MD5, toHex } from './sign-request.js';

/** The parts of a request that its signature covers. */
export interface SignedParts {
  /** HTTP method; upper-cased when signed. */
  method: string;
  /** The exact body bytes sent (empty or undefined when there is none). */
  body?: Uint8Array | undefined;
  /** The exact `Content-Type` value sent, or undefined when the header is absent. */
  contentType?: string | undefined;
  /** The exact date value sent in `X-Uploadcare-Date` or `Date`. */
  date: string;
  /** Path plus query string exactly as sent, e.g. `/groups/?limit=1`. */
  uri: string;
}

/**
 * Lowercase hex MD5 of the body; `d41d8cd98f00b204e9800998ecf8427e` for no body. The hash
 * library (the audited, pure-JS @noble/hashes; Web Crypto has no MD5) is loaded on demand.
 *
 * @example
 * ```ts
 * await md5Hex(new TextEncoder().encode('{"files":[]}')); // '90040e8e63a0c0c1ee1178c7958e8568'
 * ```
 */
export async function md5Hex(body: Uint8Array | undefined): Promise<string> {
  if (!body?.length) return EMPTY_BODY_MD5;
  const { md5 } = await import('./md5.js');
  return toHex(md5(body));
}

/**
 * The five-line string Uploadcare signs.
 *
 * @example
 * ```ts
 * await buildSignString({ method: 'GET', contentType: 'application/json',
 *   date: 'Mon, 05 Nov 2018 13:14:41 GMT', uri: '/groups/?limit=1' });
 * // 'GET\nd41d8cd98f00b204e9800998ecf8427e\napplication/json\nMon, 05 Nov 2018 13:14:41 GMT\n/groups/?limit=1'
 * ```
 */
export async function buildSignString(parts: SignedParts): Promise<string> {
  const bodyMd5 = await md5Hex(parts.body);
  return [parts.method.toUpperCase(), bodyMd5, parts.contentType ?? '', parts.date, parts.uri].join('\n');
}
