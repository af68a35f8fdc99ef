/**
 * `groups.raw`: the typed openapi-fetch client over the generated `paths`, sending through
 * the same transport as the documented methods (auth, retries, timeouts). openapi-fetch
 * works with Request and Response objects, so this adapter turns its Request into the
 * transport's plain request and the transport's answer back into a Response.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';
import type { HttpAnswer } from './transport/fetch-attempt.js';
import type { SendRequest } from './transport/send-request.js';

/** Statuses whose Response may not carry a body (the constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function toResponse({ status, statusText, headers, body }: HttpAnswer): Response {
  return new Response(NULL_BODY_STATUSES.has(status) || body.length === 0 ? null : body, {
    status,
    statusText,
    headers,
  });
}

export function createRawClient(baseUrl: string, sendRequest: SendRequest): Client<paths> {
  return createClient<paths>({
    baseUrl,
    async fetch(request: Request): Promise<Response> {
      const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
      const headers = Object.fromEntries(request.headers);
      const { method, url, signal } = request;
      return toResponse(await sendRequest({ method, url, headers, body, signal }));
    },
  });
}
