// The fixed parts of the REST API's signed auth (HMAC-SHA1 over method, body MD5, Content-Type,
// date and URI) that the curl samples and the try panel both sign with.
import { createHash } from 'node:crypto';

/** Sent, and signed, on every request, as the official clients do, even without a body. */
export const SIGNED_CONTENT_TYPE = 'application/json';

/** No documented operation sends a body: the MD5 of the empty string is the second line. */
export const EMPTY_BODY_MD5 = createHash('md5').update('').digest('hex');
