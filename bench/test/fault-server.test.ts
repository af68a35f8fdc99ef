import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer } from '../src/fault-server.mjs';

// The fault server stands in for the service in the fault tests and the benchmarks, so its
// paging must itself be right: walking `next` must give every group once, in order.
describe('the fault server pages like the service', () => {
  let server: Awaited<ReturnType<typeof startFaultServer>>;
  beforeAll(async () => {
    server = await startFaultServer({ groups: 23, sharedTimestamps: 4 });
  });
  afterAll(() => server.close());

  it.each([1, 3, 4, 5, 23, 100])('walks every group once with limit %i', async (limit) => {
    const ids: string[] = [];
    let path: string | null = `/groups/?limit=${limit}`;
    while (path) {
      const res = await fetch(server.url + path);
      const page = (await res.json()) as { next: string | null; results: { id: string }[] };
      ids.push(...page.results.map((g) => g.id));
      path = page.next ? page.next.replace('https://api.uploadcare.com', '') : null;
    }
    expect(ids).toHaveLength(23);
    expect(new Set(ids).size).toBe(23);
    expect(ids).toEqual([...ids].sort());
  });
});
