/**
 * Prism's dynamic mode generates bodies from the schemas: 50 random answers per operation
 * must all parse into the documented shapes. The mock is not seeded: Prism re-seeds its
 * generator for every request, so a seeded mock serves one and the same body fifty times.
 * A failure prints the offending body instead, which makes it reproducible.
 */
import { startMock } from '@uploadcare-groups/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroupsClient, isGroupId } from '../../dist/index.js';
import { mockFetch } from './mock-fetch.js';

const RUNS = 50;
const GROUP_ID = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';
let mock: Awaited<ReturnType<typeof startMock>>;

beforeAll(async () => {
  mock = await startMock({ dynamic: true });
});

afterAll(async () => {
  await mock?.stop();
});

/** Runs `check` on one answer; on failure, says which body broke it. */
async function withBody<T>(lastBody: () => string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    throw new Error(`${String(error)}\nbody: ${lastBody()}`, { cause: error });
  }
}

function client() {
  const recorder = mockFetch();
  return {
    groups: createGroupsClient({
      publicKey: 'pk',
      secretKey: 'sk',
      baseUrl: mock.url,
      fetch: recorder.fetch,
      maxRetries: 0,
    }),
    ...recorder,
  };
}

describe(`${RUNS} seeded random answers per operation parse`, () => {
  it('list', async () => {
    const { groups, violations, lastBody } = client();
    const bodies = new Set<string>();
    for (let i = 0; i < RUNS; i++) {
      await withBody(lastBody, async () => {
        const page = await groups.list({ limit: 10 });
        bodies.add(JSON.stringify(page));
        expect(Array.isArray(page.results)).toBe(true);
        for (const group of page.results) expect(isGroupId(group.id)).toBe(true);
        expect(page.next === null || typeof page.next === 'string').toBe(true);
      });
    }
    // Really random: not one body served fifty times.
    expect(bodies.size).toBeGreaterThan(RUNS / 2);
    expect(violations).toEqual([]);
  });

  it.each(['get', 'store'] as const)('%s', async (op) => {
    const { groups, violations, lastBody } = client();
    const bodies = new Set<string>();
    for (let i = 0; i < RUNS; i++) {
      await withBody(lastBody, async () => {
        const group = await groups[op](GROUP_ID);
        bodies.add(JSON.stringify(group));
        expect(isGroupId(group.id)).toBe(true);
        expect(group.files.length).toBeGreaterThanOrEqual(0);
        for (const file of group.files) {
          if (file !== null) expect(typeof file.uuid).toBe('string');
        }
      });
    }
    expect(bodies.size).toBeGreaterThan(RUNS / 2);
    expect(violations).toEqual([]);
  });

  it('delete', async () => {
    const { groups, violations, statuses } = client();
    for (let i = 0; i < RUNS; i++) await expect(groups.delete(GROUP_ID)).resolves.toBeUndefined();
    expect(new Set(statuses)).toEqual(new Set([204]));
    expect(violations).toEqual([]);
  });
});
