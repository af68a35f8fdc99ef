/**
 * Uploadcare's signed-request scheme: `Authorization: Uploadcare <public_key>:<signature>`,
 * where the signature is the lowercase hex HMAC-SHA1, keyed with the secret key, of five
 * lines joined by `\n` (no trailing newline):
 *
 *   METHOD \n md5_hex(body) \n content-type-or-empty \n date \n path?query
 *
 * Everything signed is taken from the request actually sent. HMAC runs on the runtime's own
 * crypto where it hands it out without an import (Node 20.16+ and Bun, through
 * `process.getBuiltinModule`), else on Web Crypto (browsers in secure contexts, Deno, workers).
 */
import { InvalidArgumentError } from '../errors.js';

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

/** The HMAC of `node:crypto`, as far as the signer uses it. */
export interface BuiltinCrypto {
  createHmac(algorithm: 'sha1' | 'sha256', key: string): { update(data: string): { digest(encoding: 'hex'): string } };
}

/**
 * `node:crypto` where the runtime hands it out without an import (no bundler sees a Node
 * module; elsewhere this is undefined). Its HMAC is synchronous: about 2 µs of CPU a signature,
 * against about 26 µs for Web Crypto's round trip to a worker thread, measured on Node 20.
 */
export function builtinCrypto(): BuiltinCrypto | undefined {
  try {
    const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const crypto = runtime?.getBuiltinModule?.('node:crypto') as Partial<BuiltinCrypto> | undefined;
    return typeof crypto?.createHmac === 'function' ? (crypto as BuiltinCrypto) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A {@link Signer} computing HMAC-SHA1: with the runtime's own crypto where it offers it (Node,
 * Bun), else with Web Crypto, whose key is imported once and kept non-extractable. Where
 * neither is available (a browser page over plain http) it throws an `InvalidArgumentError`
 * at once, naming `secretKey`: sign on a server and pass a `signer` instead.
 *
 * @example
 * ```ts
 * // On your server, behind your own authentication:
 * const sign = createHmacSigner(process.env.UPLOADCARE_SECRET_KEY!);
 * app.post('/uploadcare-sign', async (req, res) => res.send(await sign(req.body)));
 * ```
 */
export function createHmacSigner(secretKey: string): Signer {
  const builtin = builtinCrypto();
  if (builtin) return (signString) => builtin.createHmac('sha1', secretKey).update(signString).digest('hex');
  // Said at once, as a configuration problem: signing could never work here.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new InvalidArgumentError(
      'secretKey',
      'cannot sign here: Web Crypto (crypto.subtle) is missing, and browsers offer it only in a secure context (https or localhost). Pass a `signer` that signs on your server instead of the secret key',
    );
  }
  let key: Promise<CryptoKey> | undefined;
  return async (signString) => {
    key ??= subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
    return toHex(new Uint8Array(await subtle.sign('HMAC', await key, encoder.encode(signString))));
  };
}
