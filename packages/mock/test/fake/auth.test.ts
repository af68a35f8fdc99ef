// Authentication as the service does it: the signature recipe (pinned against a value computed
// with openssl, not with this code), both date headers and the 15-minute window on an injected
// clock, Content-Type as sent, simple auth refused over HTTP, and a detail naming each failure.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { type AuthInput, authenticate, DATE_WINDOW_MS } from '../../src/fake/auth/authenticate.js';
import { parseHttpDate } from '../../src/fake/auth/http-date.js';
import { DEFAULT_KEYS, DEMO_KEYS, keyRing } from '../../src/fake/auth/keys.js';
import { md5Hex, signature, signString } from '../../src/fake/auth/verify-signature.js';
import { ERROR_EXAMPLES } from '../../src/generated/error-examples.js';
import { DEMO } from '../sign.js';

const EMPTY_MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
const DATE = 'Mon, 05 Nov 2018 13:14:41 GMT';
const NOW = new Date(Date.UTC(2018, 10, 5, 13, 14, 41));

test("the facts sheet's test vector (computed with openssl dgst -sha1 -hmac demosecretkey)", () => {
  const parts = {
    method: 'GET',
    bodyMd5: EMPTY_MD5,
    contentType: 'application/json',
    date: DATE,
    uri: '/groups/?limit=1',
  };
  expect(signString(parts)).toBe(`GET\n${EMPTY_MD5}\napplication/json\n${DATE}\n/groups/?limit=1`);
  expect(signature('demosecretkey', parts)).toBe('e6898ba7cbaab04e1d3e405466b836efef793dd8');
  expect(md5Hex('')).toBe(EMPTY_MD5);
});

test('the mock accepts the demo keys unless told otherwise', () => {
  expect(DEMO_KEYS).toEqual(DEMO);
  expect(DEFAULT_KEYS).toEqual([DEMO]);
});

test('no Content-Type sent is an empty third line', () => {
  expect(signString({ method: 'DELETE', bodyMd5: EMPTY_MD5, contentType: undefined, date: DATE, uri: '/g/' })).toBe(
    `DELETE\n${EMPTY_MD5}\n\n${DATE}\n/g/`,
  );
});

