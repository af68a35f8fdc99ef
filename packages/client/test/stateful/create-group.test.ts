/**
 * The whole life of a group made through the Upload API, with the built client against the
 * stateful mock (both APIs on its one port, behind Prism): create → listed → read through both
 * APIs → stored → deleted → 404 from both. The Upload API calls carry the public key only: no
 * Authorization header, no secret. Prism must find nothing wrong with any request or answer.
 */
import { mockControl } from '@uploadcare-groups/mock';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  createGroupsClient,
  type GroupsClientOptions,
  InvalidArgumentError,
  NotFoundError,
  signUpload,
} from '../../dist/index.js';
import { STATEFUL_GROUPS } from './stateful-mock.js';

const url = inject('statefulMockUrl');
const mock = mockControl(url);
const DEMO = { publicKey: 'demopublickey', secretKey: 'demosecretkey' };

/** Every request the client sent: method, URL, headers. */
const sent: { method: string; url: string; headers: Record<string, string>; body: string }[] = [];
const recording: GroupsClientOptions['fetch'] = async (input, init) => {
  const body = init.body === undefined ? '' : new TextDecoder().decode(init.body as Uint8Array);
  sent.push({ method: init.method ?? 'GET', url: input, headers: init.headers as Record<string, string>, body });
  return fetch(input, init);
};
/** A client of the mock with the demo keys; `secretKey: undefined` makes a public-key-only one. */
const client = (options: { publicKey?: string; secretKey?: undefined } = {}) =>
  createGroupsClient({
    ...DEMO,
    baseUrl: url,
    uploadBaseUrl: url,
    fetch: recording,
    ...options,
  } as GroupsClientOptions);

beforeEach(async () => {
  sent.length = 0;
  await mock.reset();
});

afterEach(async () => {
  const { violations } = await mock.stats();
  expect(violations.request).toEqual([]);
  expect(violations.response).toEqual([]);
});

/** Two files of the newest group that has two (what the main job groups too). */
async function twoFiles(): Promise<[string, string]> {
  for await (const group of client().listAll({ ordering: '-datetime_created', maxItems: 50 })) {
    const files = (await client().get(group.id)).files.filter((file) => file !== null);
    if (files.length >= 2) return [files[0]?.uuid as string, files[1]?.uuid as string];
  }
  throw new Error('no group with two files');
}

describe('the life of a created group', () => {
  it('create → listed → info through both APIs → store → delete → 404 from both', async () => {
    const [a, b] = await twoFiles();
    const groups = client();
    const before = Date.now();
    const created = await groups.create([a, `${b}/-/resize/x800/`]);
    expect(created.id).toMatch(/~2$/);
    expect(created.files_count).toBe(2);
    expect(Date.parse(created.datetime_created)).toBeGreaterThanOrEqual(before - 1000);
    expect(created.files.map((file) => [file?.uuid, file?.default_effects])).toEqual([
      [a, ''],
      [b, 'resize/x800/'],
    ]);

    const newest: string[] = [];
    // Listed in its place: the first group from its creation time on (seeded groups reach past now).
    for await (const group of groups.listAll({ from: created.datetime_created, maxItems: 1 })) newest.push(group.id);
    expect(newest).toEqual([created.id]);
    expect((await groups.uploadInfo(created.id)).id).toBe(created.id);
    const rest = await groups.get(created.id);
    expect(rest.files.map((file) => file?.uuid)).toEqual([a, b]);
    expect(rest.files[1]?.default_effects).toBe('resize/x800/');

    const stored = await groups.store(created.id);
    expect(stored.datetime_stored).toEqual(expect.any(String));
    await groups.delete(created.id);
    await expect(groups.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(groups.uploadInfo(created.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await mock.groups()).some((group) => group.id === created.id)).toBe(false);
  });

  it('sends the Upload API the public key only: no Authorization, no secret, no version', async () => {
    const [a] = await twoFiles();
    sent.length = 0;
    const group = await client().create([a]);
    await client().uploadInfo(group.id);
    expect(sent.map((request) => request.method)).toEqual(['POST', 'GET']);
    for (const request of sent) {
      expect(Object.keys(request.headers).map((name) => name.toLowerCase())).not.toContain('authorization');
      expect(JSON.stringify(request)).not.toContain(DEMO.secretKey);
      expect(request.url.startsWith(`${url}/group/`)).toBe(true);
    }
    expect(sent[0]?.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(sent[0]?.body).get('pub_key')).toBe(DEMO.publicKey);
    expect(new URLSearchParams(sent[0]?.body).get('files[0]')).toBe(a);
    expect(sent[1]?.headers).not.toHaveProperty('Content-Type');
  });

  it('a client with the public key only makes and reads groups; its REST calls fail before sending', async () => {
    const [a, b] = await twoFiles();
    const browser = client({ secretKey: undefined });
    const group = await browser.create([a, b]);
    expect((await browser.uploadInfo(group.id)).files_count).toBe(2);
    const count = sent.length;
    await expect(browser.get(group.id)).rejects.toThrow(InvalidArgumentError);
    await expect(browser.get(group.id)).rejects.toThrow(/secretKey/);
    expect(sent).toHaveLength(count);
  });

  it('signed uploads: the signature signUpload makes is taken', async () => {
    const [a] = await twoFiles();
    const signed = await signUpload(DEMO.secretKey, { lifetimeSeconds: 600 });
    const group = await client({ secretKey: undefined }).create([a], signed);
    expect(group.files_count).toBe(1);
    expect(new URLSearchParams(sent.at(-1)?.body).get('signature')).toBe(signed.signature);
  });
});

describe('documented errors, typed', () => {
  it.each([
    [
      'a file the project does not have',
      ['0cea5a61-f976-47d9-815a-e787f52aeba1'],
      {},
      BadRequestError,
      'Some files not found.',
    ],
    ['an unknown public key', 'FILE', { publicKey: 'nosuchkey' }, AuthenticationError, 'pub_key is invalid.'],
    [
      'a wrong upload signature',
      'FILE',
      { signature: 'a'.repeat(64), expire: 9_999_999_999 },
      AuthenticationError,
      'Invalid signature.',
    ],
  ] as const)('%s', async (_, files, options, ErrorClass, detail) => {
    const [a] = await twoFiles();
    const { publicKey, ...call } = options as { publicKey?: string; signature?: string; expire?: number };
    const groups = client(publicKey ? { publicKey } : {});
    const error = await groups.create(files === 'FILE' ? [a] : [...files], call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect((error as BadRequestError).detail).toBe(detail);
    expect((await mock.groups()).length).toBe(STATEFUL_GROUPS);
  });

  it.each([
    ['no file', []],
    ['a file that is no UUID', ['nope']],
    ['an upper-case UUID', ['0CEA5A61-F976-47D9-815A-E787F52AEBA1']],
  ])('%s: refused before anything is sent', async (_, files) => {
    await expect(client().create(files)).rejects.toThrow(InvalidArgumentError);
    expect(sent).toEqual([]);
  });

  it('uploadInfo of an id that is no group id is refused before sending', async () => {
    await expect(client().uploadInfo('nope')).rejects.toThrow(InvalidArgumentError);
    expect(sent).toEqual([]);
  });
});
