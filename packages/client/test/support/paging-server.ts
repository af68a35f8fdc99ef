/**
 * A local HTTP server that pages groups the way the real service does: `from` is a creation
 * time, `offset` skips the groups sharing it that earlier pages already gave, and `next` is
 * an absolute link on the *real* service's origin. Many groups share each timestamp, so a
 * client that drops `offset` repeats groups and one that follows the link's host leaves.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PagedGroup {
  id: string;
  datetime_created: string;
  files_count: number;
  cdn_url: string;
  url: string;
}

export function makeGroups(count: number, sharedPerTimestamp: number): PagedGroup[] {
  return Array.from({ length: count }, (_, i) => {
    const uuid = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    const id = `${uuid}~1`;
    const second = Math.floor(i / sharedPerTimestamp);
    const created = new Date(Date.UTC(2024, 0, 1, 0, 0, second, 0)).toISOString().replace('.000Z', '.123456Z');
    return {
      id,
      datetime_created: created,
      files_count: 1,
      cdn_url: `https://ucarecdn.com/${id}/`,
      url: `https://api.uploadcare.com/groups/${id}/`,
    };
  });
}

export interface PagingServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

function page(groups: PagedGroup[], request: IncomingMessage): unknown {
  const query = new URL(request.url ?? '/', 'http://x').searchParams;
  const limit = Number(query.get('limit') ?? 100);
  const from = query.get('from');
  const offset = Number(query.get('offset') ?? 0);
  const startTime = from ? Date.parse(from) : Number.NEGATIVE_INFINITY;
  const eligible = groups.filter((g) => Date.parse(g.datetime_created) >= startTime);
  const results = eligible.slice(offset, offset + limit);
  const last = results.at(-1);
  let next: string | null = null;
  if (last && eligible.length > offset + limit) {
    const lastTime = last.datetime_created;
    const index = eligible.indexOf(last);
    const sameBefore = eligible.slice(0, index + 1).filter((g) => g.datetime_created === lastTime).length;
    const nextQuery = new URLSearchParams({
      limit: String(limit),
      from: lastTime.replace('Z', '+00:00'),
      offset: String(sameBefore),
    });
    next = `https://api.uploadcare.com/groups/?${nextQuery}`;
  }
  return { next, previous: null, total: groups.length, per_page: limit, results };
}

export async function startPagingServer(groups: PagedGroup[], prefix = ''): Promise<PagingServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path !== `${prefix}/groups/` || !request.headers.authorization || !request.headers['x-uploadcare-date']) {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"detail":"unexpected request"}');
      return;
    }
    response
      .writeHead(200, { 'content-type': 'application/vnd.uploadcare-v0.7+json' })
      .end(JSON.stringify(page(groups, request)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
