/**
 * `@uploadcare-groups/client/raw`: the typed openapi-fetch client over the generated `paths`,
 * for anything the documented methods do not cover. It sends through the same transport as
 * `createGroupsClient` (signed auth, retries, per-attempt timeouts, the size limit), and
 * returns `{ data, error, response }` instead of throwing API errors (transport failures,
 * timeouts and aborts still throw). The Upload API's paths (`/group/`, `/group/info/`) go to
 * `uploadBaseUrl` through its own transport: no Authorization, the public key only as given. A separate entry, so apps that do not use it do not load
 * openapi-fetch.
 *
 * @packageDocumentation
 */
import createClient, { type Client } from 'openapi-fetch';
import { acceptFor } from './accept.js';
import { md5Hex } from './auth/sign-string.js';
import { type GroupsClientOptions, resolveClientOptions } from './client-options.js';
import { InvalidResponseError } from './errors.js';
import { API_VERSIONS, type ApiVersion, MEDIA_TYPES } from './generated/media-types.js';
import type { paths } from './generated/openapi.js';
import { OPERATIONS, type OperationId } from './generated/operations.js';
import { createSendRequest } from './transport/send-request.js';

export { buildSignString, md5Hex, type SignedParts } from './auth/sign-string.js';
export type { paths };

/** Header names the transport sets itself; a request's own copy is dropped (Accept and Content-Type are taken from it). */
const OWNED = new Set(['authorization', 'date', 'x-uploadcare-date', 'x-uc-user-agent', 'accept', 'content-type']);

/** Each operation's method and path pattern, to send the `Accept` type the spec gives it. */
const ROUTES = Object.entries(OPERATIONS).map(([operationId, operation]) => ({
  operationId: operationId as OperationId,
  method: operation.method,
  pattern: new RegExp(`^${operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  retryAfter: operation.retryAfter,
  /** An Upload API operation: sent to `uploadBaseUrl`, unsigned, with the one media type it answers in. */
  upload: operation.publicKeyField !== null,
  accept: operation.accept[0],
}));

/**
 * Creates the typed raw client. Same options as `createGroupsClient`.
 *
 * @example
 * ```ts
 * import { createRawClient } from '@uploadcare-groups/client/raw';
 *
 * const raw = createRawClient({ publicKey: 'YOUR_PUBLIC_KEY', secretKey: 'YOUR_SECRET_KEY' });
 * const { data, error, response } = await raw.GET('/groups/{group_id}/', {
 *   params: { path: { group_id: 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3' } },
 * });
 * ```
 */
export function createRawClient(options: GroupsClientOptions): Client<paths> {
  const { origin, prefix, transport, apiVersion, upload } = resolveClientOptions(options);
  const send = createSendRequest(transport);
  const sendUpload = createSendRequest(upload.transport);
  // For a path the spec does not know: the chosen API version, else the newest.
  const otherwise = MEDIA_TYPES[apiVersion ?? (API_VERSIONS[0] as ApiVersion)];
  const client = createClient<paths>({
    baseUrl: origin + prefix,
    fetch: (request: Request) =>
      // Errors leave without the secret, whatever a custom fetch or an answer put in them.
      rawFetch(request).catch((error: unknown) => {
        throw transport.redact(error);
      }),
  });

  return client;

  async function rawFetch(request: Request): Promise<Response> {
    const { method, url, signal } = request;
    const bytes = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    // An empty body is no body: fetch refuses one on a GET or DELETE.
    const body = bytes?.length ? bytes : undefined;
    const headers: Record<string, string> = {};
    for (const [name, value] of request.headers) if (!OWNED.has(name)) headers[name] = value;
    const contentType = request.headers.get('content-type');
    if (contentType !== null) headers['Content-Type'] = contentType;
    const uri = url.slice(origin.length);
    const path = uri.slice(prefix.length).split('?')[0] as string;
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(path));
    // A request's own Accept wins; else as `createGroupsClient` picks it (refused before sending
    // when the operation does not take `apiVersion`).
    const accept =
      request.headers.get('accept') ??
      (route ? (route.upload ? route.accept : acceptFor(route.operationId, apiVersion)) : otherwise);
    const retryAfter = route?.retryAfter;
    let answer: Awaited<ReturnType<typeof send>>;
    if (route?.upload) {
      // The same path and query on the Upload API's root, unsigned; a POST makes a group each time.
      const uploadUrl = upload.origin + upload.prefix + uri.slice(prefix.length);
      answer = await sendUpload({
        method,
        url: uploadUrl,
        uri: uploadUrl.slice(upload.origin.length),
        accept,
        signal,
        headers,
        body,
        contentType: contentType ?? null,
        idempotent: method !== 'POST',
        retryAfter,
      });
    } else {
      answer = await send({ method, url, uri, accept, signal, headers, body, bodyMd5: await md5Hex(body), retryAfter });
    }
    const { status, statusText, text } = answer;
    // A browser's unfollowed redirect has status 0, which no Response can carry.
    if (status < 200 || status > 599) {
      throw new InvalidResponseError({ method, url, status }, 'a redirect, which the client does not follow');
    }
    return new Response(status === 204 || status === 205 || status === 304 || !text ? null : text, {
      status,
      statusText,
      headers: answer.headers,
    });
  }
}
