// Signed uploads: `signature` is the lowercase hex HMAC-SHA256 of `expire` (Unix seconds, as
// text), keyed with the project's secret key; an `expire` in the past is refused. The fake
// checks them when a request carries either (it does not demand them: its projects have signed
// uploads off).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SCHEMAS } from '../../generated/schemas.js';
import type { ApiError } from '../http/api-errors.js';
import { uploadErrors } from './upload-errors.js';

/** `expire` as the spec writes it (decimal digits). */
const EXPIRE = new RegExp((SCHEMAS.UploadExpire as { pattern: string }).pattern);
/** Past this many digits it is a time in milliseconds (or later than any signature lives): refused. */
const MAX_EXPIRE_DIGITS = 12;

export function signedUploadSignature(secretKey: string, expire: string): string {
  return createHmac('sha256', secretKey).update(expire).digest('hex');
}

/** Undefined when the request is unsigned or signed right, else the error. */
export function checkSignedUpload(
  signature: string | undefined,
  expire: string | undefined,
  secretKey: string,
  nowSeconds: number,
): ApiError | undefined {
  if (signature === undefined && expire === undefined) return undefined;
  if (signature === undefined) return uploadErrors.signedUploadField('`signature` is required.');
  if (expire === undefined) return uploadErrors.signedUploadField('`expire` is required.');
  if (!EXPIRE.test(expire) || expire.length > MAX_EXPIRE_DIGITS)
    return uploadErrors.signedUploadField('`expire` must be a UNIX timestamp.');
  if (Number(expire) < nowSeconds) return uploadErrors.signatureExpired();
  const expected = Buffer.from(signedUploadSignature(secretKey, expire));
  const given = Buffer.from(signature.toLowerCase());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return uploadErrors.signatureInvalid();
  return undefined;
}
