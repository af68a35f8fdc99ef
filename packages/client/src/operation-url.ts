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
  query: Record<string, string | number | readonly string[]> = {},
): string {
  const operation = OPERATIONS[operationId];
  let url = root + operation.path;
  for (const name of operation.pathParameters) url = url.replace(`{${name}}`, encodeURIComponent(path[name] ?? ''));
  let separator = '?';
  for (const name in query) {
    // An array (form style, exploded, as openapi-fetch sends it): one `name=value` per item.
    const values = query[name];
    for (const value of Array.isArray(values) ? values : [values]) {
      url += `${separator}${name}=${encodeURIComponent(value as string | number)}`;
      separator = '&';
    }
  }
  return url;
}
