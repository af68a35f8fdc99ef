/**
 * Uploadcare's signed-request scheme: `Authorization: Uploadcare <public_key>:<signature>`,
 * where the signature is the lowercase hex HMAC-SHA1, keyed with the secret key, of five
 * lines joined by `\n` (no trailing newline):
 *
 *   METHOD \n md5_hex(body) \n content-type-or-empty \n date \n path?query
 *
 * Everything signed is taken from the request actually sent, so a proxy-less round trip
 * always verifies. HMAC runs on Web Crypto (Node 20+, browsers in secure contexts, Deno, Bun,
 * workers); MD5, which Web Crypto lacks, comes from the audited pure-JS @noble/hashes.
 */
import { UploadcareError } from '../errors.js';

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
 * Turns the string to sign into the hex signature. Either the built-in HMAC-SHA1 keyed with
 * the secret key, or your own (for example a call to your server, so a browser never holds
 * the secret).
 */
export type Signer = (signString: string) => Promise<string> | string;

const encoder = new TextEncoder();

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** MD5 of the empty string: what every operation of this API signs, since none sends a body. */
const EMPTY_BODY_MD5 = 'd41d8cd98f00b204e9800998ecf8427e';

/**
 * Lowercase hex MD5 of the body; `d41d8cd98f00b204e9800998ecf8427e` for no body.
 *
 * The hash library is loaded only for a non-empty body (a request through `raw`), so bundlers
 * put it in a separate chunk that the documented operations never fetch.
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
  // The usual empty body needs no extra await: this runs on every attempt.
  const bodyMd5 = parts.body?.length ? await md5Hex(parts.body) : EMPTY_BODY_MD5;
  return [parts.method.toUpperCase(), bodyMd5, parts.contentType ?? '', parts.date, parts.uri].join('\n');
}

/**
 * A {@link Signer} computing HMAC-SHA1 with Web Crypto. The key is imported once and kept
 * non-extractable, so it is not readable back from the CryptoKey either.
 *
 * @example
 * ```ts
 * // On your server, behind your own authentication:
 * const sign = createHmacSigner(process.env.UPLOADCARE_SECRET_KEY!);
 * app.post('/uploadcare-sign', async (req, res) => res.send(await sign(req.body)));
 * ```
 */
export function createHmacSigner(secretKey: string): Signer {
  let key: Promise<CryptoKey> | undefined;
  return async (signString) => {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) {
      throw new UploadcareError(
        'Web Crypto (crypto.subtle) is not available here (browsers expose it only on https:// and localhost); pass a `signer` instead of `secretKey`',
      );
    }
    key ??= subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
    const signature = await subtle.sign('HMAC', await key, encoder.encode(signString));
    return toHex(new Uint8Array(signature));
  };
}

/** The `Authorization` value of a signed request. */
export function signedAuthorization(publicKey: string, signature: string): string {
  return `Uploadcare ${publicKey}:${signature}`;
}
