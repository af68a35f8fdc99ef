/**
 * The URL of one operation, built from the generated operation table: the spec's path with its
 * path parameters filled in, and the query in the order the spec lists the parameters, each
 * value percent-encoded as openapi-fetch's default serializer does (so the raw client sends the
 * same address for the same parameters).
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
  const operation = OPERATIONS[operationId];
  let url = root + operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? ''));
  let separator = '?';
  for (const name of operation.query) {
    const value = query[name];
    if (value === undefined) continue;
    url += `${separator}${name}=${encodeURIComponent(value)}`;
    separator = '&';
  }
  return url;
}
