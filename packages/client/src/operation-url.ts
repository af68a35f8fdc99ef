/**
 * The URL of one operation, built by openapi-fetch's own serializers (the code `groups.raw`
 * uses too), so the documented methods and `raw` send the same address for the same
 * parameters, with the parameter types taken from the generated `paths`.
 */
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';

/** The `query` and `path` parameters of `method` on `path`, as the spec defines them. */
export type OperationParams<P extends keyof paths, M extends 'get' | 'put' | 'delete'> = paths[P][M] extends {
  parameters: { query?: infer Query; path?: infer Path };
}
  ? { query?: Query; path?: Path }
  : never;

const querySerializer = createQuerySerializer();

/**
 * @example
 * ```ts
 * operationUrl('https://api.uploadcare.com', '/groups/', 'get', { query: { limit: 10 } });
 * // 'https://api.uploadcare.com/groups/?limit=10'
 * ```
 */
export function operationUrl<P extends keyof paths, M extends 'get' | 'put' | 'delete'>(
  baseUrl: string,
  path: P,
  _method: M,
  params: OperationParams<P, M>,
): string {
  return createFinalURL(path, {
    baseUrl,
    params: params as { query?: Record<string, unknown>; path?: Record<string, unknown> },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}
