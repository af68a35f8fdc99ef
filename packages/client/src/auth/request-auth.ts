/**
 * The authentication headers of one attempt. Signed auth takes the current date (to the second)
 * on every call, so a retry after a long `Retry-After` never carries a stale date (the service
 * refuses dates more than 15 minutes off) and its signature matches what is actually sent.
 */
import { SignerError } from '../errors.js';
import { httpDate } from './http-date.js';
import { EMPTY_BODY_MD5, type Signer } from './sign-request.js';

export type DateHeaderName = 'X-Uploadcare-Date' | 'Date';

/**
 * Adds the authentication headers of one attempt to `headers`, the request's own (its
 * `Content-Type` included), for `method` on `uri` (path and query as sent), `bodyMd5` being the
 * hex MD5 of the body sent.
 */
export type Authenticate = (
  headers: Record<string, string>,
  method: string,
  uri: string,
  bodyMd5?: string,
) => Promise<void>;

/** Sent on every request, body or not, as the official clients do: the value signatures are verified with. */
export const CONTENT_TYPE = 'application/json';

export function simpleAuth(publicKey: string, secretKey: string): Authenticate {
  return async (headers) => {
    headers.Authorization = `Uploadcare.Simple ${publicKey}:${secretKey}`;
  };
}

export function signedAuth(publicKey: string, signer: Signer, dateHeader: DateHeaderName): Authenticate {
  return async (headers, method, uri, bodyMd5 = EMPTY_BODY_MD5) => {
    const date = httpDate();
    let signature: unknown;
    try {
      signature = await signer(`${method}\n${bodyMd5}\n${headers['Content-Type']}\n${date}\n${uri}`);
    } catch (cause) {
      throw new SignerError('the signer failed', undefined, { cause });
    }
    // A signer that fetches from a server may hand back the text with a trailing newline.
    const hex = typeof signature === 'string' ? signature.trim().toLowerCase() : '';
    if (!/^[0-9a-f]{40}$/.test(hex)) throw new SignerError('the signer must resolve to a 40-hex-digit HMAC-SHA1');
    headers.Authorization = `Uploadcare ${publicKey}:${hex}`;
    headers[dateHeader] = date;
  };
}
