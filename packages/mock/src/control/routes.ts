// The control routes, served by the front under CONTROL_PREFIX (Prism and the service never see
// them): the same controls as the in-process object, for the CLI and for tests in other
// processes. Bodies and answers are JSON; a bad body is a 400 naming the problem.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, sendNoContent } from '../fake/http/respond.js';
import type { MockConfig } from './types.js';
import { CONTROL_PREFIX, CONTROL_ROUTES, type MockControl } from './types.js';

/**
 * The largest control body read (a few thousand groups with their files fit); more is refused
 * with 413 before it is parsed. Larger data goes in through `groups` / `--data` at start.
 */
export const MAX_CONTROL_BODY = 8 * 1024 * 1024;

export interface ControlTarget extends MockControl {
  config(): Promise<MockConfig>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (body === undefined) sendNoContent(res, status, headers);
  else sendJson(res, status, body, 'application/json', headers);
}

function json(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
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
  body: Buffer,
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
      await target.setGroups(json(body) as never);
      return send(res, 204, undefined, headers);
    }
    if (is('addFiles')) {
      await target.addFiles(json(body) as never);
      return send(res, 204, undefined, headers);
    }
    if (is('config')) return send(res, 200, await target.config(), headers);
    if (is('configure')) return send(res, 200, await target.configure(json(body) as never), headers);
    if (is('stats')) return send(res, 200, await target.stats(), headers);
    const known = Object.values(CONTROL_ROUTES).map((r) => `${r.method} ${CONTROL_PREFIX}${r.path}`);
    return send(res, 404, { detail: `No control route ${method} ${req.url}. Known: ${known.join(', ')}.` }, headers);
  } catch (error) {
    if (error instanceof TypeError) return send(res, 400, { detail: error.message }, headers);
    return send(res, 500, { detail: `The control route failed: ${(error as Error).message}` }, headers);
  }
}
