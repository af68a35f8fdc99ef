// A walk that follows `next` sees every group exactly once: 2,600 groups with runs of equal
// creation times, some longer than a page, in both orders and several page sizes.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type GroupWithFiles, type RunningStatefulMock, startMock } from '../dist/index.js';
import { LIMIT, ORDERING } from '../src/generated/parameters.js';
import { pathOf, signed } from './sign.js';

let mock: RunningStatefulMock;
let groups: GroupWithFiles[];
beforeAll(async () => {
  mock = await startMock({ groups: 2600, seed: 'walk' });
  groups = await mock.groups();
});
afterAll(() => mock?.stop());

function longestRun(list: GroupWithFiles[]): number {
  let longest = 1;
  let run = 1;
  for (let i = 1; i < list.length; i++) {
    run = list[i]?.datetime_created === list[i - 1]?.datetime_created ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

async function walk(query: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let uri: string | null = `${pathOf('listGroups')}?${query}`;
  let pages = 0;
  while (uri !== null) {
    const res = await fetch(`${mock.url}${uri}`, signed('listGroups', uri));
    expect(res.status, uri).toBe(200);
    const page = (await res.json()) as { next: string | null; results: { id: string }[] };
    ids.push(...page.results.map((g) => g.id));
    pages++;
    if (pages > 3000) throw new Error('the walk does not end');
    uri = page.next === null ? null : page.next.slice(mock.url.length);
  }
  return { ids, pages };
}

test('the data has runs of equal times longer than a small page', () => {
  expect(groups).toHaveLength(2600);
  expect(longestRun(groups)).toBeGreaterThan(7);
});

test.each([
  [LIMIT.default, ORDERING.default],
  [LIMIT.maximum, ORDERING.enum.find((o) => o !== ORDERING.default) as string],
  [7, ORDERING.default],
])('limit %i, %s: every group once, in order', async (limit, ordering) => {
  const { ids, pages } = await walk(`limit=${limit}&ordering=${encodeURIComponent(ordering)}`);
  const expected = groups.map((g) => g.id);
  expect(ids).toEqual(ordering.startsWith('-') ? expected.reverse() : expected);
  expect(pages).toBe(Math.ceil(2600 / limit));
});

test('no request or answer broke the spec', async () => {
  const { violations } = await mock.stats();
  expect(violations.request).toEqual([]);
  expect(violations.response).toEqual([]);
});
