/**
 * Produces the authentication headers of one attempt. Signed auth takes a fresh date on every
 * call, so a retry after a long `Retry-After` never carries a stale date (the service rejects
 * dates more than 15 minutes off) and its signature matches what is actually sent.
 */
import { UploadcareError } from '../errors.js';
import { buildSignString, type Signer, signedAuthorization } from './sign-request.js';

export type DateHeaderName = 'X-Uploadcare-Date' | 'Date';

export type RequestAuth =
  | { kind: 'simple'; publicKey: string; secretKey: string }
  | { kind: 'signed'; publicKey: string; signer: Signer; dateHeader: DateHeaderName };

export interface AuthInput {
  method: string;
  body: Uint8Array | undefined;
  contentType: string | undefined;
  uri: string;
}

export async function authenticationHeaders(
  auth: RequestAuth,
  request: AuthInput,
  now: Date = new Date(),
): Promise<Record<string, string>> {
  if (auth.kind === 'simple') {
    return { Authorization: `Uploadcare.Simple ${auth.publicKey}:${auth.secretKey}` };
  }
  // RFC 7231 IMF-fixdate, e.g. "Mon, 05 Nov 2018 13:14:41 GMT": exactly what toUTCString gives.
  const date = now.toUTCString();
  const signature = await auth.signer(await buildSignString({ ...request, date }));
  if (typeof signature !== 'string' || !/^[0-9a-f]{40}$/i.test(signature.trim())) {
    throw new UploadcareError('signer must resolve to the 40-character hex HMAC-SHA1 signature');
  }
  const headers: Record<string, string> = {
    Authorization: signedAuthorization(auth.publicKey, signature.trim().toLowerCase()),
  };
  headers[auth.dateHeader] = date;
  return headers;
}
