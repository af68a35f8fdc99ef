/** `createGroupsClient`: the documented, ergonomic API over the generated openapi-fetch client. */
import createClient, { type Client } from 'openapi-fetch';
import { apiErrorFor, looksLikeGroupsPage, looksLikeGroupWithFiles, parseBody, successBody } from './api-response.js';
import { acceptFor, type GroupsClientOptions, resolveClientOptions } from './client-options.js';
import { InvalidArgumentError, type RequestDescription } from './errors.js';
import type { paths } from './generated/openapi.js';
import { parseGroupId } from './group-id.js';
import { type ListParams, toListQuery } from './list-params.js';
import { iterateGroups, iteratePages } from './pagination/iterate-pages.js';
import { nextPageUrl } from './pagination/next-page-url.js';
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
  // openapi-fetch hands back only the Response; remember which request produced it, for errors.
  const requests = new WeakMap<Response, RequestDescription>();

  // The caller's signal reaches the transport through this closure rather than through the
  // Request openapi-fetch builds: a Request made with a signal leaves a listener on it until
  // garbage collection, which piles up when one signal serves many calls.
  function fetchVia(signal: AbortSignal | undefined) {
    return async (request: Request): Promise<Response> => {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
      const method = request.method.toUpperCase();
      const response = await sendRequest({ method, url: request.url, headers, body, signal: signal ?? request.signal });
      requests.set(response, { method, url: request.url });
      return response;
    };
  }

  const raw = createClient<paths>({ baseUrl, fetch: fetchVia(undefined) });

  function describe(response: Response, fallback: RequestDescription): RequestDescription {
    return requests.get(response) ?? fallback;
  }

  async function fetchFirstPage(query: ReturnType<typeof toListQuery>, signal: AbortSignal | undefined) {
    const { data, error, response } = await raw.GET('/groups/', {
      params: { query },
      fetch: fetchVia(signal),
      parseAs: 'text',
    });
    const request = describe(response, { method: 'GET', url: `${baseUrl}/groups/` });
    if (!response.ok) throw apiErrorFor(response, error, request);
    return successBody<GroupsPage>(response, data, request, 'a page of groups', looksLikeGroupsPage);
  }

  async function followNext(next: string, signal: AbortSignal | undefined) {
    const url = nextPageUrl(next, baseUrl);
    const response = await sendRequest({ method: 'GET', url, signal });
    const text = await response.text();
    const request = { method: 'GET', url };
    if (!response.ok) throw apiErrorFor(response, parseBody(text), request);
    return { page: successBody<GroupsPage>(response, text, request, 'a page of groups', looksLikeGroupsPage), url };
  }

  function pages(params: ListParams & CallOptions = {}) {
    const signal = checkSignal(params?.signal);
    const query = toListQuery(params);
    return iteratePages(
      { first: () => fetchFirstPage(query, signal), follow: (next) => followNext(next, signal) },
      signal,
    );
  }

  async function groupRequest(
    method: 'GET' | 'PUT' | 'DELETE',
    groupId: string,
    options: CallOptions | undefined,
  ): Promise<GroupWithFiles | undefined> {
    parseGroupId(groupId);
    const signal = checkSignal(checkOptions(options).signal);
    const params = { path: { group_id: groupId } };
    const fetch = fetchVia(signal);
    const result =
      method === 'GET'
        ? await raw.GET('/groups/{group_id}/', { params, fetch, parseAs: 'text' })
        : method === 'PUT'
          ? await raw.PUT('/groups/{group_id}/storage/', {
              params,
              fetch,
              parseAs: 'text',
              headers: { Accept: acceptFor('0.6') },
            })
          : await raw.DELETE('/groups/{group_id}/', { params, fetch, parseAs: 'text' });
    const { response } = result;
    const path = method === 'PUT' ? `/groups/${groupId}/storage/` : `/groups/${groupId}/`;
    const request = describe(response, { method, url: `${baseUrl}${path}` });
    if (!response.ok) throw apiErrorFor(response, result.error, request);
    if (method === 'DELETE') return undefined;
    return successBody<GroupWithFiles>(response, result.data, request, 'a group with files', looksLikeGroupWithFiles);
  }

  return {
    async list(params = {}) {
      const signal = checkSignal(params?.signal);
      return fetchFirstPage(toListQuery(params), signal);
    },
    pages,
    listAll(params = {}) {
      const maxItems = params?.maxItems ?? Number.POSITIVE_INFINITY;
      if (
        typeof maxItems !== 'number' ||
        Number.isNaN(maxItems) ||
        maxItems < 0 ||
        (Number.isFinite(maxItems) && !Number.isInteger(maxItems))
      ) {
        throw new InvalidArgumentError('maxItems', `must be a non-negative integer, got ${String(maxItems)}`);
      }
      const signal = checkSignal(params?.signal);
      const { maxItems: _ignored, ...listParams } = params;
      const walk = pages(listParams);
      return iterateGroups(() => walk, maxItems, signal);
    },
    async get(groupId, options) {
      return (await groupRequest('GET', groupId, options)) as GroupWithFiles;
    },
    async store(groupId, options) {
      return (await groupRequest('PUT', groupId, options)) as GroupWithFiles;
    },
    async delete(groupId, options) {
      await groupRequest('DELETE', groupId, options);
    },
    raw,
  };
}
