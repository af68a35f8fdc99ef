/**
 * Signed uploads, for projects that turn them on: the Upload API then wants `signature`, the
 * lowercase hex HMAC-SHA256 of `expire` (Unix seconds, as decimal text) keyed with the secret
 * key, and `expire` itself. Make them on your server and hand them to the browser, which passes
 * them to `groups.create`; the secret key never leaves the server.
 */
import { fail, integerIn } from '../argument-checks.js';
import { builtinCrypto, toHex } from '../auth/sign-request.js';
import { UploadcareError } from '../errors.js';

/** What {@link signUpload} gives: the two fields of a signed upload. */
export interface SignedUpload {
  /** Lowercase hex HMAC-SHA256 of `expire`, keyed with the secret key. */
  signature: string;
  /** When the signature stops being valid, in Unix seconds. */
  expire: number;
}

/** Options of {@link signUpload}: when the signature expires (default: 30 minutes from now). */
export interface SignUploadOptions {
  /** The expiry itself, in Unix seconds (not milliseconds). */
  expire?: number | undefined;
  /** Or how long from now, in seconds. */
  lifetimeSeconds?: number | undefined;
}

/** Later than this is a time in milliseconds given as seconds: the service refuses it. */
export const MAX_EXPIRE = 99_999_999_999;

/**
 * The `signature` and `expire` of a signed upload. Server-side: it needs the secret key.
 *
 * @example
 * ```ts
 * // On your server, behind your own authentication:
 * import { signUpload } from '@uploadcare-groups/client';
 * app.get('/upload-signature', async (req, res) =>
 *   res.json(await signUpload(process.env.UPLOADCARE_SECRET_KEY!, { lifetimeSeconds: 600 })));
 * // In the browser:
 * const { signature, expire } = await (await fetch('/upload-signature')).json();
 * await groups.create(uuids, { signature, expire });
 * ```
 */
export async function signUpload(secretKey: string, options: SignUploadOptions = {}): Promise<SignedUpload> {
  if (typeof secretKey !== 'string' || secretKey === '') fail('secretKey', 'must be a non-empty string');
  if (options.expire !== undefined && options.lifetimeSeconds !== undefined) {
    fail('expire', 'give expire or lifetimeSeconds, not both');
  }
  const now = Math.floor(Date.now() / 1000);
  const expire =
    options.expire !== undefined
      ? integerIn(options.expire, 'expire', 0, MAX_EXPIRE)
      : now + integerIn(options.lifetimeSeconds ?? 1800, 'lifetimeSeconds', 1, MAX_EXPIRE - now);
  return { signature: await hmacSha256Hex(secretKey, String(expire)), expire };
}

async function hmacSha256Hex(key: string, message: string): Promise<string> {
  const builtin = builtinCrypto();
  if (builtin) return builtin.createHmac('sha256', key).update(message).digest('hex');
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new UploadcareError('no Web Crypto (in browsers: https only) to sign the upload');
  const encoder = new TextEncoder();
  const cryptoKey = await subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toHex(new Uint8Array(await subtle.sign('HMAC', cryptoKey, encoder.encode(message))));
}
