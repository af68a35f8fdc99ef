// `apiVersion`: every operation of the generated table × every API version the spec names (and
// none), through both clients against a fake fetch. The `Accept` sent is the version's media
// type when the operation takes it, the newest it takes without `apiVersion`; any other version
// is refused before a request goes out, naming the versions the operation takes; an unversioned
// operation (the Upload API's) sends its own media type whatever the version. The cases come
// from the generated tables, so a version added to the spec is covered with no hand edit.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METHOD_OPERATIONS } from '../../src/client.js';
import { createGroupsClient, type GroupsClient, InvalidArgumentError } from '../../src/index.js';
import { createRawClient } from '../../src/raw.js';
import { API_VERSIONS, type ApiVersion, MEDIA_TYPES, OPERATION_IDS, OPERATIONS } from '../../src/spec.js';
import { GROUP_ID } from '../support/fixtures.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

/** How each documented method is called. */
const CALLS: Partial<Record<keyof GroupsClient, (groups: GroupsClient) => Promise<unknown>>> = {
  list: (groups) => groups.list(),
  get: (groups) => groups.get(GROUP_ID),
  store: (groups) => groups.store(GROUP_ID),
  delete: (groups) => groups.delete(GROUP_ID),
  uploadInfo: (groups) => groups.uploadInfo(GROUP_ID),
};

type Case = [string, ApiVersion | undefined, string | undefined];

/** [operation, apiVersion, the Accept expected or undefined for a refusal] for every pair. */
const CASES: Case[] = OPERATION_IDS.flatMap((operationId) => {
  const accept: readonly string[] = OPERATIONS[operationId].accept;
  // An unversioned operation (the Upload API's, which answers plain JSON) sends its own type whatever the version.
  const unversioned = !API_VERSIONS.some((version) => accept.includes(MEDIA_TYPES[version]));
  return [undefined, ...API_VERSIONS].map((version): Case => {
    if (version === undefined || unversioned) return [operationId, version, accept[0]];
    return [operationId, version, accept.includes(MEDIA_TYPES[version]) ? MEDIA_TYPES[version] : undefined];
  });
});

/** The versions an operation takes, read from its media types. */
const takes = (operationId: string) =>
  API_VERSIONS.filter((v) =>
    (OPERATIONS[operationId as keyof typeof OPERATIONS].accept as readonly string[]).includes(MEDIA_TYPES[v]),
  );

/** A fetch that answers 404 to anything: only what was sent matters here. */
const notFound = () => scriptedFetch(json(404, { detail: 'Not found.' }));

describe('apiVersion', () => {
  it('has a case refused and a case sent for some operation (the table is not one-sided)', () => {
    expect(CASES.some(([, version, accept]) => version && accept)).toBe(true);
    expect(CASES.some(([, , accept]) => accept === undefined)).toBe(true);
  });

  it.each(CASES)('createGroupsClient: %s with apiVersion %s sends %s', async (operationId, apiVersion, expected) => {
    const method = Object.entries(METHOD_OPERATIONS).find(
      ([name, id]) => id === operationId && CALLS[name as keyof GroupsClient],
    )?.[0];
    if (!method) return; // reachable only through /raw: covered below
    const { fetch, calls } = notFound();
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch, maxRetries: 0, apiVersion });
    const error = await (CALLS[method as keyof GroupsClient] as (g: GroupsClient) => Promise<unknown>)(groups).catch(
      (e: unknown) => e,
    );
    if (expected === undefined) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toBe(
        `apiVersion: ${operationId} takes API version ${takes(operationId).join(' or ')}, not ${apiVersion}`,
      );
      expect(calls).toHaveLength(0);
    } else {
      expect(calls.map((c) => c.headers.Accept)).toEqual([expected]);
    }
  });

  it.each(CASES)('createRawClient: %s with apiVersion %s sends %s', async (operationId, apiVersion, expected) => {
    const { method, path } = OPERATIONS[operationId as keyof typeof OPERATIONS];
    const { fetch, calls } = notFound();
    const raw = createRawClient({ publicKey: 'pk', secretKey: 'sk', fetch, maxRetries: 0, apiVersion });
    const send = raw[method as 'GET'] as (path: string, init: unknown) => Promise<unknown>;
    const params = Object.fromEntries(
      OPERATIONS[operationId as keyof typeof OPERATIONS].pathParameters.map((p) => [p, GROUP_ID]),
    );
    const result = await send(path, { params: { path: params } }).catch((e: unknown) => e);
    if (expected === undefined) {
      expect(result).toBeInstanceOf(InvalidArgumentError);
      expect(calls).toHaveLength(0);
    } else {
      expect(calls.map((c) => c.headers.Accept)).toEqual([expected]);
    }
  });

  it('refuses a version the spec does not name when the client is made, listing those it does', () => {
    const make = () =>
      createGroupsClient({
        publicKey: 'pk',
        secretKey: 'sk',
        // @ts-expect-error: ApiVersion is the union of the spec's versions.
        apiVersion: '0.4',
      });
    expect(make).toThrow(InvalidArgumentError);
    expect(make).toThrow(`apiVersion: must be ${API_VERSIONS.map((v) => `"${v}"`).join(' or ')}, got "0.4"`);
  });

  it('raw: a path the spec does not know is sent with the chosen version', async () => {
    const [oldest] = [...API_VERSIONS].reverse() as ApiVersion[];
    const { fetch, calls } = notFound();
    const raw = createRawClient({ publicKey: 'pk', secretKey: 'sk', fetch, maxRetries: 0, apiVersion: oldest });
    await (raw.GET as (path: string) => Promise<unknown>)('/not-in-spec/');
    expect(calls[0]?.headers.Accept).toBe(MEDIA_TYPES[oldest as ApiVersion]);
  });

  it('names no API version in hand-written code: a version added to the spec needs no edit here', () => {
    const src = new URL('../../src/', import.meta.url);
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.startsWith('generated'),
    );
    expect(files.length).toBeGreaterThan(10);
    const code = (file: string) =>
      readFileSync(new URL(file, src), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line));
    const hits = files.flatMap((file) =>
      code(file)
        .filter((line) => /['"`]\d+\.\d+['"`]|vnd\.uploadcare/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });
});
