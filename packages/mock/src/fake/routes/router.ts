// Method + path -> operation, built from the spec's operations (templated paths such as
// `/groups/{group_id}/`), so a new operation in the spec is routed without an edit here; it
// only needs its handler (the coverage test fails until it has one).
import { OPERATION_IDS, OPERATIONS, type OperationId } from '../../generated/operations.js';

export type RouteMatch =
  | { kind: 'operation'; operationId: OperationId; pathParams: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

interface CompiledRoute {
  operationId: OperationId;
  method: string;
  pattern: RegExp;
  names: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/groups/{group_id}/` -> /^\/groups\/([^/]*)\/$/ with the parameter names in order. */
export function compilePath(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      names.push(name);
      return '([^/]*)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
}

const ROUTES: CompiledRoute[] = OPERATION_IDS.map((operationId) => {
  const { method, path } = OPERATIONS[operationId];
  return { operationId, method, ...compilePath(path) };
});

/**
 * The operation for a method and a raw path (percent-encoded as sent; path parameters are
 * decoded, and one that cannot be decoded is passed on as sent, for the handler to refuse).
 */
export function route(method: string, rawPath: string): RouteMatch {
  const allowed: string[] = [];
  for (const candidate of ROUTES) {
    const match = candidate.pattern.exec(rawPath);
    if (!match) continue;
    if (candidate.method !== method) {
      allowed.push(candidate.method);
      continue;
    }
    const pathParams: Record<string, string> = {};
    candidate.names.forEach((name, i) => {
      pathParams[name] = decode(match[i + 1] ?? '');
    });
    return { kind: 'operation', operationId: candidate.operationId, pathParams };
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
