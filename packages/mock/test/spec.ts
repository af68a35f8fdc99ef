// The bundled document and the spec package's independent JSON Schema 2020-12 validator.
import { deref, type Json, spec } from '@uploadcare-groups/spec/validator';

export { createValidator, deref, type Json, schemaRef, spec } from '@uploadcare-groups/spec/validator';

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  /** The path with the documented example for each path parameter. */
  examplePath: string;
  /** The required query parameters with their documented examples (the Upload API's `pub_key`, `group_id`), or ''. */
  exampleQuery: string;
  /** The documented example form of an operation with a body (its first media type), urlencoded. */
  exampleBody?: { contentType: string; body: string };
  /** Status code → response object (refs followed). */
  responses: Record<string, Json>;
}

/** Every operation of the document, read from it rather than listed by hand. */
export function operations(): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
      const examplePath = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const param = params.find((p: Json) => p.in === 'path' && p.name === name);
        return encodeURI(String(param?.example));
      });
      const query = params
        .filter((p: Json) => p.in === 'query' && p.required)
        .map((p: Json) => `${p.name}=${encodeURIComponent(String(p.example))}`);
      const responses = Object.fromEntries(Object.entries<Json>(op.responses).map(([code, r]) => [code, deref(r)]));
      const form = Object.entries<Json>(op.requestBody?.content ?? {}).find(
        ([type]) => type === 'application/x-www-form-urlencoded',
      );
      out.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        examplePath,
        exampleQuery: query.length > 0 ? `?${query.join('&')}` : '',
        responses,
        ...(form && {
          exampleBody: { contentType: form[0], body: new URLSearchParams(form[1].example).toString() },
        }),
      });
    }
  }
  return out;
}
