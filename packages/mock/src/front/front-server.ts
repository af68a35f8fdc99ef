// The mock's front door, the URL users get, in every mode. It refuses what must never reach
// Prism (a target Prism cannot decode, an oversized body), answers CORS preflights and, for the
// stateful mock, the control routes itself (guarded: control-guard.ts), and forwards every
// other request to Prism (the validating proxy, or the example server), with a time limit. For
// the stateful mock it also passes on what Prism cannot: the request as it was sent. On the way
// back it files Prism's findings (`sl-violations`), takes the service's private headers off,
// adds CORS, and does not let an answer that breaks the spec through unnoticed.
import { Agent, createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ControlTarget, handleControl, isControlPath, MAX_CONTROL_BODY } from '../control/routes.js';
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
import { FRONT_HEADER } from '../prism-guard.js';
import { urlHost } from '../url-host.js';
import { BodyBudget } from './body-budget.js';
import { normaliseOrigin, refuseControlCaller, refuseToken } from './control-guard.js';
import { corsHeaders, isPreflight, preflightHeaders } from './cors.js';
import { undecodableTarget } from './request-target.js';
import type { Violation, ViolationRecorder } from './violations.js';

/** The bodies held at once, all requests together (see body-budget.ts). */
export const BODY_BUDGET_BYTES = 32 * 1024 * 1024;
/** Default of {@link FrontOptions.requestTimeoutMs}. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** The longest a connection may take to send its request headers (less when requestTimeoutMs is less). */
const HEADERS_TIMEOUT_MS = 10_000;
/** An idle kept-alive connection is closed after this long. */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/** What to do with an answer Prism found breaking the spec (findings on injected faults aside). */
export type ResponseViolationPolicy = 'fail' | 'report';

/** What only the stateful mock has: its service's trust token, its controls, Prism's findings. */
export interface StatefulFront {
  control: ControlTarget;
  violations: ViolationRecorder;
  policy: ResponseViolationPolicy;
  /** Token of the `received` header the service trusts. */
  receivedToken: string;
  /** The per-run token a state-changing control request must carry. */
  controlToken: string;
  /** Page origins allowed on the control routes besides the mock's own. */
  controlOrigins: readonly string[];
}

export interface FrontOptions {
  host: string;
  port: number;
  /** How long an exchange with Prism may take, and a request to arrive, before the front gives up (504). */
  requestTimeoutMs: number;
  /** The token Prism wants on every request (prism-guard.ts), added on the way. */
  prismGuardToken: string;
  /** Present for the stateful mock; the example server and the proxy have no controls. */
  stateful?: StatefulFront;
}

