import { afterEach, describe, expect, it, vi } from 'vitest';
import { METHOD_OPERATIONS } from '../../src/client.js';
import { OPERATIONS } from '../../src/generated/operations.js';
import { createGroupsClient, createHmacSigner, InvalidArgumentError, SignerError } from '../../src/index.js';
import { buildSignString, createRawClient, md5Hex } from '../../src/raw.js';
import { EMPTY_PAGE, EXAMPLE_GROUP, GROUP_ID } from '../support/fixtures.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

/** The list operation's path, as the spec gives it. */
const LIST = OPERATIONS.listGroups.path;

// Computed independently, not by this package:
//   printf 'GET\nd41d8cd98f00b204e9800998ecf8427e\napplication/json\nMon, 05 Nov 2018 13:14:41 GMT\n/groups/?limit=1' \
//     | openssl dgst -sha1 -hmac demosecretkey
const FACTS_SHEET_SIGNATURE = 'e6898ba7cbaab04e1d3e405466b836efef793dd8';
const VECTOR = {
  method: 'GET',
  contentType: 'application/json',
  date: 'Mon, 05 Nov 2018 13:14:41 GMT',
  uri: '/groups/?limit=1',
};

async function hmacOf(signString: string, secret = 'demosecretkey'): Promise<string> {
  return createHmacSigner(secret)(signString);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the facts-sheet test vector', () => {
  it('signs to the value openssl computes', async () => {
    expect(await hmacOf(await buildSignString(VECTOR))).toBe(FACTS_SHEET_SIGNATURE);
  });

  it('signs to the same value with Web Crypto, where the runtime offers no crypto of its own', async () => {
    const runtime = process as { getBuiltinModule?: unknown };
    const builtin = runtime.getBuiltinModule;
    runtime.getBuiltinModule = undefined;
    try {
      const signer = createHmacSigner('demosecretkey');
      const pending = signer(await buildSignString(VECTOR));
      // Web Crypto answers through a promise; the runtime's own HMAC at once.
      expect(pending).toBeInstanceOf(Promise);
      expect(await pending).toBe(FACTS_SHEET_SIGNATURE);
    } finally {
      runtime.getBuiltinModule = builtin;
    }
  });

  it('says at once that Web Crypto needs a secure context, and suggests a signer, where there is none', () => {
    const runtime = process as { getBuiltinModule?: unknown };
    const builtin = runtime.getBuiltinModule;
    runtime.getBuiltinModule = undefined;
    // A browser page over plain http: no crypto.subtle.
    vi.stubGlobal('crypto', {});
    try {
      for (const create of [
        () => createGroupsClient({ publicKey: 'pk', secretKey: 'sk' }),
        () => createHmacSigner('sk'),
      ]) {
        const error = (() => {
          try {
            create();
          } catch (e) {
            return e;
          }
        })();
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect(error).not.toBeInstanceOf(SignerError);
        expect((error as InvalidArgumentError).argument).toBe('secretKey');
        expect((error as Error).message).toMatch(/Web Crypto.*secure context.*`signer`/);
      }
      // Simple auth and a signer of one's own need no Web Crypto.
      expect(() => createGroupsClient({ publicKey: 'pk', secretKey: 'sk', auth: 'simple' })).not.toThrow();
      expect(() => createGroupsClient({ publicKey: 'pk', signer: () => 'x' })).not.toThrow();
    } finally {
      runtime.getBuiltinModule = builtin;
      vi.unstubAllGlobals();
    }
  });

  it("uses the runtime's own HMAC where it hands it out (Node 20.16+)", () => {
    expect(typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule).toBe('function');
    expect(createHmacSigner('sk')('x')).toEqual(expect.any(String));
  });

  it('is what the client sends for GET /groups/?limit=1 at that date (the facts sheet pins that URI)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2018-11-05T13:14:41Z'));
    const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
    const groups = createGroupsClient({ publicKey: 'demopublickey', secretKey: 'demosecretkey', fetch });
    await groups.list({ limit: 1 });
    expect(calls[0]?.url).toBe('https://api.uploadcare.com/groups/?limit=1');
    expect(calls[0]?.headers).toMatchObject({
      Authorization: `Uploadcare demopublickey:${FACTS_SHEET_SIGNATURE}`,
      'X-Uploadcare-Date': 'Mon, 05 Nov 2018 13:14:41 GMT',
      'Content-Type': 'application/json',
      // Not part of what is signed: the newest version the spec gives the list.
      Accept: OPERATIONS.listGroups.accept[0],
    });
  });
});

