/**
 * The user-level way to pick a mock response: wrap `fetch` to add `Prefer: code=N`. The
 * wrapper also records Prism's `sl-violations` header, which Prism sets whenever the request
 * breaks the contract (wrong path, parameter, header or media type).
 */
import type { FetchLike } from '../../dist/index.js';

export interface MockFetch {
  fetch: FetchLike;
  violations: string[];
  statuses: number[];
  /** The last response body, for failure messages. */
  lastBody: () => string;
}

export function mockFetch(prefer?: string): MockFetch {
  const violations: string[] = [];
  const statuses: number[] = [];
  let lastBody = '';
  const fetch: FetchLike = async (url, init) => {
    const headers = { ...(init.headers as Record<string, string>) };
    if (prefer) headers.Prefer = prefer;
    const response = await globalThis.fetch(url, { ...init, headers });
    statuses.push(response.status);
    lastBody = await response.clone().text();
    const violation = response.headers.get('sl-violations');
    if (violation) violations.push(`${init.method} ${url}: ${violation}`);
    return response;
  };
  return { fetch, violations, statuses, lastBody: () => lastBody };
}
