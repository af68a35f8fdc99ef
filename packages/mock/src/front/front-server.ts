// The mock's front door, the URL users get: answers CORS preflights and the control routes
// itself, and forwards every other request to Prism's validating proxy (which forwards it to the
// service), passing on what Prism cannot: the request as it was sent. On the way back it files
// Prism's findings (`sl-violations`), takes the service's private headers off, adds CORS, and
// does not let an answer that breaks the spec through unnoticed.
import { Agent, createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ControlTarget, handleControl, isControlPath } from '../control/routes.js';
import { md5Hex } from '../fake/auth/verify-signature.js';
import {
  encodeReceived,
  FAULT_HEADER,
  MOCK_HEADER_PREFIX,
  OPERATION_HEADER,
  RECEIVED_HEADER,
} from '../fake/http/mock-headers.js';
import { MAX_BODY_BYTES, readBody } from '../fake/http/read-body.js';
import { sendJson } from '../fake/http/respond.js';
import { urlHost } from '../url-host.js';
import { corsHeaders, isPreflight, preflightHeaders } from './cors.js';
import type { Violation, ViolationRecorder } from './violations.js';

/** What to do with an answer Prism found breaking the spec (findings on injected faults aside). */
export type ResponseViolationPolicy = 'fail' | 'report';

export interface FrontOptions {
  host: string;
  port: number;
  control: ControlTarget;
  violations: ViolationRecorder;
  policy: ResponseViolationPolicy;
  /** Token of the `received` header the service trusts. */
  token: string;
}

export interface RunningFront {
  url: string;
  port: number;
  /** Where to forward API requests (Prism's URL), once it listens. */
  setUpstream(url: string): void;
  /** Resolves when the server has closed, whoever closed it. */
  closed: Promise<void>;
  stop(): Promise<void>;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) and the ones recomputed for the forwarded message. */
const NOT_FORWARDED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
]);

export async function startFront(options: FrontOptions): Promise<RunningFront> {
  let upstream: URL | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });

  const server: Server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) answer(res, 502, `The mock's front failed: ${(error as Error).message}`, corsHeaders(req));
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (isPreflight(req)) {
      req.resume();
      res.writeHead(204, preflightHeaders(req)).end();
      return;
    }
    const cors = corsHeaders(req);
    if (isControlPath(req.url ?? '')) return handleControl(req, res, options.control, cors);
    if (upstream === undefined) return answer(res, 503, 'The mock is still starting.', cors);
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === undefined) return answer(res, 413, `Request body larger than ${MAX_BODY_BYTES} bytes.`, cors);
    await forward(req, res, body, upstream, cors);
  }

  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    target: URL,
    cors: Record<string, string>,
  ): Promise<void> {
    const headers: Record<string, string | string[]> = {};
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i] as string;
      const lower = name.toLowerCase();
      if (NOT_FORWARDED.has(lower) || lower.startsWith(MOCK_HEADER_PREFIX)) continue;
      const value = req.rawHeaders[i + 1] as string;
      const known = headers[name];
      headers[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
    }
    const contentType = req.headers['content-type'];
    headers[RECEIVED_HEADER] = encodeReceived(options.token, {
      uri: req.url ?? '/',
      bodyMd5: md5Hex(body),
      contentType: contentType ?? null,
    });
    // The body was read whole: send its length (Node would otherwise chunk a PUT without one).
    if (
      body.length > 0 ||
      req.headers['content-length'] !== undefined ||
      req.headers['transfer-encoding'] !== undefined
    ) {
      headers['Content-Length'] = String(body.length);
    }

    return new Promise<void>((resolve) => {
      const outgoing = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
        (incoming) => {
          relay(req, res, incoming, cors);
          incoming.once('end', resolve);
          incoming.once('error', resolve);
        },
      );
      outgoing.once('error', (error) => {
        if (!res.headersSent) answer(res, 502, `Prism did not answer: ${error.message}`, cors);
        resolve();
      });
      outgoing.end(body);
    });
  }

  function relay(req: IncomingMessage, res: ServerResponse, incoming: IncomingMessage, cors: Record<string, string>) {
    const status = incoming.statusCode ?? 502;
    const operationId = header(incoming, OPERATION_HEADER) ?? null;
    const findings = header(incoming, 'sl-violations');
    let broken: Violation[] = [];
    if (findings !== undefined) {
      broken = options.violations.record(findings, {
        operationId,
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        status,
        injectedFault: header(incoming, FAULT_HEADER) !== undefined,
      });
    }
    if (broken.length > 0 && options.policy === 'fail') {
      incoming.resume();
      const what = broken.map((v) => `${v.location.join('.')}: ${v.message}`).join('; ');
      answer(
        res,
        500,
        `The mock's answer (${status}) to ${req.method} ${req.url} broke the spec, so it was not passed on: ${what}. This is a bug in the mock or a spec it does not follow; start it with responseViolations: 'report' to receive such answers as they are.`,
        { ...cors, 'sl-violations': findings as string },
      );
      return;
    }
    const headers: Record<string, string | string[]> = { ...cors };
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value === undefined || NOT_FORWARDED.has(name) || name.startsWith(MOCK_HEADER_PREFIX)) continue;
      // Prism's own CORS headers (it adds them unless told not to) give way to the front's.
      if (name.startsWith('access-control-')) continue;
      headers[name] = value;
    }
    const length = incoming.headers['content-length'];
    if (length !== undefined) headers['content-length'] = length;
    res.writeHead(status, headers);
    incoming.pipe(res);
    // A caller that hangs up frees the connection to Prism too.
    res.once('close', () => {
      if (!incoming.complete) incoming.destroy();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${urlHost(options.host)}:${port}`,
    port,
    setUpstream: (url) => {
      upstream = new URL(url);
    },
    closed,
    stop: () => {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      });
      return stopping;
    },
  };
}

function answer(res: ServerResponse, status: number, detail: string, headers: Record<string, string>): void {
  sendJson(res, status, { detail }, 'application/json', headers);
}

function header(message: IncomingMessage, name: string): string | undefined {
  const value = message.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
