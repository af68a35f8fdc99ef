/**
 * Uploadcare's signed-request scheme: `Authorization: Uploadcare <public_key>:<signature>`,
 * where the signature is the lowercase hex HMAC-SHA1, keyed with the secret key, of five
 * lines joined by `\n` (no trailing newline):
 *
 *   METHOD \n md5_hex(body) \n content-type-or-empty \n date \n path?query
 *
 * Everything signed is taken from the request actually sent. HMAC runs on Web Crypto (Node
 * 20+, browsers in secure contexts, Deno, Bun, workers).
 */
import { UploadcareError } from '../errors.js';

/**
 * Turns the string to sign into the hex signature. Either the built-in HMAC-SHA1 keyed with
 * the secret key, or your own (for example a call to your server, so a browser never holds
 * the secret).
 */
export type Signer = (signString: string) => Promise<string> | string;

/** MD5 of the empty string: what every documented operation signs, since none sends a body. */
export const EMPTY_BODY_MD5 = 'd41d8cd98f00b204e9800998ecf8427e';

const encoder = new TextEncoder();

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += (byte < 16 ? '0' : '') + byte.toString(16);
  return hex;
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
      throw new UploadcareError('no Web Crypto (in browsers: https only): pass a signer');
    }
    key ??= subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
    return toHex(new Uint8Array(await subtle.sign('HMAC', await key, encoder.encode(signString))));
  };
}