describe('the string to sign', () => {
  it.each([
    ['no body', undefined, 'd41d8cd98f00b204e9800998ecf8427e'],
    ['empty body', new Uint8Array(), 'd41d8cd98f00b204e9800998ecf8427e'],
    // echo -n '{"files":[]}' | md5sum
    ['a JSON body', new TextEncoder().encode('{"files":[]}'), '90040e8e63a0c0c1ee1178c7958e8568'],
  ])('hashes %s with MD5', async (_, body, expected) => {
    expect(await md5Hex(body)).toBe(expected);
  });

  it('is five lines, method upper-cased, empty line for an absent Content-Type', async () => {
    expect((await buildSignString({ method: 'delete', date: 'D', uri: `/groups/${GROUP_ID}/` })).split('\n')).toEqual([
      'DELETE',
      'd41d8cd98f00b204e9800998ecf8427e',
      '',
      'D',
      `/groups/${GROUP_ID}/`,
    ]);
  });
});

describe('signed requests', () => {
  it.each([
    [{ limit: 10, ordering: '-datetime_created' as const }, `${LIST}?limit=10&ordering=-datetime_created`],
    [
      { ordering: 'datetime_created' as const, from: '2018-11-27T14:14:37.583654+00:00', limit: 3 },
      `${LIST}?limit=3&from=2018-11-27T14%3A14%3A37.583654%2B00%3A00&ordering=datetime_created`,
    ],
    [{ from: new Date('2018-11-27T00:00:00Z') }, `${LIST}?from=2018-11-27T00%3A00%3A00.000Z`],
    [{}, `${LIST}`],
  ])('send the query in a fixed order and sign exactly that URI (%o)', async (params, uri) => {
    const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    await groups.list(params);
    const sent = calls[0];
    expect(sent?.url).toBe(`https://api.uploadcare.com${uri}`);
    const date = sent?.headers['X-Uploadcare-Date'] ?? '';
    const expected = await hmacOf(
      await buildSignString({ method: 'GET', contentType: 'application/json', date, uri }),
      'sk',
    );
    expect(sent?.headers.Authorization).toBe(`Uploadcare pk:${expected}`);
  });

  // Method, path and Accept type of each operation, as the spec gives them.
  it.each(
    (['get', 'store', 'delete'] as const).map((op) => {
      const { method, path, accept } = OPERATIONS[METHOD_OPERATIONS[op]];
      return [op, method, path.replace('{group_id}', GROUP_ID), accept[0]] as const;
    }),
  )('sign %s over its method, URI, Content-Type and empty-body MD5', async (op, method, uri, accept) => {
    const reply = op === 'delete' ? new Response(null, { status: 204 }) : json(200, EXAMPLE_GROUP);
    const { fetch, calls } = scriptedFetch(reply);
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch, dateHeader: 'Date' });
    await groups[op](GROUP_ID);
    const sent = calls[0];
    expect(sent?.method).toBe(method);
    expect(sent?.body).toBeUndefined();
    expect(sent?.headers.Accept).toBe(accept);
    expect(sent?.headers['X-Uploadcare-Date']).toBeUndefined();
    const date = sent?.headers.Date ?? '';
    expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    const expected = await hmacOf(await buildSignString({ method, contentType: 'application/json', date, uri }), 'sk');
    expect(sent?.headers.Authorization).toBe(`Uploadcare pk:${expected}`);
  });

  it('signs a body sent through raw with the MD5 of the exact bytes', async () => {
    const { fetch, calls } = scriptedFetch(json(200, EXAMPLE_GROUP));
    const seen: string[] = [];
    const raw = createRawClient({
      publicKey: 'pk',
      signer: (s) => {
        seen.push(s);
        return 'a'.repeat(40);
      },
      fetch,
    });
    // Not an operation of this API, but raw must sign whatever it sends.
    await raw.PUT('/groups/{group_id}/storage/', {
      params: { path: { group_id: GROUP_ID } },
      body: { files: [] } as never,
    });
    expect(new TextDecoder().decode(calls[0]?.body as Uint8Array)).toBe('{"files":[]}');
    expect(seen[0]?.split('\n')[1]).toBe('90040e8e63a0c0c1ee1178c7958e8568');
  });

  it('formats the date once a second: later requests of that second reuse the text', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-03T04:05:06.100Z'));
    const format = vi.spyOn(Date.prototype, 'toUTCString');
    const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE), json(200, EMPTY_PAGE), json(200, EMPTY_PAGE));
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    await groups.list();
    vi.setSystemTime(new Date('2026-02-03T04:05:06.900Z'));
    await groups.list();
    const withinSecond = format.mock.calls.length;
    vi.setSystemTime(new Date('2026-02-03T04:05:07.000Z'));
    await groups.list();
    expect(calls.map((c) => c.headers['X-Uploadcare-Date'])).toEqual([
      'Tue, 03 Feb 2026 04:05:06 GMT',
      'Tue, 03 Feb 2026 04:05:06 GMT',
      'Tue, 03 Feb 2026 04:05:07 GMT',
    ]);
    expect(withinSecond).toBe(1);
    expect(format).toHaveBeenCalledTimes(2);
    format.mockRestore();
  });

  it('takes a fresh date and signature on every attempt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const { fetch, calls } = scriptedFetch(
      () => {
        vi.setSystemTime(new Date('2026-01-01T00:00:07Z'));
        return json(503, { detail: 'busy' }, { 'retry-after': '0' });
      },
      json(200, EMPTY_PAGE),
    );
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    await groups.list();
    expect(calls.map((c) => c.headers['X-Uploadcare-Date'])).toEqual([
      'Thu, 01 Jan 2026 00:00:00 GMT',
      'Thu, 01 Jan 2026 00:00:07 GMT',
    ]);
    const [first, second] = calls.map((c) => c.headers.Authorization);
    expect(first).not.toBe(second);
    const expected = await hmacOf(
      await buildSignString({
        method: 'GET',
        contentType: 'application/json',
        date: 'Thu, 01 Jan 2026 00:00:07 GMT',
        uri: `${LIST}`,
      }),
      'sk',
    );
    expect(second).toBe(`Uploadcare pk:${expected}`);
  });

  it('asks a custom signer and never needs the secret', async () => {
    const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
    const strings: string[] = [];
    const groups = createGroupsClient({
      publicKey: 'pk',
      signer: async (s) => {
        strings.push(s);
        return hmacOf(s, 'server-side-secret');
      },
      fetch,
    });
    await groups.list({ limit: 1 });
    expect(strings).toHaveLength(1);
    expect(calls[0]?.headers.Authorization).toBe(
      `Uploadcare pk:${await hmacOf(strings[0] ?? '', 'server-side-secret')}`,
    );
  });

  it('rejects a signer that resolves to something that is not a signature', async () => {
    const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
    const groups = createGroupsClient({ publicKey: 'pk', signer: () => 'nope', fetch });
    await expect(groups.list()).rejects.toThrow(/signer must resolve/);
    await expect(groups.list()).rejects.toBeInstanceOf(SignerError);
    expect(calls).toHaveLength(0);
  });
});

describe('simple auth', () => {
  it('sends Uploadcare.Simple pub:secret and no date', async () => {
    const { fetch, calls } = scriptedFetch(json(200, EMPTY_PAGE));
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', auth: 'simple', fetch });
    await groups.list();
    expect(calls[0]?.headers.Authorization).toBe('Uploadcare.Simple pk:sk');
    expect(calls[0]?.headers['X-Uploadcare-Date']).toBeUndefined();
  });
});
