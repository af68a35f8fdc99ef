import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGroupsClient, type GroupsClientOptions, InvalidArgumentError } from '../../src/index.js';
import { LIMIT, OFFSET, ORDERING } from '../../src/spec.js';
import { EMPTY_PAGE, GROUP_ID } from '../support/fixtures.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

function setup() {
  const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
  return { groups: createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch }), calls };
}

/** Runs `act`, which may throw or reject, and returns the error. */
async function failure(act: () => unknown): Promise<unknown> {
  try {
    const result = act();
    if (result && typeof (result as AsyncIterator<unknown>).next === 'function') {
      await (result as AsyncIterator<unknown>).next();
    }
    await result;
  } catch (error) {
    return error;
  }
  return undefined;
}

const BAD_GROUP_IDS: [string, unknown][] = [
  ['empty', ''],
  ['..', '..'],
  ['a path traversal', `../${GROUP_ID}`],
  ['a slash', `${GROUP_ID}/storage`],
  ['~0', 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~0'],
  ['a leading zero count', 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~03'],
  ['no count', 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~'],
  ['a file UUID', 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da'],
  ['upper case', 'BADFC9F7-F88F-4921-9CC0-22E2C08AA2DA~3'],
  ['a query', `${GROUP_ID}?x=1`],
  ['an encoded slash', `${GROUP_ID}%2F`],
  ['spaces', ` ${GROUP_ID} `],
  ['an unsafe count', 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~99999999999999999999'],
  ['a number', 42],
  ['undefined', undefined],
];

describe('group operations reject bad ids before any request', () => {
  it.each(
    BAD_GROUP_IDS.flatMap(([name, id]) => (['get', 'store', 'delete'] as const).map((op) => [op, name, id] as const)),
  )('%s with %s', async (op, _, id) => {
    const { groups, calls } = setup();
    const error = await failure(() => groups[op](id as string));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('groupId');
    expect((error as Error).message).toMatch(/^groupId: /);
    expect(calls).toHaveLength(0);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const BAD_LIST_PARAMS: [string, Record<string, unknown>, string][] = [
  ['limit below the minimum', { limit: LIMIT.minimum - 1 }, 'limit'],
  ['limit above the maximum', { limit: LIMIT.maximum + 1 }, 'limit'],
  ['limit -5', { limit: -5 }, 'limit'],
  ['limit 2.5', { limit: 2.5 }, 'limit'],
  ['limit NaN', { limit: Number.NaN }, 'limit'],
  ['limit as a string', { limit: '10' }, 'limit'],
  ['limit null (not a missing limit)', { limit: null }, 'limit'],
  ['from unparseable', { from: 'yesterday' }, 'from'],
  ['from without a zone', { from: '2018-11-27T14:14:37' }, 'from'],
  ['from with a space', { from: '2018-11-27 14:14:37Z' }, 'from'],
  ['from an impossible date', { from: '2018-13-45T00:00:00Z' }, 'from'],
  ['from February 29 of a common year', { from: '2019-02-29' }, 'from'],
  ['from February 30', { from: '2020-02-30T00:00:00Z' }, 'from'],
  ['from April 31', { from: '2021-04-31T00:00:00Z' }, 'from'],
  ['from hour 24', { from: '2020-01-01T24:00:00Z' }, 'from'],
  ['from minute 60', { from: '2020-01-01T23:60:00Z' }, 'from'],
  ['from second 60', { from: '2020-01-01T23:59:60Z' }, 'from'],
  ['from a zone of +25:00', { from: '2020-01-01T00:00:00+25:00' }, 'from'],
  ['from day 0', { from: '2020-01-00' }, 'from'],
  ['from an invalid Date', { from: new Date('nope') }, 'from'],
  ['from a number', { from: 1543328077000 }, 'from'],
  ['an unknown ordering', { ordering: 'created' }, 'ordering'],
  ['an ordering with a stray space', { ordering: `${ORDERING.enum[0]} ` }, 'ordering'],
  ['offset below its minimum', { offset: OFFSET.minimum - 1 }, 'offset'],
  ['offset as a string', { offset: '2' }, 'offset'],
  ['a non-signal', { signal: 'stop' }, 'signal'],
  ['a misspelt key', { order: '-datetime_created' }, 'order'],
];

describe('listing rejects bad parameters before any request', () => {
  it.each(
    BAD_LIST_PARAMS.flatMap(([name, params, argument]) =>
      (['list', 'pages', 'listAll'] as const).map((op) => [op, name, params, argument] as const),
    ),
  )('%s with %s', async (op, _, params, argument) => {
    const { groups, calls } = setup();
    const error = await failure(() => groups[op](params as never));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(calls).toHaveLength(0);
  });

  it('pages and listAll throw synchronously, at the call', () => {
    const { groups } = setup();
    expect(() => groups.pages({ limit: 0 })).toThrow(InvalidArgumentError);
    expect(() => groups.listAll({ maxItems: -1 })).toThrow(InvalidArgumentError);
  });

  it.each([null, 'limit=5', 5, ['limit']])(
    'list, pages and listAll refuse params %o with the same error',
    async (params) => {
      const { groups, calls } = setup();
      for (const op of ['list', 'pages', 'listAll'] as const) {
        const error = await failure(() => groups[op](params as never));
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect((error as InvalidArgumentError).message).toBe('params: expected an object');
      }
      expect(calls).toHaveLength(0);
    },
  );

  it.each([
    ['list', { LIMIT: 5 }, 'LIMIT: is not an option here; did you mean "limit"?'],
    ['listAll', { maxitems: 5 }, 'maxitems: is not an option here; did you mean "maxItems"?'],
    ['pages', { Prefetch: true }, 'Prefetch: is not an option here; did you mean "prefetch"?'],
  ] as const)('%s names the option meant by a typo', async (op, params, message) => {
    const { groups, calls } = setup();
    const error = await failure(() => groups[op](params as never));
    expect((error as Error).message).toBe(message);
    expect(calls).toHaveLength(0);
  });

  it('get, store and delete refuse unknown call options', async () => {
    const { groups, calls } = setup();
    const typo = await failure(() => groups.get(GROUP_ID, { Signal: undefined } as never));
    expect((typo as Error).message).toBe('Signal: is not an option here; did you mean "signal"?');
    const unknown = await failure(() => groups.delete(GROUP_ID, { force: true } as never));
    expect((unknown as Error).message).toBe('force: is not an option here; expected one of signal');
    expect(calls).toHaveLength(0);
  });

  it.each([['no'], ['false'], [1], [null]])('pages and listAll refuse prefetch %o', async (prefetch) => {
    const { groups, calls } = setup();
    for (const op of ['pages', 'listAll'] as const) {
      const error = await failure(() => groups[op]({ prefetch } as never));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('prefetch');
    }
    expect(calls).toHaveLength(0);
  });

  it('maxItems belongs to listAll only', async () => {
    const { groups, calls } = setup();
    const error = await failure(() => groups.list({ maxItems: 3 } as never));
    expect((error as InvalidArgumentError).argument).toBe('maxItems');
    expect(calls).toHaveLength(0);
  });

  it.each([[-1], [1.5], [Number.NaN], ['3']])('listAll rejects maxItems %s', async (maxItems) => {
    const { groups, calls } = setup();
    const error = await failure(() => groups.listAll({ maxItems: maxItems as number }));
    expect((error as InvalidArgumentError).argument).toBe('maxItems');
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['a zoned date-time, microseconds kept', '2018-11-27T14:14:37.583654+00:00', '2018-11-27T14:14:37.583654+00:00'],
    ['a Z date-time', '2018-11-27T14:14:37Z', '2018-11-27T14:14:37Z'],
    ['a lower-case t and z', '2018-11-27t14:14:37z', '2018-11-27T14:14:37Z'],
    ['a date', '2018-11-27', '2018-11-27T00:00:00Z'],
    ['February 29 of a leap year', '2020-02-29', '2020-02-29T00:00:00Z'],
    ['February 29 of a 400-year leap year', '2000-02-29T23:59:59.999999-12:00', '2000-02-29T23:59:59.999999-12:00'],
    ['a Date', new Date('2018-11-27T14:14:37.5Z'), '2018-11-27T14:14:37.500Z'],
  ])('accepts from as %s and sends ISO 8601 with T', async (_, from, sent) => {
    const { groups, calls } = setup();
    await groups.list({ from });
    expect(new URL(calls[0]?.url ?? '').searchParams.get('from')).toBe(sent);
  });
});

const GOOD: GroupsClientOptions = { publicKey: 'pk', secretKey: 'sk' };
const BAD_OPTIONS: [string, unknown, string][] = [
  ['no options', undefined, 'options'],
  ['no publicKey', { secretKey: 'sk' }, 'publicKey'],
  ['an empty publicKey', { ...GOOD, publicKey: ' ' }, 'publicKey'],
  ['an empty secretKey', { ...GOOD, secretKey: '' }, 'secretKey'],
  ['both secretKey and signer', { ...GOOD, signer: () => '' }, 'signer'],
  ['a signer that is not a function', { publicKey: 'pk', signer: 'abc' }, 'signer'],
  ['simple auth with a signer', { publicKey: 'pk', auth: 'simple', signer: () => '' }, 'signer'],
  ['simple auth without a secret', { publicKey: 'pk', auth: 'simple' }, 'secretKey'],
  ['simple auth over remote plain HTTP', { ...GOOD, auth: 'simple', baseUrl: 'http://api.example.com' }, 'baseUrl'],
  ['an unknown auth', { ...GOOD, auth: 'oauth' }, 'auth'],
  ['a relative baseUrl', { ...GOOD, baseUrl: '/api' }, 'baseUrl'],
  ['an ftp baseUrl', { ...GOOD, baseUrl: 'ftp://api.uploadcare.com' }, 'baseUrl'],
  ['a baseUrl with a query', { ...GOOD, baseUrl: 'https://api.uploadcare.com/?x=1' }, 'baseUrl'],
  ['a baseUrl with credentials', { ...GOOD, baseUrl: 'https://u:p@api.uploadcare.com' }, 'baseUrl'],
  ['an apiVersion the spec does not name', { ...GOOD, apiVersion: '0.4' }, 'apiVersion'],
  ['an apiVersion as a number', { ...GOOD, apiVersion: 0.7 }, 'apiVersion'],
  ['an uploadBaseUrl with a query', { ...GOOD, uploadBaseUrl: 'https://upload.uploadcare.com/?x=1' }, 'uploadBaseUrl'],
  ['a relative uploadBaseUrl', { ...GOOD, uploadBaseUrl: '/upload' }, 'uploadBaseUrl'],
  ['a misspelt option', { ...GOOD, maxretries: 3 }, 'maxretries'],
  ['a publicKey with CR LF', { ...GOOD, publicKey: 'pk\r\nX-Injected: 1' }, 'publicKey'],
  ['a secretKey with LF', { ...GOOD, secretKey: 'sk\n' }, 'secretKey'],
  ['a simple-auth secretKey with NUL', { ...GOOD, auth: 'simple', secretKey: 'sk\u0000' }, 'secretKey'],
  ['a publicKey with a space', { ...GOOD, publicKey: 'pk x' }, 'publicKey'],
  ['a publicKey with a colon', { ...GOOD, publicKey: 'pk:x' }, 'publicKey'],
  ['a publicKey with a tab', { ...GOOD, publicKey: 'pk\tx' }, 'publicKey'],
  ['a publicKey of 100,000 characters', { ...GOOD, publicKey: 'a'.repeat(100_000) }, 'publicKey'],
  ['a secretKey of 100,000 characters', { ...GOOD, secretKey: 'a'.repeat(100_000) }, 'secretKey'],
  ['a simple-auth secretKey of 257 characters', { ...GOOD, auth: 'simple', secretKey: 'a'.repeat(257) }, 'secretKey'],
  ['a userAgent with CR', { ...GOOD, userAgent: 'ua\r' }, 'userAgent'],
  ['a userAgent beyond Latin-1', { ...GOOD, userAgent: 'ua €' }, 'userAgent'],
  ['timeoutMs beyond what timers support', { ...GOOD, timeoutMs: 2 ** 31 }, 'timeoutMs'],
  ['maxRetryWaitMs beyond what timers support', { ...GOOD, maxRetryWaitMs: 2 ** 31 }, 'maxRetryWaitMs'],
  ['maxResponseBytes 0', { ...GOOD, maxResponseBytes: 0 }, 'maxResponseBytes'],
  ['maxResponseBytes as a string', { ...GOOD, maxResponseBytes: '1mb' }, 'maxResponseBytes'],
  ['a fetch that is not a function', { ...GOOD, fetch: {} }, 'fetch'],
  ['maxRetries -1', { ...GOOD, maxRetries: -1 }, 'maxRetries'],
  ['maxRetries 1.5', { ...GOOD, maxRetries: 1.5 }, 'maxRetries'],
  ['timeoutMs 0', { ...GOOD, timeoutMs: 0 }, 'timeoutMs'],
  ['timeoutMs NaN', { ...GOOD, timeoutMs: Number.NaN }, 'timeoutMs'],
  ['an empty userAgent', { ...GOOD, userAgent: '' }, 'userAgent'],
  ['an unknown dateHeader', { ...GOOD, dateHeader: 'X-Date' }, 'dateHeader'],
  ['a negative maxRetryWaitMs', { ...GOOD, maxRetryWaitMs: -1 }, 'maxRetryWaitMs'],
];

describe('createGroupsClient rejects bad options', () => {
  it.each(BAD_OPTIONS)('%s', (_, options, argument) => {
    let error: unknown;
    try {
      createGroupsClient(options as GroupsClientOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect((error as Error).message.startsWith(`${argument}: `)).toBe(true);
  });

  it('accepts the largest timer values and Infinity', () => {
    expect(() =>
      createGroupsClient({ ...GOOD, timeoutMs: 2 ** 31 - 1, maxRetryWaitMs: 2 ** 31 - 1, userAgent: 'ua é' }),
    ).not.toThrow();
    expect(() => createGroupsClient({ ...GOOD, timeoutMs: Number.POSITIVE_INFINITY })).not.toThrow();
  });

  it('accepts a key of the largest length allowed, and a secret key with a colon', () => {
    expect(() => createGroupsClient({ publicKey: 'a'.repeat(256), secretKey: 'b'.repeat(256) })).not.toThrow();
    expect(() => createGroupsClient({ ...GOOD, secretKey: 's:k' })).not.toThrow();
  });

  it('takes undefined for every optional option (exactOptionalPropertyTypes callers)', () => {
    expect(() =>
      createGroupsClient({ ...GOOD, baseUrl: undefined, maxRetries: undefined, fetch: undefined, signer: undefined }),
    ).not.toThrow();
  });

  it('refuses dateHeader "Date" where the runtime drops that header (browsers)', () => {
    // A browser's Request drops forbidden headers such as Date; Node's keeps them.
    expect(() => createGroupsClient({ ...GOOD, dateHeader: 'Date' })).not.toThrow();
    vi.stubGlobal(
      'Request',
      class {
        headers = new Headers();
      },
    );
    expect(() => createGroupsClient({ ...GOOD, dateHeader: 'Date' })).toThrow(
      'dateHeader: this runtime does not let scripts set the Date header: use "X-Uploadcare-Date"',
    );
  });

  it.each(['http://localhost:4010', 'http://127.0.0.1:4010', 'http://[::1]:4010'])(
    'allows simple auth over plain HTTP to the loopback mock %s',
    (baseUrl) => {
      expect(() => createGroupsClient({ ...GOOD, auth: 'simple', baseUrl })).not.toThrow();
    },
  );
});

describe('messages say what was expected and what came', () => {
  it.each([
    [{ ...GOOD, auth: 'oauth' }, 'auth: must be "signed" or "simple", got "oauth"'],
    [{ ...GOOD, maxretries: 1 }, 'maxretries: is not an option here; did you mean "maxRetries"?'],
    [{ ...GOOD, secretkey: 'x' }, 'secretkey: is not an option here; did you mean "secretKey"?'],
    [{ ...GOOD, colour: 'x' }, 'colour: is not an option here; expected one of publicKey, secretKey, signer,'],
    [{ ...GOOD, dateHeader: 7 }, 'dateHeader: must be "X-Uploadcare-Date" or "Date", got 7'],
    [{ ...GOOD, maxRetries: -1 }, 'maxRetries: must be an integer of at least 0, got -1'],
    [{ ...GOOD, maxRetryWaitMs: '5' }, 'maxRetryWaitMs: must be an integer from 0 to 2147483647, got "5"'],
    [{ ...GOOD, timeoutMs: 2 ** 31 }, 'timeoutMs: must be an integer from 1 to 2147483647, got 2147483648'],
    [{ ...GOOD, publicKey: 'p\nk' }, 'publicKey: must not contain control characters'],
    [{ ...GOOD, baseUrl: 'api.uploadcare.com' }, 'baseUrl: "api.uploadcare.com" is not an absolute URL'],
    [{ ...GOOD, baseUrl: 'ftp://x.example' }, 'baseUrl: must be an http(s) URL, got ftp:'],
  ])('options %o', (options, message) => {
    expect(() => createGroupsClient(options as GroupsClientOptions)).toThrow(message);
  });

  it.each([
    [{ limit: 0 }, `limit: must be an integer from ${LIMIT.minimum} to ${LIMIT.maximum}, got 0`],
    [
      { ordering: 'created' },
      `ordering: must be ${ORDERING.enum.map((value) => JSON.stringify(value)).join(' or ')}, got "created"`,
    ],
    [{ order: 'x' }, 'order: is not an option here; did you mean "ordering"?'],
    [{ from: '2019-02-29' }, 'from: "2019-02-29" is not a calendar date ("2018-11-27") or an ISO 8601 date-time'],
  ])('list %o', async (params, message) => {
    const { groups, calls } = setup();
    await expect(groups.list(params as never)).rejects.toThrow(message);
    expect(calls).toHaveLength(0);
  });
});
