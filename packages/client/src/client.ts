/**
 * `createGroupsClient`: the documented, ergonomic API, typed from the generated `paths` and
 * sending each operation as the generated operation table describes it (method, path, query
 * order, `Accept` media type). The typed openapi-fetch client is a separate entry,
 * `@uploadcare-groups/client/raw`, so an app that does not use it does not load it.
 */
import { acceptFor } from './accept.js';
import { successBody } from './answer/api-response.js';
import { fail, integerIn, knownKeys, object, shown } from './argument-checks.js';
import { type GroupsClientOptions, resolveClientOptions } from './client-options.js';
import { OPERATIONS, type OperationId } from './generated/operations.js';
import { JSONERRORS, LIMIT, QUERY_GROUP_ID } from './generated/parameters.js';
import { parseGroupId } from './group-id.js';
import { LIST_QUERY, type ListParams, toListQuery } from './list-params.js';
import { operationUrl } from './operation-url.js';
import { nextPageUrl } from './pagination/next-page-url.js';
import { walkGroups, walkPages } from './pagination/walk-pages.js';
import type { Redact } from './redact.js';
import { createSendRequest } from './transport/send-request.js';
import type { Group, GroupsPage, GroupWithFiles, UploadGroup } from './types.js';
import { CREATE_FORM_TYPE, createGroupForm, type SignedUploadFields } from './upload/create-form.js';

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call, including a wait between retries; the call then rejects with `AbortError`. */
  signal?: AbortSignal | undefined;
}

/** Parameters of `pages`. */
export interface PagesParams extends ListParams, CallOptions {
  /**
   * Request the next page while you work on the current one: at most one request ahead, none
   * past `maxItems`, cancelled when you stop early. Default `false`.
   */
  prefetch?: boolean | undefined;
}

/** Parameters of `listAll`. */
export interface ListAllParams extends PagesParams {
  /** Stop after this many groups (no further page is requested). */
  maxItems?: number | undefined;
}

/** Options of `create`: the call's signal, and for projects with signed uploads the fields `signUpload` made. */
export interface CreateGroupOptions extends CallOptions, SignedUploadFields {}

/** What {@link createGroupsClient} returns. */
export interface GroupsClient {
  /** One page of groups, without their files. Sends only the parameters given. */
  list(params?: ListParams & CallOptions): Promise<GroupsPage>;
  /**
   * Every page, following each `next` link exactly as given; one request per page, on demand
   * (or one ahead with `prefetch`). `limit` defaults to the largest page the API allows.
   */
  pages(params?: PagesParams): AsyncGenerator<GroupsPage, void, undefined>;
  /**
   * Every group, page after page, each exactly once. `limit` defaults to the largest page the
   * API allows, or to `maxItems` when that is smaller.
   */
  listAll(params?: ListAllParams): AsyncGenerator<Group, void, undefined>;
  /** One group with its files (`null` at the position of a removed file). */
  get(groupId: string, options?: CallOptions): Promise<GroupWithFiles>;
  /**
   * Marks every file of the group as stored.
   * @deprecated Only API v0.5/v0.6 have this operation, so it is sent with the media type the
   * spec gives it (v0.6; with an `apiVersion` it does not take, it fails before sending), and
   * Uploadcare has announced the retirement of those versions.
   * Instead, `get` the group and store its files through the files API, at most 100 per request.
   */
  store(groupId: string, options?: CallOptions): Promise<GroupWithFiles>;
  /**
   * Deletes the group object; its files are left as they are. When an attempt got no answer
   * (a timeout, a lost connection, a 5xx) and the retry finds the group gone (404), the delete
   * did happen: it resolves.
   */
  delete(groupId: string, options?: CallOptions): Promise<void>;
  /**
   * Makes a new group of files the project has, in the order given, through the Upload API
   * (`uploadBaseUrl`): each file a UUID, optionally with CDN operations
   * (`<uuid>/-/resize/x800/`, kept as its `default_effects`). Sends the public key only: no
   * secret key, no `Authorization`, so it works in a browser. Projects with signed uploads pass
   * the `signature` and `expire` their server made with `signUpload`. As every call makes a new
   * group, it is retried only on answers saying it was not carried out (408, 429).
   *
   * @example
   * ```ts
   * const groups = createGroupsClient({ publicKey: 'demopublickey' }); // no secret needed
   * const group = await groups.create([
   *   'd6d34fa9-addd-472c-868d-2e5c105f9fcd',
   *   'b1026315-8116-4632-8364-607e64fca723/-/resize/x800/',
   * ]);
   * console.log(group.id); // '…~2'
   * ```
   */
  create(files: readonly string[], options?: CreateGroupOptions): Promise<UploadGroup>;
  /**
   * One group with its files as the Upload API describes them, read with the public key only
   * (`GET /group/info/` on `uploadBaseUrl`).
   */
  uploadInfo(groupId: string, options?: CallOptions): Promise<UploadGroup>;
}

