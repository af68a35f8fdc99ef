// A local groups API over real sockets that pages like the real service (absolute `next`
// links on the real host, carrying `limit`, `from` and `offset`) and can inject the faults
// a client meets in production: throttling, server errors, HTML and truncated bodies,
// reset connections and hung requests.
import { createServer } from 'node:http';
import { fixtureGroup, fixtureGroupWithFiles } from './fixture-groups.mjs';

const VENDOR_TYPE = 'application/vnd.uploadcare-v0.7+json';
const GROUP_PATH = /^\/groups\/([^/]+)\/$/;

/**
 * @typedef {{ kind: 'status', status: number, retryAfter?: string }
 *   | { kind: 'html', status: number }
 *   | { kind: 'truncated' }
 *   | { kind: 'reset' }
 *   | { kind: 'hang' }
 *   | { kind: 'json', status: number, body: unknown, headers?: Record<string, string> }
 *   | { kind: 'redirect', status: number, location: string }
 *   | { kind: 'stream', status: number, bytes: number }
 *   | { kind: 'echo', status: number }} Fault
 *   `json` answers any body; `redirect` a 3xx to `location`; `stream` sends `bytes` of JSON-ish
 *   text in chunks with no Content-Length (until the client hangs up); `echo` repeats the
 *   request's Authorization header in the body and in a response header, as a misbehaving
 *   proxy might.
 * @typedef {{ method: string, url: string, headers: import('node:http').IncomingHttpHeaders }} SeenRequest
 * @typedef {object} FaultServerOptions
 * @property {number} [groups] how many groups the list holds (default 0)
 * @property {number} [sharedTimestamps] consecutive groups sharing a creation time (default 3)
 * @property {(index: number, request: SeenRequest) => Fault | null | undefined} [fault]
 *   decides, for the index-th request (from 0), whether to inject a fault
 * @property {boolean} [record] keep every request seen (default true; off for long walks)
 * @property {number} [latencyMs] wait this long before answering each request, as a slow link does
 */

/** @param {FaultServerOptions} [options] */
export async function startFaultServer(options = {}) {
  const { groups = 0, sharedTimestamps = 3, fault = () => null, record = true, latencyMs = 0 } = options;
  /** @type {SeenRequest[]} */
  const requests = [];
  let count = 0;
  const streamed = { bytes: 0 };
  const sockets = new Set();

  const server = createServer((req, res) => {
    if (latencyMs > 0) setTimeout(() => answer(req, res), latencyMs);
    else answer(req, res);
  });
  const answer = (req, res) => {
    const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    if (record) requests.push(seen);
    const injected = fault(count++, seen);
    if (injected) return inject(injected, req, res, streamed);
    const url = new URL(seen.url, 'http://local');
    if (seen.method === 'GET' && url.pathname === '/groups/') {
      return json(res, 200, listPage(url.searchParams, groups, sharedTimestamps));
    }
    const match = GROUP_PATH.exec(url.pathname);
    if (match && seen.method === 'GET') return json(res, 200, fixtureGroupWithFiles(decodeURIComponent(match[1])));
    if (match && seen.method === 'DELETE') {
      res.writeHead(204).end();
      return;
    }
    return json(res, 404, { detail: 'Not found.' });
  };
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** How many requests reached the server, recorded or not. */
    get count() {
      return count;
    },
    /** How many bytes `stream` faults have written so far. */
    get streamedBytes() {
      return streamed.bytes;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** One page of the list the way the service pages it: `from` + `offset` within equal times. */
function listPage(params, total, shared) {
  const limit = Number(params.get('limit') ?? 100);
  const from = params.get('from');
  const offset = Number(params.get('offset') ?? 0);
  // Group i was created at BASE + floor(i / shared) seconds, so the first group at or
  // after `from` is found by arithmetic rather than by a scan.
  let start = 0;
  if (from) {
    const seconds = Math.ceil((Date.parse(from) - Date.parse(fixtureGroup(0, shared).datetime_created)) / 1000);
    start = Math.min(total, Math.max(0, seconds) * shared);
  }
  start += offset;
  const end = Math.min(start + limit, total);
  const results = [];
  for (let i = start; i < end; i++) results.push(fixtureGroup(i, shared));
  let next = null;
  if (end < total && results.length > 0) {
    const last = results[results.length - 1].datetime_created;
    // How many groups created at `last` the walk has already seen, this page or before.
    const sameTime = ((end - 1) % shared) + 1;
    const query = new URLSearchParams({ limit: String(limit), from: last, offset: String(sameTime) });
    next = `https://api.uploadcare.com/groups/?${query}`;
  }
  return { next, previous: null, total, per_page: limit, results };
}

function json(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': VENDOR_TYPE, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function inject(fault, req, res, streamed) {
  switch (fault.kind) {
    case 'json':
      return json(res, fault.status, fault.body, fault.headers);
    case 'redirect':
      res.writeHead(fault.status, { location: fault.location }).end();
      return;
    case 'echo': {
      const authorization = String(req.headers.authorization ?? '');
      return json(
        res,
        fault.status,
        { detail: `Bad header: Authorization: ${authorization}` },
        { 'x-echo': authorization },
      );
    }
    case 'stream': {
      res.writeHead(fault.status, { 'content-type': VENDOR_TYPE });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (streamed.bytes < fault.bytes && !res.destroyed) {
          streamed.bytes += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
      return;
    }
    case 'status': {
      const headers = fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter };
      const detail = fault.status === 429 ? 'Request was throttled. Expected available in 1 second.' : 'Server error.';
      res.writeHead(fault.status, { ...headers, 'content-type': 'application/json' });
      res.end(JSON.stringify({ detail }));
      return;
    }
    case 'html':
      res.writeHead(fault.status, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    case 'truncated':
      // The connection drops mid-body: fewer bytes arrive than Content-Length promised.
      res.writeHead(200, { 'content-type': VENDOR_TYPE, 'content-length': 4096 });
      res.write('{"next": null, "results": [{"id": "');
      setImmediate(() => req.socket.destroy());
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'hang':
      // Never answer; close() destroys the socket.
      return;
  }
}
