// The window of one page and the cursors of its neighbours, as the service pages: the list is
// ordered by creation time (then by the order groups were made), `from` is where a page starts
// in that direction (inclusive), and `offset` says how many of the groups created exactly at
// `from` to skip. As in the service's links, `next` starts from the creation time of the page's
// last group and skips the groups at that time up to and including it; `previous` names the first
// group of the page before the same way. A walk that follows `next` sees every group once, even
// through runs of equal times longer than a page.

/** Where a page starts: a creation time (microseconds) and how many groups at exactly that time to skip. */
export interface Cursor {
  fromUs: number;
  offset: number;
}

export interface PageQuery {
  /** Start at this creation time; absent: at the first group of the list (in the direction). */
  fromUs?: number;
  offset: number;
  limit: number;
  descending: boolean;
  /**
   * The creation time `from` and the cursors compare, at `from`'s precision (default: the time
   * itself; the start of the UTC day when the spec makes `from` a date). Must not decrease.
   */
  keyOf?: (createdUs: number) => number;
}

export interface PageWindow<T> {
  items: T[];
  /** Where the following page starts, or null on the last page. */
  next: Cursor | null;
  /** Where the page before starts (`limit` groups earlier, or the list's start), or null on the first. */
  previous: Cursor | null;
}

/**
 * One page of `ascending` (sorted by creation time, oldest first) in the query's direction.
 * Runs in O(log n + limit): the list is read through an index map, never copied or reversed.
 */
export function pageWindow<T extends { createdUs: number }>(ascending: readonly T[], query: PageQuery): PageWindow<T> {
  const n = ascending.length;
  const at = (i: number) => ascending[query.descending ? n - 1 - i : i] as T;
  const keyOf = query.keyOf ?? ((us: number) => us);
  const key = (i: number) => keyOf(at(i).createdUs);
  // Indexes (in this direction) of the first group at or after time t, and of the first one after it.
  const firstAtOrAfter = (t: number) => partition(n, (i) => (query.descending ? key(i) > t : key(i) < t));
  const firstAfter = (t: number) => partition(n, (i) => (query.descending ? key(i) >= t : key(i) <= t));

  if (n === 0) return { items: [], next: null, previous: null };
  const fromUs = query.fromUs ?? key(0);
  const first = firstAtOrAfter(fromUs);
  const start = first + Math.min(query.offset, firstAfter(fromUs) - first);
  const end = Math.min(n, start + query.limit);

  const items: T[] = [];
  for (let i = start; i < end; i++) items.push(at(i));
  /** Starts at the group at index `i`: its time, and how many groups at that time come before it. */
  const startingAt = (i: number): Cursor => {
    const t = key(i);
    return { fromUs: t, offset: i - firstAtOrAfter(t) };
  };
  /** Starts right after the group at index `i`: its time, and the groups at that time up to it. */
  const after = (i: number): Cursor => {
    const { fromUs, offset } = startingAt(i);
    return { fromUs, offset: offset + 1 };
  };
  return {
    items,
    next: end < n && end > start ? after(end - 1) : null,
    previous: start > 0 ? startingAt(Math.max(0, start - query.limit)) : null,
  };
}

/** The first index in [0, n) for which `isBefore` is false (it must be true for a prefix only). */
function partition(n: number, isBefore: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
