// The Upload API's form as the fake reads it: files in order (numbered fields by their number,
// then repeated `files[]`), members split into UUID and CDN operations, signed uploads checked.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memberFields, parseMember } from '../../src/fake/upload/members.js';
import { checkSignedUpload } from '../../src/fake/upload/signed-upload.js';
import { uploadErrorBody, uploadErrors } from '../../src/fake/upload/upload-errors.js';

const A = '0cea5a61-f976-47d9-815a-e787f52aeba1';

describe('memberFields', () => {
  it('orders numbered fields by their number (files[10] after files[2]), then files[] in the order sent', () => {
    const fields = [
      ['files[10]', 'c'],
      ['pub_key', 'pk'],
      ['files[]', 'x'],
      ['files[2]', 'b'],
      ['files[0]', 'a'],
      ['files[]', 'y'],
      ['files[01]', 'not a field of the form'],
      ['files', 'nor this'],
    ] as const;
    expect(memberFields(fields)).toEqual(['a', 'b', 'c', 'x', 'y']);
  });
});

describe('parseMember', () => {
  it.each([
    [A, { uuid: A, effects: '' }],
    [`${A}/-/resize/x800/`, { uuid: A, effects: 'resize/x800/' }],
    [`${A}/-/resize/x800/-/format/webp/`, { uuid: A, effects: 'resize/x800/-/format/webp/' }],
    [A.toUpperCase(), undefined],
    [`${A}/-/resize/x800`, undefined],
    [`${A} `, undefined],
    ['', undefined],
  ])('%j', (text, parsed) => {
    expect(parseMember(text)).toEqual(parsed);
  });
});

describe('checkSignedUpload', () => {
  const now = 1_700_000_000;
  const sign = (expire: string) => createHmac('sha256', 'sk').update(expire).digest('hex');
  it.each([
    ['unsigned', undefined, undefined, undefined],
    ['signed right', sign('1700000600'), '1700000600', undefined],
    ['upper-case hex is the same signature', sign('1700000600').toUpperCase(), '1700000600', undefined],
    ['no expire', sign('1'), undefined, '`expire` is required.'],
    ['no signature', undefined, '1700000600', '`signature` is required.'],
    ['expire in milliseconds', sign('1700000600000'), '1700000600000', '`expire` must be a UNIX timestamp.'],
    ['expired', sign('1699999999'), '1699999999', 'Expired signature.'],
    [
      'another key',
      createHmac('sha256', 'other').update('1700000600').digest('hex'),
      '1700000600',
      'Invalid signature.',
    ],
  ])('%s', (_, signature, expire, detail) => {
    expect(checkSignedUpload(signature, expire, 'sk', now)?.body.detail).toBe(detail);
  });
});

describe('uploadErrorBody', () => {
  it('is the text, or with jsonerrors the JSON the official upload client reads', () => {
    const error = uploadErrors.filesNotFound();
    expect(uploadErrorBody(error, false)).toEqual({ text: 'Some files not found.', mediaType: 'text/plain' });
    expect(JSON.parse(uploadErrorBody(error, true).text)).toEqual({
      error: { content: 'Some files not found.', status_code: 400, error_code: 'GroupFilesNotFoundError' },
    });
    expect(uploadErrors.notAFile('nope').body.detail).toBe('This is not valid file url: nope.');
  });
});
