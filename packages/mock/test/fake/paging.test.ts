// The paging window: `from` inclusive in the direction of the ordering, `offset` skipping groups
// at exactly `from`, links that start after the page's last group. A walk along `next` (or back
// along `previous`) sees every group once, through runs of equal times longer than a page.
import { describe, expect, test } from 'vitest';
import { type Cursor, type PageQuery, pageWindow } from '../../src/fake/state/paging.js';
import { parseIsoMicros } from '../../src/fake/state/timestamps.js';

interface Item {
  name: string;
  createdUs: number;
}

/** One item per time, ascending, named `<time>#<position>` so equal times stay apart. */
function items(times: number[]): Item[] {
  return times.map((t, i) => ({ name: `${t}#${i}`, createdUs: t }));
}

function walk(list: Item[], limit: number, descending: boolean, keyOf?: (us: number) => number): Item[][] {
  const pages: Item[][] = [];
  let cursor: Cursor | undefined;
  for (let guard = 0; guard < 10_000; guard++) {
    const query: PageQuery = { limit, descending, offset: cursor?.offset ?? 0, fromUs: cursor?.fromUs, keyOf };
    const page = pageWindow(list, query);
    pages.push(page.items);
    if (page.next === null) return pages;
    cursor = page.next;
  }
  throw new Error('the walk did not end');
}

const RUNS = [
  { what: 'distinct times', times: [1, 2, 3, 4, 5, 6, 7] },
  { what: 'pairs', times: [1, 1, 2, 2, 3, 3, 4] },
  { what: 'a run longer than a page', times: [1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4] },
  { what: 'one time for all', times: [5, 5, 5, 5, 5, 5, 5, 5] },
  { what: 'a run at each end', times: [1, 1, 1, 1, 2, 3, 9, 9, 9, 9, 9] },
];

describe.each(RUNS)('with $what', ({ times }) => {
  const list = items(times);
  test.each([1, 2, 3, 4, 100])('a walk along next with limit %i sees every item once, in order', (limit) => {
    for (const descending of [false, true]) {
      const seen = walk(list, limit, descending).flat();
      expect(seen).toEqual(descending ? [...list].reverse() : list);
    }
  });

  test('following previous from the last page goes back through the same pages', () => {
    for (const descending of [false, true]) {
      const limit = 3;
      const forward = walk(list, limit, descending);
      const back: Item[][] = [];
      let cursor: Cursor | null = null;
      // The last page, reached along next, then back along previous.
      let query: PageQuery = { limit, descending, offset: 0 };
      for (;;) {
        const page = pageWindow(list, query);
        if (page.next === null) {
          cursor = page.previous;
          back.unshift(page.items);
          break;
        }
        query = { limit, descending, offset: page.next.offset, fromUs: page.next.fromUs };
      }
      while (cursor !== null) {
        const page = pageWindow(list, { limit, descending, offset: cursor.offset, fromUs: cursor.fromUs });
        back.unshift(page.items);
        cursor = page.previous;
      }
      expect(back).toEqual(forward);
    }
  });
});

test('from is inclusive, in the direction of the ordering', () => {
  const list = items([10, 20, 20, 30]);
  expect(
    pageWindow(list, { fromUs: 20, offset: 0, limit: 10, descending: false }).items.map((i) => i.createdUs),
  ).toEqual([20, 20, 30]);
  expect(
    pageWindow(list, { fromUs: 20, offset: 0, limit: 10, descending: true }).items.map((i) => i.createdUs),
  ).toEqual([20, 20, 10]);
  // A from between two times starts at the next one in the direction.
  expect(pageWindow(list, { fromUs: 25, offset: 0, limit: 10, descending: false }).items[0]?.createdUs).toBe(30);
  expect(pageWindow(list, { fromUs: 25, offset: 0, limit: 10, descending: true }).items[0]?.createdUs).toBe(20);
});

