// Who may use the control routes. They reset the groups and inject faults, so a web page the
// developer happens to visit must not reach them: not cross-origin (CSRF), and not through a
// name of the attacker's that resolves to 127.0.0.1 (DNS rebinding, which makes the page
// same-origin with the mock but leaves the attacker's name in `Host`). So a control request must
// - name the mock by a loopback name or address and its port in `Host`;
// - come from no page (no `Origin`), from the mock's own origin, or from an origin the user
//   allowed (`controlOrigins`, `--control-origin`);
// - carry the per-run control token (`Authorization: Bearer <token>`) when it changes state.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** What the guard needs to know: the port listened on, the allowed origins, the token. */
export interface ControlGuard {
  port: number;
  origins: ReadonlySet<string>;
  token: string;
}

export interface Refusal {
  status: number;
  detail: string;
}

/** The origins the mock itself is reached at (a page it served, were it to serve one). */
function ownOrigins(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `http://${name}:${port}`);
}

/** Why `req` is refused before any control route runs (host and origin), or undefined. */
export function refuseControlCaller(req: IncomingMessage, guard: ControlGuard): Refusal | undefined {
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !LOOPBACK_NAMES.some((name) => host === `${name}:${guard.port}`)) {
    return {
      status: 403,
      detail: `The control routes answer only requests addressed to a loopback name with the mock's port (Host: 127.0.0.1:${guard.port}, localhost:${guard.port} or [::1]:${guard.port}), not ${JSON.stringify(req.headers.host ?? '')}.`,
    };
  }
  return refuseOrigin(req, guard);
}

/** Why the request's `Origin` may not use the control routes, or undefined when it may (or has none). */
export function refuseOrigin(req: IncomingMessage, guard: ControlGuard): Refusal | undefined {
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  if (ownOrigins(guard.port).includes(origin) || guard.origins.has(origin)) return undefined;
  return {
    status: 403,
    detail: `The control routes do not answer pages on ${origin}. Allow an origin with the controlOrigins option (--control-origin, UPLOADCARE_MOCK_CONTROL_ORIGINS).`,
  };
}

/** Why a state-changing control request is refused for its token, or undefined when it carries the right one. */
export function refuseToken(req: IncomingMessage, guard: ControlGuard): Refusal | undefined {
  const sent = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (sent !== undefined && sameText(sent, guard.token)) return undefined;
  return {
    status: 401,
    detail:
      "Changing the mock's state needs its control token: send Authorization: Bearer <token> (the token is printed by the CLI, is controlToken of the startMock() result, and is read by mockControl() from UPLOADCARE_MOCK_CONTROL_TOKEN).",
  };
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * An allowed control origin as given by the user, normalised (`http://host:port`, no path), or a
 * TypeError naming the problem.
 */
export function normaliseOrigin(given: unknown, label: string): string {
  let url: URL | undefined;
  try {
    url = typeof given === 'string' ? new URL(given) : undefined;
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username !== '' ||
    url.password !== '' ||
    !/^\/?$/.test(url.pathname) ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new TypeError(
      `Invalid ${label} ${JSON.stringify(given)}: expected an http(s) origin such as http://localhost:5173.`,
    );
  }
  return url.origin;
}
