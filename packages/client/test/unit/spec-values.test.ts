// The client accepts exactly what the spec's parameters allow, read from the generated
// constants: every value of every enum and every bound is sent as given, one step outside a
// bound is refused before sending. A spec edit (a new ordering, a lower maximum) changes what
// the client sends and refuses, and these tests with it, with no hand edit.
import { describe, expect, it } from 'vitest';
import { createGroupsClient, InvalidArgumentError } from '../../src/index.js';
import { LIMIT, OFFSET, OPERATIONS, ORDERING, PARAMETERS } from '../../src/spec.js';
import { EMPTY_PAGE } from '../support/fixtures.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

function setup() {
  const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
  return { groups: createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch }), calls };
}

const sent = (url: string | undefined, name: string) => new URL(url ?? '').searchParams.get(name);

describe('the list accepts what the spec allows', () => {
  it.each(ORDERING.enum)('ordering %s is sent as given', async (ordering) => {
    const { groups, calls } = setup();
    await groups.list({ ordering });
    expect(sent(calls[0]?.url, 'ordering')).toBe(ordering);
  });

  it.each([LIMIT.minimum, LIMIT.default, LIMIT.maximum])('limit %i is sent as given', async (limit) => {
    const { groups, calls } = setup();
    await groups.list({ limit });
    expect(sent(calls[0]?.url, 'limit')).toBe(String(limit));
  });

  it.each([
    ['limit', LIMIT.minimum - 1],
    ['limit', LIMIT.maximum + 1],
    ['offset', OFFSET.minimum - 1],
  ] as const)('%s %i is refused before sending, naming the bounds', async (name, value) => {
    const { groups, calls } = setup();
    const error = await groups.list({ [name]: value }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(name);
    expect((error as Error).message).toContain(String(PARAMETERS[name].minimum));
    expect(calls).toHaveLength(0);
  });

  it('walks ask for the largest page the spec allows', async () => {
    const { groups, calls } = setup();
    for await (const _ of groups.listAll()) {
      // drain
    }
    expect(sent(calls[0]?.url, 'limit')).toBe(String(LIMIT.maximum));
  });

  it('sends the query in the order the spec lists the parameters', async () => {
    const { groups, calls } = setup();
    await groups.list({ offset: 1, ordering: ORDERING.enum[0], from: '2020-01-01', limit: LIMIT.minimum });
    const names = [...new URL(calls[0]?.url ?? '').searchParams.keys()];
    expect(names).toEqual(OPERATIONS.listGroups.query.filter((name) => names.includes(name)));
  });
});
