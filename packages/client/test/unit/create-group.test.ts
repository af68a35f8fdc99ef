// `create` and `uploadInfo`, the Upload API's operations: what is sent (the public key only,
// the form, `jsonerrors=1`, on uploadBaseUrl), what is retried (a POST only when the answer says
// it was not carried out), the typed errors of the Upload API's bodies, and the arguments refused
// before anything is sent.
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  createGroupsClient,
  InvalidArgumentError,
  NotFoundError,
  ServerError,
  signUpload,
} from '../../src/index.js';
import { OPERATIONS } from '../../src/spec.js';
import { EXAMPLE_GROUP, GROUP_ID } from '../support/fixtures.js';
import { json, type Reply, scriptedFetch } from '../support/scripted-fetch.js';

const A = '0cea5a61-f976-47d9-815a-e787f52aeba1';
const B = '3ae4bc52-ee53-4d2a-a8f5-8e8b3a1f4e1c';
const uploadError = (status: number, content: string, code: string) =>
  json(status, { error: { content, status_code: status, error_code: code } }, { 'content-type': 'application/json' });

function setup(options: Record<string, unknown>, ...replies: Reply[]) {
  const { fetch, calls } = scriptedFetch(...(replies.length ? replies : [json(200, EXAMPLE_GROUP)]));
  const groups = createGroupsClient({ publicKey: 'pk', fetch, maxRetries: 2, ...options });
  return { groups, calls };
}

