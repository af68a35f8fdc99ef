// Runs inside Prism's process (see prism-launcher.ts): its server answers only the mock's front.
// Prism listens on a loopback port of its own, which a web page could find by scanning and then
// send what the front refuses (a target Prism cannot decode makes it throw and exit). So every
// request must carry the run's guard token in FRONT_HEADER, which only the front knows and adds
// (it strips the header from what callers send); the header is taken off before Prism sees the
// request, and a target that cannot be decoded is refused here too.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { undecodableTarget } from './front/request-target.js';

/** The header the front adds to every request it forwards to Prism. */
export const FRONT_HEADER = 'x-uploadcare-mock-front';

/** Where the launcher finds the token (then removes it, so Prism never sees it). */
export const GUARD_ENV = 'UPLOADCARE_MOCK_PRISM_GUARD';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function refuse(res: ServerResponse, status: number, detail: string): void {
  const body = JSON.stringify({ detail });
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Puts the guard in front of the server's request handlers (call before it listens). */
export function guardPrismServer(server: Server, token: string): void {
  const handlers = server.listeners('request') as Handler[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers[FRONT_HEADER] !== token) {
      req.resume();
      return refuse(res, 403, "Prism answers only the mock's front: use the mock's URL.");
    }
    delete req.headers[FRONT_HEADER];
    const raw = req.rawHeaders;
    for (let i = raw.length - 2; i >= 0; i -= 2) {
      if ((raw[i] as string).toLowerCase() === FRONT_HEADER) raw.splice(i, 2);
    }
    const problem = undecodableTarget(req.url ?? '');
    if (problem !== undefined) {
      req.resume();
      return refuse(res, 400, `The request target cannot be served: ${problem}.`);
    }
    for (const handler of handlers) handler.call(server, req, res);
  });
}

/** A new guard token, one per started Prism. */
export function newGuardToken(): string {
  return randomBytes(24).toString('base64url');
}