export interface RunningFront {
  url: string;
  port: number;
  /** Where to forward API requests (Prism's URL), once it listens. */
  setUpstream(url: string): void;
  /** Allows one more page origin on the control routes (the main job's docs server, known after the mock starts). */
  allowControlOrigin(origin: string): void;
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
  let port = options.port;
  const { stateful, requestTimeoutMs } = options;
  const controlOrigins = new Set(
    (stateful?.controlOrigins ?? []).map((origin) => normaliseOrigin(origin, 'control origin')),
  );
  const guard = () => ({ port, origins: controlOrigins, token: stateful?.controlToken ?? '' });
  const budget = new BodyBudget(BODY_BUDGET_BYTES);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });

  const server: Server = createServer(
    {
      // Slow or idle callers cannot hold a connection: the whole request must arrive in time,
      // its headers sooner, and an idle kept-alive connection is closed.
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs),
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs),
    },
    (req, res) => {
      serve(req, res).catch((error: unknown) => {
        if (!res.headersSent)
          answer(res, 502, `The mock's front failed: ${(error as Error).message}`, corsHeaders(req));
        else res.destroy();
      });
    },
  );
  // A connection that never sends a byte, or stops half-way, is closed too.
  server.setTimeout(requestTimeoutMs + HEADERS_TIMEOUT_MS, (socket) => socket.destroy());

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '';
    const control = stateful !== undefined && isControlPath(target);
    if (control) {
      // Host and Origin first: a refused caller learns nothing, not even CORS headers.
      const refusal = refuseControlCaller(req, guard());
      if (refusal) return refuse(req, res, refusal.status, refusal.detail, {});
    }
    if (isPreflight(req)) {
      req.resume();
      res.writeHead(204, preflightHeaders(req, { privateNetwork: !control })).end();
      return;
    }
    const cors = corsHeaders(req);
    const problem = undecodableTarget(target);
    if (problem !== undefined) {
      return refuse(req, res, 400, `The request target ${JSON.stringify(target)} cannot be served: ${problem}.`, cors);
    }
    if (control) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        const refusal = refuseToken(req, guard());
        if (refusal) return refuse(req, res, refusal.status, refusal.detail, cors);
      }
      const body = await readBounded(req, MAX_CONTROL_BODY);
      if (body === undefined) return refuse(req, res, 413, `Control body larger than ${MAX_CONTROL_BODY} bytes.`, cors);
      return handleControl(req, res, stateful.control, cors, body);
    }
    if (upstream === undefined) return refuse(req, res, 503, 'The mock is still starting.', cors);
    const body = await readBounded(req, MAX_BODY_BYTES);
    if (body === undefined) return refuse(req, res, 413, `Request body larger than ${MAX_BODY_BYTES} bytes.`, cors);
    await forward(req, res, body, upstream, cors);
  }

  /** The body, read within the shared budget, or undefined when it is larger than `limit`. */
  async function readBounded(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return undefined;
    if (
      declared === 0 ||
      (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined)
    ) {
      return Buffer.alloc(0);
    }
    // A declared length is reserved as it is; a chunked body may grow to the limit.
    const release = await budget.reserve(Number.isFinite(declared) ? declared : limit);
    try {
      return await readBody(req, limit);
    } finally {
      release();
    }
  }

  /** An error answer without reading the body; the connection closes so the unread body goes with it. */
  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    detail: string,
    headers: Record<string, string>,
  ) {
    const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
    answer(
      res,
      status,
      detail,
      hasBody || req.headers['transfer-encoding'] !== undefined ? { ...headers, Connection: 'close' } : headers,
    );
    req.resume();
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
    headers[FRONT_HEADER] = options.prismGuardToken;
    if (stateful !== undefined) {
      headers[RECEIVED_HEADER] = encodeReceived(stateful.receivedToken, {
        uri: req.url ?? '/',
        bodyMd5: md5Hex(body),
        contentType: req.headers['content-type'] ?? null,
      });
    }
    // The body was read whole: send its length (Node would otherwise chunk a PUT without one).
    if (
      body.length > 0 ||
      req.headers['content-length'] !== undefined ||
      req.headers['transfer-encoding'] !== undefined
    ) {
      headers['Content-Length'] = String(body.length);
    }

    return new Promise<void>((resolve) => {
      let timedOut = false;
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const outgoing = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
        (incoming) => {
          relay(req, res, incoming, cors);
          incoming.once('end', done);
          incoming.once('error', done);
          incoming.once('close', done);
        },
      );
      // The whole exchange with Prism, answer included, gets requestTimeoutMs.
      const timer = setTimeout(() => {
        timedOut = true;
        outgoing.destroy();
      }, requestTimeoutMs);
      outgoing.once('error', (error) => {
        if (!res.headersSent) {
          if (timedOut) {
            answer(
              res,
              504,
              `The mock did not answer ${req.method} ${req.url} within ${requestTimeoutMs} ms (requestTimeoutMs).`,
              cors,
            );
          } else {
            answer(res, 502, `Prism did not answer: ${error.message}`, cors);
          }
        } else {
          res.destroy();
        }
        done();
      });
      outgoing.end(body);
    });
  }

  function relay(req: IncomingMessage, res: ServerResponse, incoming: IncomingMessage, cors: Record<string, string>) {
    const status = incoming.statusCode ?? 502;
    const operationId = header(incoming, OPERATION_HEADER) ?? null;
    const findings = header(incoming, 'sl-violations');
    let broken: Violation[] = [];
    if (findings !== undefined && stateful !== undefined) {
      broken = stateful.violations.record(findings, {
        operationId,
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        status,
        injectedFault: header(incoming, FAULT_HEADER) !== undefined,
      });
    }
    if (broken.length > 0 && stateful?.policy === 'fail') {
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
  port = (server.address() as AddressInfo).port;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${urlHost(options.host)}:${port}`,
    port,
    setUpstream: (url) => {
      upstream = new URL(url);
    },
    allowControlOrigin: (origin) => {
      controlOrigins.add(normaliseOrigin(origin, 'control origin'));
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