describe('create', () => {
  it('POSTs the urlencoded form to the Upload API, with the public key only', async () => {
    const { groups, calls } = setup({ secretKey: 'sk' });
    await groups.create([A, `${B}/-/resize/x800/`]);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe('POST');
    expect(call?.url).toBe(`${OPERATIONS.createGroup.server}${OPERATIONS.createGroup.path}?jsonerrors=1`);
    expect(call?.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(Object.keys(call?.headers ?? {})).not.toContain('Authorization');
    const body = new TextDecoder().decode(call?.body as Uint8Array);
    expect([...new URLSearchParams(body)]).toEqual([
      ['pub_key', 'pk'],
      ['files[0]', A],
      ['files[1]', `${B}/-/resize/x800/`],
    ]);
    expect(JSON.stringify(call)).not.toContain('sk"');
  });

  it('sends to uploadBaseUrl, its path prefix kept; the REST baseUrl is not used', async () => {
    const { groups, calls } = setup({ baseUrl: 'https://rest.example', uploadBaseUrl: 'http://127.0.0.1:9/up/' });
    await groups.create([A]);
    expect(calls[0]?.url).toBe('http://127.0.0.1:9/up/group/?jsonerrors=1');
  });

  it('adds signature and expire when given', async () => {
    const { groups, calls } = setup({});
    const signed = await signUpload('sk', { expire: 1454903856 });
    await groups.create([A], signed);
    const body = new URLSearchParams(new TextDecoder().decode(calls[0]?.body as Uint8Array));
    expect(body.get('signature')).toBe(signed.signature);
    expect(body.get('expire')).toBe('1454903856');
  });

  it.each([
    ['a 503', new Response('down', { status: 503 }), ServerError],
    ['a lost connection', new TypeError('socket hang up'), ConnectionError],
  ])('is not retried after %s: the group may have been made', async (_, reply, ErrorClass) => {
    const { groups, calls } = setup({}, reply as Reply, json(200, EXAMPLE_GROUP));
    await expect(groups.create([A])).rejects.toBeInstanceOf(ErrorClass);
    expect(calls).toHaveLength(1);
  });

  it('is retried after a 429 (not carried out)', async () => {
    const { groups, calls } = setup(
      {},
      uploadError(429, 'Request was throttled.', 'RequestThrottledError'),
      json(200, EXAMPLE_GROUP),
    );
    const made = await groups.create([A]);
    expect(made.id).toBe(EXAMPLE_GROUP.id);
    expect(calls).toHaveLength(2);
  });

  it.each([
    [400, 'Some files not found.', 'GroupFilesNotFoundError', BadRequestError],
    [403, 'pub_key is invalid.', 'ProjectPublicKeyInvalidError', AuthenticationError],
  ])(
    'a %i answer is its typed error, with the Upload API content as detail',
    async (status, content, code, ErrorClass) => {
      const { groups } = setup({}, uploadError(status, content, code));
      const error = await groups.create([A]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect((error as BadRequestError).detail).toBe(content);
    },
  );

  it('a plain-text error body is its detail too', async () => {
    const { groups } = setup({}, new Response('Some files not found.', { status: 400 }));
    await expect(groups.create([A])).rejects.toMatchObject({ detail: 'Some files not found.' });
  });

  it('redacts the secret key from an Upload API error that repeats it', async () => {
    const { groups } = setup({ secretKey: 'topsecretkey' }, uploadError(400, 'bad topsecretkey', 'X'));
    const error = await groups.create([A]).catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain('topsecretkey');
    expect(String((error as Error).message)).not.toContain('topsecretkey');
  });

  it.each([
    ['no array', 'abc', 'files'],
    ['no file', [], 'files'],
    ['a file that is no UUID', ['nope'], 'files[0]'],
    ['a second file with a space', [A, `${B} `], 'files[1]'],
    ['a number', [A, 7], 'files[1]'],
  ])('refuses %s before sending', async (_, files, argument) => {
    const { groups, calls } = setup({});
    await expect(groups.create(files as string[])).rejects.toThrow(
      new RegExp(`^${argument.replace(/[[\]]/g, '\\$&')}: `),
    );
    await expect(groups.create(files as string[])).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a signature without expire', { signature: 'a'.repeat(64) }],
    ['an expire without signature', { expire: 1 }],
    ['a signature that is no hex', { signature: 'zz', expire: 1 }],
    ['an expire in milliseconds', { signature: 'a'.repeat(64), expire: 1454903856000 }],
    ['an expire that is not decimal digits', { signature: 'a'.repeat(64), expire: '1e9' }],
    ['an unknown option', { signatur: 'x' }],
  ])('refuses %s before sending', async (_, options) => {
    const { groups, calls } = setup({});
    await expect(groups.create([A], options as never)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(calls).toEqual([]);
  });
});

describe('uploadInfo', () => {
  it('GETs /group/info/ with pub_key, group_id and jsonerrors, no Content-Type, no Authorization', async () => {
    const { groups, calls } = setup({ secretKey: 'sk' });
    await groups.uploadInfo(GROUP_ID);
    const url = new URL(calls[0]?.url ?? '');
    expect(url.pathname).toBe(OPERATIONS.getUploadGroupInfo.path);
    expect([...url.searchParams]).toEqual([
      ['pub_key', 'pk'],
      ['group_id', GROUP_ID],
      ['jsonerrors', '1'],
    ]);
    expect(calls[0]?.headers).not.toHaveProperty('Content-Type');
    expect(calls[0]?.headers).not.toHaveProperty('Authorization');
  });

  it('a 404 is NotFoundError; a 503 is retried (a read is idempotent)', async () => {
    const { groups, calls } = setup(
      {},
      new Response('down', { status: 503 }),
      uploadError(404, 'group_id is invalid.', 'GroupNotFoundError'),
    );
    await expect(groups.uploadInfo(GROUP_ID)).rejects.toBeInstanceOf(NotFoundError);
    expect(calls).toHaveLength(2);
  });
});

describe('a client with the public key only', () => {
  it('refuses REST calls before sending, naming secretKey', async () => {
    const { groups, calls } = setup({});
    await expect(groups.get(GROUP_ID)).rejects.toThrow(/^secretKey: /);
    await expect(groups.list()).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(calls).toEqual([]);
  });
});

describe('signUpload', () => {
  it('is the hex HMAC-SHA256 of expire keyed with the secret key (pinned against openssl)', async () => {
    // printf 1454903856 | openssl dgst -sha256 -hmac demosecretkey
    expect(await signUpload('demosecretkey', { expire: 1454903856 })).toEqual({
      signature: 'a9864716573347071c582a43734faf253e7ba853d38106885674d5f069db9859',
      expire: 1454903856,
    });
  });

  it('defaults to 30 minutes from now, takes a lifetime, refuses bad input', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await signUpload('sk')).expire - now).toBeGreaterThanOrEqual(1799);
    expect((await signUpload('sk', { lifetimeSeconds: 60 })).expire - now).toBeLessThanOrEqual(61);
    await expect(signUpload('')).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(signUpload('sk', { expire: 1, lifetimeSeconds: 1 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(signUpload('sk', { expire: -1 })).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

describe('the raw client', () => {
  it('sends the Upload API paths to uploadBaseUrl, unsigned', async () => {
    const { createRawClient } = await import('../../src/raw.js');
    const { fetch, calls } = scriptedFetch(json(200, EXAMPLE_GROUP));
    const raw = createRawClient({
      publicKey: 'pk',
      secretKey: 'sk',
      baseUrl: 'https://rest.example',
      uploadBaseUrl: 'https://up.example',
      fetch,
    });
    const { data } = await raw.GET('/group/info/', { params: { query: { pub_key: 'pk', group_id: GROUP_ID } } });
    expect(data?.id).toBe(EXAMPLE_GROUP.id);
    expect(calls[0]?.url).toBe(`https://up.example/group/info/?pub_key=pk&group_id=${encodeURIComponent(GROUP_ID)}`);
    expect(calls[0]?.headers).not.toHaveProperty('Authorization');
    expect(calls[0]?.headers).not.toHaveProperty('Content-Type');
  });
});
