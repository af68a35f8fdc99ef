/**
 * The URL of one operation, built from the generated operation table: the spec's path with its
 * path parameters filled in, and the query in the order given (the list's query is built in
 * the order the spec lists the parameters), each value percent-encoded as openapi-fetch's
 * default serializer does (so the raw client sends the same address for the same parameters).
 */
import { OPERATIONS, type OperationId } from './generated/operations.js';

/**
 * @example
 * ```ts
 * operationUrl('https://api.uploadcare.com', 'listGroups', {}, { limit: 10 });
 * // 'https://api.uploadcare.com/groups/?limit=10'
 * ```
 */
export function operationUrl(
  root: string,
  operationId: OperationId,
  path: Record<string, string>,
  query: Record<string, string | number> = {},
): string {
  const url =
    root + OPERATIONS[operationId].path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(path[name] ?? ''));
  const search = Object.entries(query).map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return search.length ? `${url}?${search.join('&')}` : url;
}
