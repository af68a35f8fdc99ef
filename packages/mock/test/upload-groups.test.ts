// The Upload API's group operations on the default mock, through Prism: one port serves both
// APIs; a group made from files the mock knows is at once listed, readable through both APIs,
// storable and deletable; bad forms, unknown files and bad keys get the documented errors, as
// plain text or, with `jsonerrors=1`, as JSON; Prism validates requests and answers of both.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type RunningStatefulMock, startMock } from '../dist/index.js';
import { ERROR_EXAMPLES } from '../src/generated/error-examples.js';
import { OPERATIONS } from '../src/generated/operations.js';
import { violations } from './http.js';
import { pathOf, signed } from './sign.js';
import { createValidator, schemaRef } from './spec.js';

const validate = createValidator();
let mock: RunningStatefulMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  if (mock) expect((await mock.stats()).violations.response).toEqual([]);
  await mock?.stop();
});
beforeEach(() => mock.reset());

const CREATE = OPERATIONS.createGroup.path;
const INFO = OPERATIONS.getUploadGroupInfo.path;
const form = (fields: [string, string][]) => new URLSearchParams(fields);
const create = (fields: [string, string][], query = '') =>
  fetch(`${mock.url}${CREATE}${query}`, { method: 'POST', body: form(fields) });
const info = (query: string) => fetch(`${mock.url}${INFO}?${query}`);

/** Two files of the first seeded group that has two. */
async function twoFiles(): Promise<[string, string]> {
  for (const group of await mock.groups()) {
    const present = group.files.filter((file) => file !== null);
    if (present.length >= 2) return [present[0]?.uuid as string, present[1]?.uuid as string];
  }
  throw new Error('no seeded group has two files');
}

