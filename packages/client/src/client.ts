/**
 * `createGroupsClient`: the documented, ergonomic API, typed from the generated `paths`, with
 * the openapi-fetch client beside it as `raw`.
 */
import type { Client } from 'openapi-fetch';
import { looksLikeGroupsPage, looksLikeGroupWithFiles, successBody, successText } from './api-response.js';
import { integerIn } from './argument-checks.js';
import { acceptFor, type GroupsClientOptions, resolveClientOptions } from './client-options.js';
import { InvalidArgumentError } from './errors.js';
import type { paths } from './generated/openapi.js';
import { parseGroupId } from './group-id.js';
import { type ListParams, type ListQuery, toListQuery } from './list-params.js';
import { operationUrl } from './operation-url.js';
import { iterateGroups, iteratePages } from './pagination/iterate-pages.js';
import { nextPageUrl } from './pagination/next-page-url.js';
import { createRawClient } from './raw-client.js';
import { createSendRequest } from './transport/send-request.js';
import type { Group, GroupsPage, GroupWithFiles } from './types.js';

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call, including a wait between retries; the call then rejects with `AbortError`. */
  signal?: AbortSignal;
}

/** Parameters of `listAll`. */
export interface ListAllParams extends ListParams, CallOptions {
  /** Stop after this many groups (no further page is requested). */
  maxItems?: number;
}

/** What {@link createGroupsClient} returns. */
export interface GroupsClient {
  /** One page of groups, without their files. */
  list(params?: ListParams & CallOptions): Promise<GroupsPage>;
  /** Every page, following each `next` link exactly as given; one request per page, on demand. */
  pages(params?: ListParams & CallOptions): AsyncGenerator<GroupsPage, void, undefined>;
  /** Every group, page after page, each exactly once. */
  listAll(params?: ListAllParams): AsyncGenerator<Group, void, undefined>;
  /** One group with its files (`null` at the position of a removed file). */
  get(groupId: string, options?: CallOptions): Promise<GroupWithFiles>;
  /**
   * Marks every file of the group as stored.
   * @deprecated Only API v0.5/v0.6 have this operation, so it is sent with the v0.6 `Accept`
   * type whatever `apiVersion` says, and Uploadcare has announced their retirement. Instead,
   * `get` the group and store its files through the files API, at most 100 per request.
   */
  store(groupId: string, options?: CallOptions): Promise<GroupWithFiles>;
  /** Deletes the group object; its files are left as they are. */
  delete(groupId: string, options?: CallOptions): Promise<void>;
  /**
   * The typed openapi-fetch client over the generated `paths`, for anything the methods above
   * do not cover. It shares the client's auth, retries and timeouts, and returns
   * `{ data, error, response }` instead of throwing API errors.
   */
  readonly raw: Client<paths>;
}

const PAGE = 'a page of groups';

function checkSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  if (typeof signal !== 'object' || signal === null || typeof (signal as AbortSignal).aborted !== 'boolean') {
    throw new InvalidArgumentError('signal', 'must be an AbortSignal');
  }
  return signal as AbortSignal;
}

function checkOptions(options: unknown): CallOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', 'expected an object');
  return options as CallOptions;
}

/**
 * Creates a client for the groups part of the Uploadcare REST API.
 *
 * @example
 * ```ts
 * import { createGroupsClient } from '@uploadcare-groups/client';
 *
 * const groups = createGroupsClient({
 *   publicKey: process.env.UPLOADCARE_PUBLIC_KEY!,
 *   secretKey: process.env.UPLOADCARE_SECRET_KEY!,
 * });
 * for await (const group of groups.listAll({ ordering: '-datetime_created', maxItems: 50 })) {
 *   console.log(group.id, group.files_count);
 * }
 * ```
 */
export function createGroupsClient(options: GroupsClientOptions): GroupsClient {
  const { baseUrl, transport } = resolveClientOptions(options);
  const sendRequest = createSendRequest(transport);
  // The documented methods send through the transport directly: going through `raw` would
  // build a Request and a Response per call only to copy them back out.
  const raw = createRawClient(baseUrl, sendRequest);

  async function fetchPage(url: string, signal: AbortSignal | undefined): Promise<GroupsPage> {
    const request = { method: 'GET', url };
    const answer = await sendRequest({ ...request, signal });
    return successBody<GroupsPage>(answer, request, PAGE, looksLikeGroupsPage);
  }

  function fetchFirstPage(query: ListQuery, signal: AbortSignal | undefined) {
    return fetchPage(operationUrl(baseUrl, '/groups/', 'get', { query }), signal);
  }

  async function followNext(next: string, signal: AbortSignal | undefined) {
    const url = nextPageUrl(next, baseUrl);
    return { page: await fetchPage(url, signal), url };
  }

  function pages(params: ListParams & CallOptions = {}) {
    const signal = checkSignal(params?.signal);
    const query = toListQuery(params);
    return iteratePages(
      { first: () => fetchFirstPage(query, signal), follow: (next) => followNext(next, signal) },
      signal,
    );
  }

  /** Sends one of the single-group operations; `undefined` for DELETE's empty answer. */
  async function groupRequest(
    method: 'GET' | 'PUT' | 'DELETE',
    groupId: string,
    options: CallOptions | undefined,
  ): Promise<GroupWithFiles | undefined> {
    parseGroupId(groupId);
    const signal = checkSignal(checkOptions(options).signal);
    const params = { path: { group_id: groupId } };
    const request =
      method === 'PUT'
        ? { method, url: operationUrl(baseUrl, '/groups/{group_id}/storage/', 'put', params) }
        : { method, url: operationUrl(baseUrl, '/groups/{group_id}/', method === 'GET' ? 'get' : 'delete', params) };
    const headers = method === 'PUT' ? { Accept: acceptFor('0.6') } : undefined;
    const answer = await sendRequest({ ...request, headers, signal });
    if (method === 'DELETE') {
      successText(answer, request);
      return undefined;
    }
    return successBody<GroupWithFiles>(answer, request, 'a group with files', looksLikeGroupWithFiles);
  }

  return {
    async list(params = {}) {
      const signal = checkSignal(params?.signal);
      return fetchFirstPage(toListQuery(params), signal);
    },
    pages,
    listAll(params = {}) {
      const { maxItems = Number.POSITIVE_INFINITY, ...listParams } = params;
      if (maxItems !== Number.POSITIVE_INFINITY) integerIn(maxItems, 'maxItems', 0);
      const signal = checkSignal(params?.signal);
      const walk = pages(listParams);
      return iterateGroups(() => walk, maxItems, signal);
    },
    // groupRequest is async, so bad input still rejects rather than throws.
    get: (groupId, options) => groupRequest('GET', groupId, options) as Promise<GroupWithFiles>,
    store: (groupId, options) => groupRequest('PUT', groupId, options) as Promise<GroupWithFiles>,
    delete: (groupId, options) => groupRequest('DELETE', groupId, options) as Promise<void>,
    raw,
  };
}
