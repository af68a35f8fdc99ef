// Uploadcare's own upload client (@uploadcare/upload-client) against the stateful mock: `group`
// (a POST with every field in the query, `files[]`, `jsonerrors=1`) and `groupInfo` work as
// against the service, its typed errors carry the service's codes, and Prism finds nothing wrong
// with a request or an answer.
import { group, groupInfo, UploadError } from '@uploadcare/upload-client';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { type RunningStatefulMock, startMock } from '../dist/index.js';
import { ERROR_EXAMPLES } from '../src/generated/error-examples.js';
import { DEMO } from './sign.js';

let mock: RunningStatefulMock;
let settings: { publicKey: string; baseURL: string; retryThrottledRequestMaxTimes: number };
beforeAll(async () => {
  mock = await startMock({ groups: 10, seed: 'official' });
  settings = { publicKey: DEMO.publicKey, baseURL: mock.url, retryThrottledRequestMaxTimes: 0 };
});
afterAll(() => mock?.stop());
beforeEach(() => mock.reset());
afterEach(async () => {
  const { violations } = await mock.stats();
  expect(violations.request).toEqual([]);
  expect(violations.response).toEqual([]);
});

/** Two files of a seeded group. */
async function twoFiles(): Promise<string[]> {
  for (const held of await mock.groups()) {
    const files = held.files.flatMap((file) => (file ? [file.uuid] : []));
    if (files.length >= 2) return files.slice(0, 2);
  }
  throw new Error('no seeded group has two files');
}

test('group makes a group the mock then holds, and groupInfo reads it back', async () => {
  const [a, b] = await twoFiles();
  const made = await group([a as string, `${b}/-/resize/x800/`], settings);
  expect(made.id).toMatch(/^[0-9a-f-]{36}~2$/);
  expect(Number(made.filesCount)).toBe(2);
  expect(made.files.map((file) => file?.uuid)).toEqual([a, b]);
  expect((await mock.groups()).at(-1)?.id).toBe(made.id);
  const read = await groupInfo(made.id, settings);
  expect(read.id).toBe(made.id);
  expect(read.cdnUrl).toBe(`https://ucarecdn.com/${made.id}/`);
});

test.each([
  ['a file the project does not have', ['0cea5a61-f976-47d9-815a-e787f52aeba1'], 'GroupFilesNotFoundError'],
  ['no file', [], 'GroupFilesInvalidError'],
])('group with %s fails with the service code', async (_, files, code) => {
  const error = await group(files, settings).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UploadError);
  expect((error as UploadError).code).toBe(code);
});

test('an unknown public key and an unknown group: the documented codes and words', async () => {
  const [a] = await twoFiles();
  const badKey = await group([a as string], { ...settings, publicKey: 'nosuchkey' }).catch((e: unknown) => e);
  expect((badKey as UploadError).code).toBe('ProjectPublicKeyInvalidError');
  const missing = await groupInfo('0cea5a61-f976-47d9-815a-e787f52aeba1~1', settings).catch((e: unknown) => e);
  expect((missing as UploadError).code).toBe('GroupNotFoundError');
  expect((missing as UploadError).message).toBe(ERROR_EXAMPLES.GroupIdInvalidError.detail);
});
