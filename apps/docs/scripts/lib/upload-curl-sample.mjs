// curl samples of the Upload API's operations: the public key only (no Authorization header, no
// secret), the form as `-F` fields, errors as JSON with `jsonerrors=1`.

/**
 * @param {import('./operations.mjs').DocumentedOperation} op an operation with a publicKeyField
 * @param {string} serverUrl the Upload API root, e.g. `https://upload.uploadcare.com`
 */
export function uploadCurlSample(op, serverUrl) {
  const key = op.publicKeyField;
  const lines = [
    '# The Upload API: the public key only, no Authorization header and no secret key.',
    "PUB='YOUR_PUBLIC_KEY'",
    '',
  ];
  if (op.form) {
    const fields = op.form.map(([name, value]) => (name === key ? `  -F "${name}=$PUB"` : `  -F '${name}=${value}'`));
    lines.push(`curl -X ${op.method} "${serverUrl}${op.path}?jsonerrors=1" \\`, ...fields.join(' \\\n').split('\n'));
  } else {
    const query = Object.entries(op.query)
      .map(([name, value]) => (name === key ? `${name}=$PUB` : `${name}=${encodeURIComponent(String(value))}`))
      .join('&');
    lines.push(`curl "${serverUrl}${op.path}?${query}&jsonerrors=1"`);
  }
  return lines.join('\n');
}