test('offset skips only groups at exactly from, however large it is', () => {
  const list = items([10, 20, 20, 30]);
  const at = (offset: number) => pageWindow(list, { fromUs: 20, offset, limit: 10, descending: false }).items;
  expect(at(1)).toEqual(list.slice(2));
  expect(at(2)).toEqual(list.slice(3));
  expect(at(1_000_000)).toEqual(list.slice(3));
  // Without from, the start is the first group's time: offset skips among the groups sharing it.
  const shared = items([5, 5, 6]);
  expect(pageWindow(shared, { offset: 1, limit: 10, descending: false }).items).toEqual(shared.slice(1));
});

test('next starts after the last group: its time and how many at that time the walk has seen', () => {
  const list = items([10, 20, 20, 20, 30]);
  expect(pageWindow(list, { offset: 0, limit: 3, descending: false }).next).toEqual({ fromUs: 20, offset: 2 });
  expect(pageWindow(list, { fromUs: 20, offset: 2, limit: 1, descending: false }).next).toEqual({
    fromUs: 20,
    offset: 3,
  });
  expect(pageWindow(list, { offset: 0, limit: 5, descending: false }).next).toBeNull();
});

test('previous names the first group of the page before, or is null on the first page', () => {
  const list = items([10, 20, 20, 20, 30]);
  const first = pageWindow(list, { offset: 0, limit: 2, descending: false });
  expect(first.previous).toBeNull();
  const second = pageWindow(list, { fromUs: 20, offset: 1, limit: 2, descending: false });
  expect(second.previous).toEqual({ fromUs: 10, offset: 0 });
  // A page that starts fewer than `limit` groups in: previous is the list's first page.
  const shifted = pageWindow(list, { fromUs: 20, offset: 0, limit: 2, descending: false });
  expect(shifted.previous).toEqual({ fromUs: 10, offset: 0 });
});

test("the spec's GroupsPage example is what a first page of two gives", () => {
  // The example: the first two of five groups, oldest first; next from the second one's time, offset 1.
  const t1 = parseIsoMicros('2018-11-27T14:10:01.000000Z') as number;
  const t2 = parseIsoMicros('2018-11-27T14:14:37.583654Z') as number;
  const list = items([t1, t2, t2 + 1, t2 + 2, t2 + 3]);
  expect(pageWindow(list, { offset: 0, limit: 2, descending: false }).next).toEqual({ fromUs: t2, offset: 1 });
});

test('an empty list and a from past the end give empty pages without links onward', () => {
  expect(pageWindow([], { offset: 0, limit: 5, descending: false })).toEqual({ items: [], next: null, previous: null });
  const page = pageWindow(items([1, 2, 3]), { fromUs: 99, offset: 0, limit: 2, descending: false });
  expect(page.items).toEqual([]);
  expect(page.next).toBeNull();
  expect(page.previous).toEqual({ fromUs: 2, offset: 0 });
});

describe('cursors at a coarser precision (from as a date: the key is the day)', () => {
  // Times 1..29 in "days" of 10: the cursor names a day and how many of its groups came before.
  const day = (us: number) => Math.floor(us / 10) * 10;
  const list = items([1, 2, 3, 11, 12, 13, 14, 15, 16, 17, 21, 29]);

  test.each([
    [1, false],
    [2, false],
    [5, false],
    [1, true],
    [3, true],
  ])(
    'a walk of %i per page (descending: %s) sees every group once, its cursors on day boundaries',
    (limit, descending) => {
      const pages = walk(list, limit, descending, day);
      const seen = pages.flat().map((item) => item.name);
      const expected = list.map((item) => item.name);
      expect(seen).toEqual(descending ? expected.reverse() : expected);
    },
  );

  test("next names the day of the page's last group and the groups of that day it has seen", () => {
    const page = pageWindow(list, { limit: 5, descending: false, offset: 0, keyOf: day });
    expect(page.items.map((item) => item.createdUs)).toEqual([1, 2, 3, 11, 12]);
    expect(page.next).toEqual({ fromUs: 10, offset: 2 });
  });
});
