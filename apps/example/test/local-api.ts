import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MEDIA_TYPES, OPERATIONS } from '@uploadcare-groups/client/spec';

/**
 * A tiny stand-in for the API, for what the static mock cannot do: several pages linked
 * by `next`, a 404 for a particular group. It answers only requests that carry the vendor
 * Accept type, like the real service, and records every request.
 */

/** The media type answers carry: what the spec's list operation is sent with. */
export const vendorType = OPERATIONS.listGroups.accept[0];
const versionedTypes: readonly string[] = Object.values(MEDIA_TYPES);

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface Reply {
  status: number;
  body?: unknown;
}

export interface LocalApi {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startLocalApi(answer: (request: RecordedRequest, baseUrl: string) => Reply): Promise<LocalApi> {
  const requests: RecordedRequest[] = [];
  let baseUrl = '';
  const server = createServer((req, res) => {
    const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    requests.push(request);
    req.resume();
    const reply = versionedTypes.includes(req.headers.accept ?? '')
      ? answer(request, baseUrl)
      : { status: 406, body: { detail: 'Incorrect Accept header provided. Make sure to specify API version.' } };
    if (reply.body === undefined) {
      res.writeHead(reply.status).end();
      return;
    }
    res.writeHead(reply.status, { 'content-type': vendorType }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
