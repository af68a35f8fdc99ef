/** `createGroupsClient`: the documented, ergonomic API over the generated openapi-fetch client. */
import createClient, { type Client } from 'openapi-fetch';
import { apiErrorFor, looksLikeGroupsPage, looksLikeGroupWithFiles, successBody } from './api-response.js';
import { integerIn } from './argument-checks.js';
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
  // openapi-fetch hands back only the Response; remember which request produced it, for errors.
  const requests = new WeakMap<Response, RequestDescription>();

  // The caller's signal reaches the transport through this closure rather than through the
  // Request openapi-fetch builds: a Request made with a signal leaves a listener on it until
  // garbage collection, which piles up when one signal serves many calls.
  function fetchVia(signal: AbortSignal | undefined) {
    return async (request: Request): Promise<Response> => {
      const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
      const { method, url } = request;
      const headers = Object.fromEntries(request.headers);
      const response = await sendRequest({ method, url, headers, body, signal: signal ?? request.signal });
      requests.set(response, { method: method.toUpperCase(), url });
      return response;
    };
  }

  const raw = createClient<paths>({ baseUrl, fetch: fetchVia(undefined) });

  /** Checks an openapi-fetch answer: the typed error for a non-2xx status, else the checked body. */
  function resultOf<T>(
    { data, error, response }: { data?: unknown; error?: unknown; response: Response },
    fallback: RequestDescription,
    expected: string,
    check: (value: Record<string, unknown>) => boolean,
  ): T {
    // A response from a `raw.use()` middleware did not go through fetchVia.
    const request = requests.get(response) ?? fallback;
    if (!response.ok) throw apiErrorFor(response, error, request);
    return successBody<T>(response, data as string | undefined, request, expected, check);
  }

  async function fetchFirstPage(query: ReturnType<typeof toListQuery>, signal: AbortSignal | undefined) {
    const result = await raw.GET('/groups/', { params: { query }, fetch: fetchVia(signal), parseAs: 'text' });
    return resultOf<GroupsPage>(result, { method: 'GET', url: `${baseUrl}/groups/` }, PAGE, looksLikeGroupsPage);
  }

  async function followNext(next: string, signal: AbortSignal | undefined) {
    const url = nextPageUrl(next, baseUrl);
    const response = await sendRequest({ method: 'GET', url, signal });
    const text = await response.text();
    const page = resultOf<GroupsPage>(
      { data: text, error: text, response },
      { method: 'GET', url },
      PAGE,
      looksLikeGroupsPage,
    );
    return { page, url };
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
    const store = method === 'PUT';
    const path = store ? '/groups/{group_id}/storage/' : '/groups/{group_id}/';
    // Each method of raw is a plain function of (path, init), so one call covers the three.
    const result = await (raw[method] as typeof raw.GET)(path as '/groups/{group_id}/', {
      params: { path: { group_id: groupId } },
      fetch: fetchVia(signal),
      parseAs: 'text',
      headers: store ? { Accept: acceptFor('0.6') } : {},
    });
    const fallback = { method, url: `${baseUrl}${path.replace('{group_id}', groupId)}` };
    if (method === 'DELETE' && result.response.ok) return undefined;
    return resultOf<GroupWithFiles>(result, fallback, 'a group with files', looksLikeGroupWithFiles);
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
