/**
 * Lazy walks over the group list. Only the current page (and, with `prefetch`, the next one)
 * is held, so memory stays flat however long the list is. A walk never requests a URL twice
 * nor yields a group twice: a link back to a page already fetched, a group seen before, an
 * empty page that still links on, or a link that cannot be followed ends it with an
 * {@link InvalidResponseError}. Stopping the loop (break, maxItems, an aborted signal) sends no
 * further request and cancels a prefetch under way.
 */
import { AbortError, InvalidResponseError } from '../errors.js';
import { noop, onAbort } from '../transport/on-abort.js';
import type { Group, GroupsPage } from '../types.js';
import { createSeenSet } from './seen-set.js';

/** Loads the page at `url` (an absolute URL on the client's base). */
export type LoadPage = (url: string, signal: AbortSignal | undefined) => Promise<GroupsPage>;

/** Where a page's `next` link leads: `[url]` to request, or `[undefined, problem]`. */
export type FollowLink = (next: unknown) => [string] | [undefined, string];

/**
 * Walks from the page at `first`, following links through `follow`, until a page has no
 * `next` or the pages so far hold `maxItems` groups. With `prefetch`, the next page is
 * requested while the caller works on this one (at most one request ahead).
 */
export async function* walkPages(
  first: string,
  load: LoadPage,
  follow: FollowLink,
  { signal, prefetch }: { signal?: AbortSignal | undefined; prefetch?: boolean | undefined },
  maxItems: number,
): AsyncGenerator<GroupsPage> {
  const newUrl = createSeenSet();
  const newGroup = createSeenSet();
  // Cancels a prefetched request when the caller stops early; follows the caller's signal.
  const controller = new AbortController();
  const unsubscribe = onAbort(signal, () => controller.abort(signal?.reason));
  let url = first;
  let pending = load(first, controller.signal);
  newUrl(first);
  let groups = 0;
  // The error for the page just fetched from `url`.
  const invalid = (problem: string) => new InvalidResponseError({ method: 'GET', url, status: 200 }, problem);
  try {
    for (;;) {
      const page = await pending;
      for (const group of page.results) if (!newGroup(group.id)) throw invalid(`group ${group.id} again`);
      groups += page.results.length;
      if (page.next == null || groups >= maxItems) return yield page;
      if (!page.results.length) throw invalid('an empty page that links to another');
      const [next, problem] = follow(page.next);
      if (!next) throw invalid(problem as string);
      if (!newUrl(next)) throw invalid(`a next link to a page already fetched (${next})`);
      // With prefetch, the next page is on its way during the yield; if the caller stops
      // first, its rejection (the abort) is expected.
      if (prefetch) {
        pending = load(next, controller.signal);
        pending.catch(noop);
      }
      yield page;
      if (!prefetch) pending = load(next, controller.signal);
      url = next;
    }
  } finally {
    controller.abort();
    unsubscribe();
  }
}

/** The groups of `pages`, one by one, stopping after `maxItems`. */
export async function* walkGroups(
  pages: AsyncGenerator<GroupsPage>,
  maxItems: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<Group> {
  let yielded = 0;
  if (maxItems <= 0) return;
  for await (const page of pages) {
    for (const group of page.results) {
      if (signal?.aborted) throw new AbortError('listing groups', { cause: signal.reason });
      yield group;
      if (++yielded >= maxItems) return;
    }
  }
}
