// Uploadcare's own client (@uploadcare/rest-client) against the stateful mock, its signatures
// verified: list, paginate, get and delete, with no finding of Prism on a request or an answer.
import {
  deleteGroup,
  groupInfo,
  type ListOfGroupsResponse,
  listOfGroups,
  paginate,
  RestClientError,
  UploadcareAuthSchema,
} from '@uploadcare/rest-client';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { type GroupWithFiles, type RunningStatefulMock, startMock } from '../dist/index.js';
import { ERROR_EXAMPLES } from '../src/generated/error-examples.js';
import { DEMO } from './sign.js';

let mock: RunningStatefulMock;
let settings: { authSchema: UploadcareAuthSchema; apiBaseURL: string };
beforeAll(async () => {
  mock = await startMock({ groups: 60, seed: 'official' });
  settings = { authSchema: new UploadcareAuthSchema(DEMO), apiBaseURL: mock.url };
});
afterAll(() => mock?.stop());
beforeEach(() => mock.reset());
afterEach(async () => {
  const { violations, requests } = await mock.stats();
  expect(violations.request).toEqual([]);
  expect(violations.response).toEqual([]);
  // Every request was signed as the service wants it: none was refused as unauthenticated.
  for (const byStatus of Object.values(requests.byOperation)) {
    expect(Object.keys(byStatus)).not.toContain(String(ERROR_EXAMPLES.InvalidSignatureError.status));
  }
});

test('listOfGroups gives the first page, camel-cased by the client', async () => {
  const page = await listOfGroups({ limit: 5 }, settings);
  const held = await mock.groups();
  expect(page.total).toBe(60);
  expect(page.perPage).toBe(5);
  expect(page.results.map((g) => g.id)).toEqual(held.slice(0, 5).map((g) => g.id));
  expect(page.next).toMatch(new RegExp(`^${mock.url}/groups/\\?limit=5&from=.+&offset=\\d+$`));
});

test('paginate reaches every group; as it drops offset, each page repeats the groups at its start time', async () => {
  const held = await mock.groups();
  const runs = new Map<string, number>();
  for (const g of held) runs.set(g.datetime_created, (runs.get(g.datetime_created) ?? 0) + 1);
  // A run longer than a page would make this client fetch the same page for ever: stay above it.
  const limit = Math.max(...runs.values()) + 1;
  const pages: ListOfGroupsResponse[] = [];
  for await (const page of paginate(listOfGroups)({ limit }, settings)) {
    pages.push(page);
    if (pages.length > held.length) throw new Error('paginate does not end');
  }
  const seen = pages.flatMap((p) => p.results.map((g) => g.id));
  expect(new Set(seen)).toEqual(new Set(held.map((g) => g.id)));
  // The client follows next's from but not its offset: the next page starts again at the
  // first group created at that time, repeating those the previous page already had.
  for (let i = 1; i < pages.length; i++) {
    const previous = pages[i - 1]?.results ?? [];
    const lastTime = previous.at(-1)?.datetimeCreated;
    const repeated = (pages[i]?.results ?? []).filter((g) => previous.some((p) => p.id === g.id));
    expect(repeated.every((g) => g.datetimeCreated === lastTime)).toBe(true);
    expect(repeated.length).toBe(previous.filter((g) => g.datetimeCreated === lastTime).length);
  }
});

test('groupInfo gives the group with its files, removed ones as null', async () => {
  const held = (await mock.groups()).find((g) => g.files.includes(null)) as GroupWithFiles;
  const info = await groupInfo({ uuid: held.id }, settings);
  expect(info.id).toBe(held.id);
  expect(info.filesCount).toBe(held.files_count);
  expect(info.files).toHaveLength(held.files_count);
  expect(info.files.filter((f) => f === null)).toHaveLength(held.files.filter((f) => f === null).length);
});

test('deleteGroup removes it: groupInfo then fails with the documented 404', async () => {
  const [first] = await mock.groups();
  const id = first?.id as string;
  await expect(deleteGroup({ uuid: id }, settings)).resolves.toBeUndefined();
  const error = await groupInfo({ uuid: id }, settings).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RestClientError);
  expect((error as RestClientError).status).toBe(ERROR_EXAMPLES.NotFoundError.status);
  expect((error as RestClientError).message).toContain(ERROR_EXAMPLES.NotFoundError.detail);
  expect((await listOfGroups({ limit: 100 }, settings)).total).toBe(59);
});