/**
 * The operation each documented method sends: every operation of the spec has a method here
 * or stands in `RAW_ONLY` with a reason (a test checks it, so a new operation is noticed).
 */
export const METHOD_OPERATIONS = {
  list: 'listGroups',
  pages: 'listGroups',
  listAll: 'listGroups',
  get: 'getGroup',
  store: 'storeGroup',
  delete: 'deleteGroup',
  create: 'createGroup',
  uploadInfo: 'getUploadGroupInfo',
} as const satisfies Record<keyof GroupsClient, OperationId>;

/** Operations reachable only through `@uploadcare-groups/client/raw`, each with the reason. */
export const RAW_ONLY: Partial<Record<OperationId, string>> = {};

const LIST_KEYS = [...LIST_QUERY, 'signal'];
const PAGES_KEYS = [...LIST_KEYS, 'prefetch'];
const LIST_ALL_KEYS = [...PAGES_KEYS, 'maxItems'];

/** The call's options object (none is `{}`), with unknown keys and a bad signal refused. */
function callOptions<T extends CallOptions>(value: T | undefined, argument: string, keys: readonly string[]) {
  const given: Partial<T> = value === undefined ? {} : object(value, argument);
  knownKeys(given, keys);
  if (given.signal !== undefined && typeof given.signal?.aborted !== 'boolean')
    fail('signal', 'must be an AbortSignal');
  return given;
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
  const { origin, prefix, transport, apiVersion, upload } = resolveClientOptions(options);
  const send = createSendRequest(transport);
  const root = origin + prefix;
  // Every error leaves through `redact`: whatever an answer or a custom fetch put in it (a
  // message, a link, an id, a cause at any depth), the secret is not in it.
  const { redact } = transport;
  const sendUpload = createSendRequest(upload.transport);
  const uploadRoot = upload.origin + upload.prefix;
  const { publicKey } = options;
  /** `jsonerrors=1`: the Upload API's errors as JSON, whose `content` the errors carry as `detail`. */
  const JSON_ERRORS = { [JSONERRORS.name]: JSONERRORS.enum[0] };

  /** Sends an Upload API operation: no Authorization, the public key in the form or query. */
  async function callUpload<T>(
    operationId: 'createGroup' | 'getUploadGroupInfo',
    url: string,
    signal: AbortSignal | undefined,
    body?: string,
  ): Promise<T> {
    const { method, accept, retryAfter } = OPERATIONS[operationId];
    const answer = await sendUpload({
      method,
      url,
      uri: url.slice(upload.origin.length),
      accept: accept[0],
      signal,
      contentType: body === undefined ? null : CREATE_FORM_TYPE,
      body: body === undefined ? undefined : new TextEncoder().encode(body),
      idempotent: method !== 'POST',
      retryAfter,
    });
    return successBody<T>(answer, { method, url }, operationId, upload.transport.redact);
  }

  /** Sends `operationId` to `url` and returns its checked body (`undefined` for an answer without one). */
  async function call<T>(operationId: OperationId, url: string, signal: AbortSignal | undefined): Promise<T> {
    const { method, retryAfter } = OPERATIONS[operationId];
    const accept = acceptFor(operationId, apiVersion);
    const answer = await send({ method, url, uri: url.slice(origin.length), accept, signal, retryAfter });
    // A DELETE whose earlier attempt may have gone through: the group is gone, as asked.
    if (method === 'DELETE' && answer.status === 404 && answer.lost) return undefined as T;
    return successBody<T>(answer, { method, url }, operationId, transport.redact);
  }

  /** The walk over pages, `given` already checked. */
  function pages(given: Partial<ListAllParams>, maxItems: number) {
    // A walk is bound by round trips: the largest page the spec allows, unless fewer are wanted.
    // Only a missing limit takes the default: `null` is refused by the query's check, as `list` refuses it.
    const limit = given.limit === undefined ? Math.max(LIMIT.minimum, Math.min(LIMIT.maximum, maxItems)) : given.limit;
    if (given.prefetch !== undefined && typeof given.prefetch !== 'boolean') {
      fail('prefetch', `must be true or false, got ${shown(given.prefetch)}`);
    }
    return walkPages(
      operationUrl(root, 'listGroups', {}, toListQuery({ ...given, limit })),
      (url, signal) => call('listGroups', url, signal),
      (link) => nextPageUrl(link, origin, prefix),
      given,
      maxItems,
    );
  }

  /** `run`'s result; whatever it throws leaves through `redact`. */
  async function redacting<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw redact(error);
    }
  }

  /** `get`, `store` or `delete`: one group, by its id. */
  const groupCall =
    (operationId: OperationId) =>
    <T>(groupId: string, options: CallOptions | undefined) =>
      redacting(() => {
        parseGroupId(groupId);
        const { signal } = callOptions(options, 'options', ['signal']);
        return call<T>(operationId, operationUrl(root, operationId, { group_id: groupId }), signal);
      });

  return {
    list: (params) =>
      redacting(() => {
        const given = callOptions(params, 'params', LIST_KEYS);
        return call('listGroups', operationUrl(root, 'listGroups', {}, toListQuery(given)), given.signal);
      }),
    pages: (params) => redactedWalk(() => pages(callOptions(params, 'params', PAGES_KEYS), Infinity), redact),
    listAll: (params) =>
      redactedWalk(() => {
        const given = callOptions(params, 'params', LIST_ALL_KEYS);
        const maxItems = given.maxItems === undefined ? Infinity : integerIn(given.maxItems, 'maxItems', 0);
        return walkGroups(pages(given, maxItems), maxItems, given.signal);
      }, redact),
    get: groupCall('getGroup'),
    store: groupCall('storeGroup'),
    delete: groupCall('deleteGroup'),
    create: (files, options) =>
      redacting(() => {
        const given = callOptions(options, 'options', ['signal', 'signature', 'expire']);
        const form = createGroupForm(publicKey, files, given);
        const url = operationUrl(uploadRoot, 'createGroup', {}, JSON_ERRORS);
        return callUpload('createGroup', url, given.signal, form);
      }),
    uploadInfo: (groupId, options) =>
      redacting(() => {
        parseGroupId(groupId);
        const { signal } = callOptions(options, 'options', ['signal']);
        const query = {
          [OPERATIONS.getUploadGroupInfo.publicKeyField]: publicKey,
          [QUERY_GROUP_ID.name]: groupId,
          ...JSON_ERRORS,
        };
        return callUpload('getUploadGroupInfo', operationUrl(uploadRoot, 'getUploadGroupInfo', {}, query), signal);
      }),
  };
}

/**
 * The walk `start` makes, its errors redacted. The arguments are checked when `start` runs:
 * on the call itself, so a bad argument throws there and not at the first `next()`.
 */
function redactedWalk<T>(start: () => AsyncGenerator<T, void, undefined>, redact: Redact) {
  let walk: AsyncGenerator<T, void, undefined>;
  try {
    walk = start();
  } catch (error) {
    throw redact(error);
  }
  return (async function* () {
    try {
      yield* walk;
    } catch (error) {
      throw redact(error);
    }
  })();
}
