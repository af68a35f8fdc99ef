// The control routes, served by the front under CONTROL_PREFIX (Prism and the service never see
// them): the same controls as the in-process object, for the CLI and for tests in other
// processes. Bodies and answers are JSON; a bad body is a 400 naming the problem.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, sendNoContent } from '../fake/http/respond.js';
import type { MockConfig } from './types.js';
import { CONTROL_PREFIX, CONTROL_ROUTES, type MockControl } from './types.js';

/** Groups as JSON can be large (a test may set thousands); more than this is refused. */
const MAX_CONTROL_BODY = 256 * 1024 * 1024;

export interface ControlTarget extends MockControl {
  config(): Promise<MockConfig>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (body === undefined) sendNoContent(res, status, headers);
  else sendJson(res, status, body, 'application/json', headers);
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CONTROL_BODY) throw new TypeError(`body larger than ${MAX_CONTROL_BODY} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError(`body is not JSON (${(error as Error).message})`);
  }
}

/** Whether a path belongs to the control routes. */
export function isControlPath(url: string): boolean {
  return url.startsWith(CONTROL_PREFIX) || url === CONTROL_PREFIX.slice(0, -1);
}

export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  target: ControlTarget,
  headers: Record<string, string>,
): Promise<void> {
  const path = (req.url ?? '').split('?')[0]?.slice(CONTROL_PREFIX.length).replace(/\/$/, '') ?? '';
  const method = req.method ?? 'GET';
  const is = (name: keyof typeof CONTROL_ROUTES) =>
    CONTROL_ROUTES[name].method === method && CONTROL_ROUTES[name].path === path;
  try {
    if (path === '' && method === 'GET') {
      const routes = Object.values(CONTROL_ROUTES).map((r) => `${r.method} ${CONTROL_PREFIX}${r.path}`);
      return send(res, 200, { routes }, headers);
    }
    if (is('reset')) {
      await target.reset();
      return send(res, 204, undefined, headers);
    }
    if (is('groups')) return send(res, 200, await target.groups(), headers);
    if (is('setGroups')) {
      await target.setGroups((await jsonBody(req)) as never);
      return send(res, 204, undefined, headers);
    }
    if (is('addFiles')) {
      await target.addFiles((await jsonBody(req)) as never);
      return send(res, 204, undefined, headers);
    }
    if (is('config')) return send(res, 200, await target.config(), headers);
    if (is('configure')) return send(res, 200, await target.configure((await jsonBody(req)) as never), headers);
    if (is('stats')) return send(res, 200, await target.stats(), headers);
    const known = Object.values(CONTROL_ROUTES).map((r) => `${r.method} ${CONTROL_PREFIX}${r.path}`);
    return send(res, 404, { detail: `No control route ${method} ${req.url}. Known: ${known.join(', ')}.` }, headers);
  } catch (error) {
    if (error instanceof TypeError) return send(res, 400, { detail: error.message }, headers);
    return send(res, 500, { detail: `The control route failed: ${(error as Error).message}` }, headers);
  }
}
