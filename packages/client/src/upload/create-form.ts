/**
 * The form of `POST /group/`: `pub_key`, then the files as numbered `files[N]` fields in
 * order, then the signed-upload fields when given; sent urlencoded (the spec's first body
 * type). Every member is checked against the spec's GroupMember pattern first, so a typo fails
 * here, naming it, and no request is sent.
 */
import { fail, shown } from '../argument-checks.js';
import { OPERATIONS } from '../generated/operations.js';
import { GROUP_MEMBER_PATTERN, UPLOAD_EXPIRE_PATTERN, UPLOAD_SIGNATURE_PATTERN } from '../generated/patterns.js';
import { MAX_EXPIRE } from './signed-upload.js';

const MEMBER = new RegExp(GROUP_MEMBER_PATTERN);
const SIGNATURE = new RegExp(UPLOAD_SIGNATURE_PATTERN);
const EXPIRE = new RegExp(UPLOAD_EXPIRE_PATTERN);

/** The signed-upload fields of `groups.create`, made on a server by `signUpload`. */
export interface SignedUploadFields {
  /** Lowercase hex HMAC-SHA256 of `expire`, keyed with the secret key. */
  signature?: string | undefined;
  /** When the signature expires, in Unix seconds. */
  expire?: number | string | undefined;
}

/** The body's media type: the spec's first form type for the operation. */
export const CREATE_FORM_TYPE = OPERATIONS.createGroup.requestBody[0];

/** The urlencoded form, every argument checked. */
export function createGroupForm(publicKey: string, files: unknown, signed: SignedUploadFields): string {
  if (!Array.isArray(files)) fail('files', 'must be an array of file UUIDs (each optionally with /-/operations/)');
  if (files.length === 0) fail('files', 'must hold at least one file');
  const form = new URLSearchParams();
  form.append(OPERATIONS.createGroup.publicKeyField, publicKey);
  files.forEach((file: unknown, i) => {
    if (typeof file !== 'string' || !MEMBER.test(file)) {
      fail(`files[${i}]`, `must be a lowercase file UUID, optionally followed by /-/operations/, got ${shown(file)}`);
    }
    form.append(`files[${i}]`, file);
  });
  const { signature, expire } = signed;
  if ((signature === undefined) !== (expire === undefined))
    fail('signature', 'signed uploads need both signature and expire');
  if (signature !== undefined) {
    if (typeof signature !== 'string' || !SIGNATURE.test(signature)) {
      fail(
        'signature',
        `must match ${UPLOAD_SIGNATURE_PATTERN} (a lowercase hex HMAC-SHA256), got ${shown(signature)}`,
      );
    }
    const text = String(expire);
    if (!EXPIRE.test(text)) fail('expire', `must match ${UPLOAD_EXPIRE_PATTERN} (Unix seconds), got ${shown(expire)}`);
    // Later than this is milliseconds given as seconds: a mistake the service would refuse.
    if (Number(text) > MAX_EXPIRE) fail('expire', `must be a Unix time in seconds, not milliseconds, got ${text}`);
    form.append('signature', signature);
    form.append('expire', text);
  }
  return form.toString();
}