test.each([
  [DATE, Date.UTC(2018, 10, 5, 13, 14, 41)],
  ['Thu, 1 Jan 1970 00:00:00 GMT', 0],
  ['Sun, 06 Nov 1994 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
])('%s is an HTTP date', (text, ms) => {
  expect(parseHttpDate(text)).toBe(ms);
});

test.each(['2018-11-05T13:14:41Z', 'Mon, 05 Nov 2018 13:14:41 UTC', 'Mon, 31 Feb 2018 13:14:41 GMT', 'yesterday'])(
  '%s is not an HTTP date',
  (text) => {
    expect(parseHttpDate(text)).toBeUndefined();
  },
);

describe('authenticate', () => {
  const keys = keyRing([
    { publicKey: 'demopublickey', secretKey: 'demosecretkey' },
    { publicKey: 'other', secretKey: 'othersecret' },
  ]);
  const settings = { keys, allowSimpleAuthOverHttp: false, clock: () => NOW };
  const sign = (secret: string, input: Partial<AuthInput> & { date?: string; uploadcareDate?: string }) => {
    const parts = {
      method: input.method ?? 'GET',
      bodyMd5: input.bodyMd5 ?? EMPTY_MD5,
      contentType: input.contentType,
      date: input.uploadcareDate ?? input.date ?? DATE,
      uri: input.uri ?? '/groups/?limit=1',
    };
    const text = [parts.method, parts.bodyMd5, parts.contentType ?? '', parts.date, parts.uri].join('\n');
    return createHmac('sha1', secret).update(text).digest('hex');
  };
  const request = (over: Partial<AuthInput> = {}, publicKey = 'demopublickey', secret = 'demosecretkey'): AuthInput => {
    const base: AuthInput = {
      method: 'GET',
      bodyMd5: EMPTY_MD5,
      contentType: 'application/json',
      uri: '/groups/?limit=1',
      date: undefined,
      uploadcareDate: DATE,
      authorization: undefined,
      ...over,
    };
    return { ...base, authorization: over.authorization ?? `Uploadcare ${publicKey}:${sign(secret, base)}` };
  };

  test.each([
    ['X-Uploadcare-Date', request()],
    ['Date', request({ uploadcareDate: undefined, date: DATE })],
    ['the second key pair', request({}, 'other', 'othersecret')],
    ['no Content-Type', request({ contentType: undefined })],
    ['a body', request({ method: 'PUT', bodyMd5: createHash('md5').update('{}').digest('hex') })],
    ['a date 15 minutes off', request({ uploadcareDate: new Date(NOW.getTime() - DATE_WINDOW_MS).toUTCString() })],
  ])('a request signed by the recipe passes (%s)', (_, input) => {
    expect(authenticate(input, settings)).toBeUndefined();
  });

  const detail = (input: AuthInput, over = settings) => authenticate(input, over);
  test.each([
    ['no Authorization', { authorization: undefined as unknown as string }, ERROR_EXAMPLES.MissingCredentialsError],
    ['a malformed Authorization', { authorization: 'Bearer abc' }, ERROR_EXAMPLES.MissingCredentialsError],
    [
      'a scheme without a signature',
      { authorization: 'Uploadcare demopublickey' },
      ERROR_EXAMPLES.MissingCredentialsError,
    ],
    [
      'a wrong signature',
      { authorization: `Uploadcare demopublickey:${'0'.repeat(40)}` },
      ERROR_EXAMPLES.InvalidSignatureError,
    ],
    [
      'an upper-case signature',
      { authorization: `Uploadcare demopublickey:${sign('demosecretkey', {}).toUpperCase()}` },
      ERROR_EXAMPLES.InvalidSignatureError,
    ],
  ])('%s is refused with the documented answer', (_, over, expected) => {
    const input = { ...request(), ...over } as AuthInput;
    if (over.authorization === undefined) input.authorization = undefined;
    expect(detail(input)).toEqual({ status: expected.status, body: { detail: expected.detail } });
  });

  test('a signature over anything else than what was sent is refused', () => {
    const signed = request();
    for (const changed of [
      { uri: '/groups/?limit=2' },
      { method: 'DELETE' },
      { contentType: 'application/json; charset=utf-8' },
      { bodyMd5: createHash('md5').update('x').digest('hex') },
      { uploadcareDate: 'Mon, 05 Nov 2018 13:14:42 GMT' },
    ]) {
      expect(detail({ ...signed, ...changed })?.body.detail).toBe(ERROR_EXAMPLES.InvalidSignatureError.detail);
    }
  });

  test('a wrong secret is an invalid signature; an unknown public key is named', () => {
    expect(detail(request({}, 'demopublickey', 'wrong'))?.body.detail).toBe(
      ERROR_EXAMPLES.InvalidSignatureError.detail,
    );
    expect(detail(request({}, 'nobody', 'x'))).toEqual({
      status: ERROR_EXAMPLES.UnknownPublicKeyError.status,
      body: { detail: ERROR_EXAMPLES.UnknownPublicKeyError.detail.replace('demopublickey', 'nobody') },
    });
  });

  test('X-Uploadcare-Date wins over Date when both are sent', () => {
    const input = request();
    expect(detail({ ...input, date: 'Tue, 06 Nov 2018 00:00:00 GMT' })).toBeUndefined();
  });

  test.each([
    ['no date', { uploadcareDate: undefined, date: undefined }, /X-Uploadcare-Date or Date header/],
    ['a date that is no HTTP date', { uploadcareDate: '2018-11-05T13:14:41Z' }, /is not an HTTP date/],
    [
      'a date 15 minutes and a second off',
      { uploadcareDate: new Date(NOW.getTime() + DATE_WINDOW_MS + 1000).toUTCString() },
      /more than 15 minutes from the server's time/,
    ],
  ])('%s is a 401 saying so', (_, over, message) => {
    const result = detail(request(over));
    expect(result?.status).toBe(401);
    expect(result?.body.detail).toMatch(message);
  });

  test('simple auth is refused over HTTP unless allowed, then checked', () => {
    const simple = (credentials: string) => ({ ...request(), authorization: `Uploadcare.Simple ${credentials}` });
    expect(detail(simple('demopublickey:demosecretkey'))).toEqual({
      status: ERROR_EXAMPLES.SimpleAuthOverHttpError.status,
      body: { detail: ERROR_EXAMPLES.SimpleAuthOverHttpError.detail },
    });
    const allowed = { ...settings, allowSimpleAuthOverHttp: true };
    expect(detail(simple('demopublickey:demosecretkey'), allowed)).toBeUndefined();
    expect(detail(simple('demopublickey:wrong'), allowed)?.body.detail).toBe(
      ERROR_EXAMPLES.MissingCredentialsError.detail,
    );
    expect(detail(simple('nobody:x'), allowed)?.body.detail).toBe(
      ERROR_EXAMPLES.UnknownPublicKeyError.detail.replace('demopublickey', 'nobody'),
    );
  });
});

test.each([
  [[], /non-empty array/],
  [[{ publicKey: '', secretKey: 'x' }], /keys\[0\]\.publicKey/],
  [[{ publicKey: 'a:b', secretKey: 'x' }], /keys\[0\]\.publicKey/],
  [[{ publicKey: 'a', secretKey: 7 }], /keys\[0\]\.secretKey/],
  [
    [
      { publicKey: 'a', secretKey: 'x' },
      { publicKey: 'a', secretKey: 'y' },
    ],
    /keys\[1\]\.publicKey: a is listed twice/,
  ],
])('keys %j are refused', (keys, message) => {
  expect(() => keyRing(keys as never)).toThrow(message);
});
