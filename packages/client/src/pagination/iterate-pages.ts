/**
 * Lazy walks over the group list. Only the current page is held, so memory stays flat however
 * long the list is; stopping the loop (break, maxItems, an aborted signal) sends no further
 * request.
 */
import { AbortError, InvalidResponseError } from '../errors.js';
import type { Group, GroupsPage } from '../types.js';

export interface PageSource {
  first(): Promise<GroupsPage>;
  /** Fetches the page behind a `next` link; returns it with the URL actually requested. */
  follow(next: string): Promise<{ page: GroupsPage; url: string }>;
}

function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new AbortError(what, { cause: signal.reason });
}

export async function* iteratePages(
  source: PageSource,
  signal: AbortSignal | undefined,
): AsyncGenerator<GroupsPage, void, undefined> {
  let page = await source.first();
  let previousUrl: string | undefined;
  while (true) {
    throwIfAborted(signal, 'listing groups');
    yield page;
    if (page.next === null || page.next === undefined) return;
    throwIfAborted(signal, 'listing groups');
    const { page: nextPage, url } = await source.follow(page.next);
    // A link to the page just fetched would loop forever.
    if (url === previousUrl) {
      throw new InvalidResponseError({
        method: 'GET',
        url,
        status: 200,
        problem: 'a next link to the same page again',
      });
    }
    previousUrl = url;
    page = nextPage;
  }
}

export async function* iterateGroups(
  pages: () => AsyncGenerator<GroupsPage, void, undefined>,
  maxItems: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<Group, void, undefined> {
  if (maxItems <= 0) return;
  let yielded = 0;
  for await (const page of pages()) {
    for (const group of page.results) {
      throwIfAborted(signal, 'listing groups');
      yield group;
      yielded += 1;
      if (yielded >= maxItems) return;
    }
  }
}
