// curl samples with the production (signed) auth, computed in the shell with openssl, so a
// reader can paste and run them against the real service.
import { EMPTY_BODY_MD5, SIGNED_CONTENT_TYPE } from './signing.mjs';
import { uploadCurlSample } from './upload-curl-sample.mjs';

/**
 * @param {import('./operations.mjs').DocumentedOperation} op
 * @param {string} serverUrl the API root, e.g. `https://api.uploadcare.com`
 */
export function curlSample(op, serverUrl) {
  if (op.publicKeyField) return uploadCurlSample(op, serverUrl);
  const methodFlag = op.method === 'GET' ? '' : ` -X ${op.method}`;
  return [
    '# Signed auth: HMAC-SHA1 (secret key) of method, body MD5, Content-Type, date and URI.',
    "PUB='YOUR_PUBLIC_KEY'; SECRET='YOUR_SECRET_KEY'",
    `URI='${op.uri}'`,
    "DATE=$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')",
    `SIG=$(printf '${op.method}\\n${EMPTY_BODY_MD5}\\n${SIGNED_CONTENT_TYPE}\\n%s\\n%s' "$DATE" "$URI" \\`,
    '  | openssl dgst -sha1 -hmac "$SECRET" | sed \'s/^.* //\')',
    '',
    `curl${methodFlag} "${serverUrl}$URI" \\`,
    `  -H 'Accept: ${op.accept}' \\`,
    `  -H 'Content-Type: ${SIGNED_CONTENT_TYPE}' \\`,
    '  -H "X-Uploadcare-Date: $DATE" \\',
    '  -H "Authorization: Uploadcare $PUB:$SIG"',
    '',
    '# Quick tests over HTTPS only: -H "Authorization: Uploadcare.Simple $PUB:$SECRET"',
  ].join('\n');
}