describe('POST /group/', () => {
  test.each([
    ['urlencoded files[N]', 'urlencoded', 'numbered'],
    ['urlencoded files[]', 'urlencoded', 'listed'],
    ['multipart files[N]', 'multipart', 'numbered'],
    ['multipart files[]', 'multipart', 'listed'],
  ])('%s: a new group, in order, with default_effects; no Prism finding', async (_, encoding, naming) => {
    const [a, b] = await twoFiles();
    const members = [b, `${a}/-/resize/x800/`];
    const fields: [string, string][] = [
      ['pub_key', 'demopublickey'],
      ...members.map((m, i): [string, string] => [naming === 'numbered' ? `files[${i}]` : 'files[]', m]),
    ];
    const body = encoding === 'urlencoded' ? form(fields) : new FormData();
    if (body instanceof FormData) for (const [k, v] of fields) body.append(k, v);
    const before = Date.now();
    const res = await fetch(`${mock.url}${CREATE}`, { method: 'POST', body });
    expect(res.status).toBe(200);
    expect(violations(res)).toEqual([]);
    expect(res.headers.get('content-type')).toBe('application/json');
    const group = await res.json();
    expect(validate(schemaRef('UploadGroup'), group).errors).toEqual([]);
    expect(group.id).toMatch(/^[0-9a-f-]{36}~2$/);
    expect(group.files_count).toBe(2);
    expect(Date.parse(group.datetime_created)).toBeGreaterThanOrEqual(before - 1000);
    expect(group.url).toBe(`${mock.url}${pathOf('getGroup', group.id)}`);
    expect(group.cdn_url).toBe(`https://ucarecdn.com/${group.id}/`);
    expect(group.files.map((f: { uuid: string; default_effects: string }) => [f.uuid, f.default_effects])).toEqual([
      [b, ''],
      [a, 'resize/x800/'],
    ]);
  });

  test('fields in the query, no body (as the official upload client sends them)', async () => {
    const [a] = await twoFiles();
    const res = await fetch(`${mock.url}${CREATE}?jsonerrors=1&pub_key=demopublickey&files[]=${a}`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(violations(res)).toEqual([]);
    expect((await res.json()).files_count).toBe(1);
  });

  test('the new group is at once in the list, in both infos, storable, deletable, then gone from both', async () => {
    const [a, b] = await twoFiles();
    const created = await (
      await create([
        ['pub_key', 'demopublickey'],
        ['files[0]', a],
        ['files[1]', b],
      ])
    ).json();
    const held = await mock.groups();
    expect(held.at(-1)?.id).toBe(created.id);
    expect(held).toHaveLength(26);

    const uploadInfo = await info(`pub_key=demopublickey&group_id=${created.id}`);
    expect(uploadInfo.status).toBe(200);
    expect(violations(uploadInfo)).toEqual([]);
    expect((await uploadInfo.json()).id).toBe(created.id);

    const restUri = pathOf('getGroup', created.id);
    const rest = await fetch(`${mock.url}${restUri}`, signed('getGroup', restUri));
    expect(rest.status).toBe(200);
    expect((await rest.json()).files.map((f: { uuid: string }) => f.uuid)).toEqual([a, b]);

    const storeUri = pathOf('storeGroup', created.id);
    const stored = await fetch(`${mock.url}${storeUri}`, signed('storeGroup', storeUri));
    expect(stored.status).toBe(200);
    expect((await stored.json()).datetime_stored).not.toBeNull();

    const del = await fetch(`${mock.url}${restUri}`, signed('deleteGroup', restUri));
    expect(del.status).toBe(204);
    expect((await fetch(`${mock.url}${restUri}`, signed('getGroup', restUri))).status).toBe(404);
    expect((await info(`pub_key=demopublickey&group_id=${created.id}`)).status).toBe(404);
    // Deleting a group leaves its files: they can be grouped again.
    expect(
      (
        await create([
          ['pub_key', 'demopublickey'],
          ['files[0]', a],
        ])
      ).status,
    ).toBe(200);
  });

  test('files added through the control route can be grouped', async () => {
    const [a] = await twoFiles();
    const template = (await mock.groups()).flatMap((g) => g.files).find((f) => f?.uuid === a);
    const uuid = '5b0a7b6e-1d0c-4b8a-9d55-0d1a1a7b1c01';
    await mock.addFiles([{ ...(template as NonNullable<typeof template>), uuid }]);
    const res = await create([
      ['pub_key', 'demopublickey'],
      ['files[0]', uuid],
    ]);
    expect(res.status).toBe(200);
    expect((await res.json()).files[0].uuid).toBe(uuid);
    await expect(mock.addFiles([{ uuid } as never])).rejects.toThrow(/files\[0\]/);
  });

  const TEXT = (name: keyof typeof ERROR_EXAMPLES) => ERROR_EXAMPLES[name].detail;
  test.each([
    ['no file', [['pub_key', 'demopublickey']], 400, TEXT('NoGroupFilesError'), 'GroupFilesInvalidError'],
    [
      'a file that is no UUID',
      [
        ['pub_key', 'demopublickey'],
        ['files[0]', 'nope'],
      ],
      400,
      TEXT('GroupFileUrlError'),
      'GroupFileURLParsingFailedError',
    ],
    [
      'a file the project does not have',
      [
        ['pub_key', 'demopublickey'],
        ['files[0]', '0cea5a61-f976-47d9-815a-e787f52aeba1'],
      ],
      400,
      TEXT('GroupFilesNotFoundError'),
      'GroupFilesNotFoundError',
    ],
    [
      'an unknown public key',
      [
        ['pub_key', 'nosuchkey'],
        ['files[0]', 'FILE'],
      ],
      403,
      TEXT('PublicKeyInvalidError'),
      'ProjectPublicKeyInvalidError',
    ],
    ['no public key', [['files[0]', 'FILE']], 403, TEXT('PublicKeyRequiredError'), 'ProjectPublicKeyRequiredError'],
    [
      'a wrong signature',
      [
        ['pub_key', 'demopublickey'],
        ['files[0]', 'FILE'],
        ['signature', 'a'.repeat(64)],
        ['expire', '9999999999'],
      ],
      403,
      TEXT('UploadSignatureInvalidError'),
      'SignatureInvalidError',
    ],
    [
      'an expired signature',
      [
        ['pub_key', 'demopublickey'],
        ['files[0]', 'FILE'],
        ['signature', 'a'.repeat(64)],
        ['expire', '1000'],
      ],
      403,
      TEXT('UploadSignatureExpiredError'),
      'SignatureExpirationError',
    ],
  ] as const)('%s: as text and as JSON', async (_, given, status, text, code) => {
    const [a] = await twoFiles();
    const fields = given.map(([k, v]): [string, string] => [k, v === 'FILE' ? a : v]);
    const plain = await create(fields);
    expect(plain.status).toBe(status);
    expect(plain.headers.get('content-type')).toBe('text/plain');
    expect(await plain.text()).toBe(text);
    const json = await create(fields, '?jsonerrors=1');
    expect(json.status).toBe(status);
    expect(await json.json()).toEqual({ error: { content: text, status_code: status, error_code: code } });
    expect((await mock.groups()).length).toBe(25);
  });

  test('a right signature of a future expire is taken', async () => {
    const [a] = await twoFiles();
    const expire = String(Math.floor(Date.now() / 1000) + 600);
    const signature = createHmac('sha256', 'demosecretkey').update(expire).digest('hex');
    const res = await create([
      ['pub_key', 'demopublickey'],
      ['files[0]', a],
      ['signature', signature],
      ['expire', expire],
    ]);
    expect(res.status).toBe(200);
    expect(violations(res)).toEqual([]);
  });

  test('Prism reports a request that breaks the spec (no pub_key, a signature that is no hex)', async () => {
    const [a] = await twoFiles();
    const res = await create([
      ['files[0]', a],
      ['signature', 'zz'],
      ['expire', '1'],
    ]);
    const found = violations(res).map((v) => v.location.join('.'));
    expect(found).toContain('request.body');
    expect(found).toContain('request.body.signature');
  });
});

describe('GET /group/info/', () => {
  test.each([
    ['no group id', 'pub_key=demopublickey', 400, 'GroupIdRequiredError'],
    [
      'a group the project lacks',
      'pub_key=demopublickey&group_id=0cea5a61-f976-47d9-815a-e787f52aeba1~1',
      404,
      'GroupIdInvalidError',
    ],
    [
      'an unknown public key',
      'pub_key=nosuchkey&group_id=0cea5a61-f976-47d9-815a-e787f52aeba1~1',
      403,
      'PublicKeyInvalidError',
    ],
  ] as const)('%s', async (_, query, status, example) => {
    const res = await info(`${query}&jsonerrors=1`);
    expect(res.status).toBe(status);
    expect((await res.json()).error.content).toBe(ERROR_EXAMPLES[example].detail);
  });

  test('a seeded group, read with the public key only', async () => {
    const [first] = await mock.groups();
    const res = await info(`pub_key=demopublickey&group_id=${first?.id}`);
    expect(res.status).toBe(200);
    expect(violations(res)).toEqual([]);
    const group = await res.json();
    expect(validate(schemaRef('UploadGroup'), group).errors).toEqual([]);
    expect(group.files).toHaveLength(first?.files_count as number);
  });
});
