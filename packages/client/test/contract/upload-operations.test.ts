/**
 * The Upload API's operations (`create`, `uploadInfo`) against Prism's example server, through
 * the built package: each documented status gives its typed error or typed data, and Prism
 * finds nothing wrong with the requests (the form, the query, no Authorization).
 */
import { describe, expect, inject, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  createGroupsClient,
  NotFoundError,
  RateLimitError,
  type UploadcareApiError,
} from '../../dist/index.js';
import { mockFetch } from './mock-fetch.js';

const GROUP_ID = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';
const FILES = ['d6d34fa9-addd-472c-868d-2e5c105f9fcd', 'b1026315-8116-4632-8364-607e64fca723/-/resize/x800/'];

function client(prefer?: string) {
  const recorder = mockFetch(prefer);
  const url = inject('uploadcareMockUrl');
  // The public key only: what a browser holds.
  const groups = createGroupsClient({
    publicKey: 'demopublickey',
    baseUrl: url,
    uploadBaseUrl: url,
    fetch: recorder.fetch,
    maxRetries: 0,
  });
  return { groups, ...recorder };
}

type Op = 'create' | 'uploadInfo';
const call = (groups: ReturnType<typeof client>['groups'], op: Op) =>
  op === 'create' ? groups.create(FILES) : groups.uploadInfo(GROUP_ID);

const CASES: [Op, number, abstract new (...args: never[]) => UploadcareApiError][] = [
  ['create', 400, BadRequestError],
  ['create', 403, AuthenticationError],
  ['create', 429, RateLimitError],
  ['uploadInfo', 400, BadRequestError],
  ['uploadInfo', 403, AuthenticationError],
  ['uploadInfo', 404, NotFoundError],
  ['uploadInfo', 429, RateLimitError],
];

describe('the Upload API operations against the example server', () => {
  it.each(CASES)('%s answering %i throws %o with the documented content', async (op, status, errorClass) => {
    const { groups, violations, statuses } = client(`code=${status}`);
    const error = await call(groups, op).catch((e: unknown) => e);
    expect(statuses).toEqual([status]);
    expect(error).toBeInstanceOf(errorClass);
    expect((error as UploadcareApiError).detail).not.toMatch(/^\{/);
    expect(violations).toEqual([]);
  });

  it.each(['create', 'uploadInfo'] as const)('%s: 200 gives the group with its files', async (op) => {
    const { groups, violations } = client('code=200');
    const group = await call(groups, op);
    expect(group.files).toHaveLength(group.files_count);
    expect(group.files[0]?.default_effects).toBe('resize/x800/');
    expect(violations).toEqual([]);
  });
});
