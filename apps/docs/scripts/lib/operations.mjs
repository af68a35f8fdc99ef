// The documented operations and one example request for each, read from the spec so the curl
// samples and the mock panel send exactly what the spec describes.

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Query parameters the examples send, the same ones the TypeScript samples use. Each is checked
 * against the operation's declared parameters so a spec change cannot leave a stale example.
 */
const EXAMPLE_QUERY = { listGroups: { limit: 10, ordering: '-datetime_created' } };

function resolveRef(spec, node) {
  if (!node || typeof node.$ref !== 'string') return node;
  const path = node.$ref.replace(/^#\//, '').split('/');
  return resolveRef(
    spec,
    path.reduce((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec),
  );
}

function checkQueryValue(operationId, param, value) {
  if (!param) throw new Error(`${operationId}: example query parameter is not declared in the spec`);
  const schema = param.schema ?? {};
  if (schema.enum && !schema.enum.includes(value)) {
    throw new Error(`${operationId}: example ${param.name}=${value} is not one of ${schema.enum.join(', ')}`);
  }
  if (typeof value === 'number' && (value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity))) {
    throw new Error(`${operationId}: example ${param.name}=${value} is out of the documented range`);
  }
}

/** The media type the success answer is documented under: it is the Accept value to send. */
function acceptFor(operationId, operation, spec) {
  for (const [code, response] of Object.entries(operation.responses ?? {})) {
    if (!code.startsWith('2')) continue;
    const content = resolveRef(spec, response).content;
    if (content) return Object.keys(content)[0];
  }
  // Answers without a body (204) take the current version.
  const current = Object.values(spec.paths)
    .flatMap((item) => METHODS.map((m) => item[m]).filter(Boolean))
    .flatMap((op) => Object.values(op.responses ?? {}).map((r) => resolveRef(spec, r).content ?? {}))
    .flatMap((content) => Object.keys(content))
    .find((type) => /vnd\.uploadcare-v0\.7\+json/.test(type));
  if (!current) throw new Error(`${operationId}: no documented vendor media type to send as Accept`);
  return current;
}

/**
 * @typedef {object} DocumentedOperation
 * @property {string} operationId
 * @property {string} method upper case
 * @property {string} path the templated path, e.g. `/groups/{group_id}/`
 * @property {string} uri the example request's path and query, exactly as sent
 * @property {string} accept the vendor media type to send
 * @property {boolean} deprecated
 * @property {string} summary
 * @property {string} tag
 */

/** @returns {DocumentedOperation[]} in spec order */
export function documentedOperations(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const { operationId } = operation;
      if (!operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(spec, p));
      const filledPath = path.replace(/\{([^}]+)\}/g, (_, name) => {
        const param = params.find((p) => p.in === 'path' && p.name === name);
        const example =
          param?.example ?? param?.schema?.examples?.[0] ?? resolveRef(spec, param?.schema)?.examples?.[0];
        if (example === undefined) throw new Error(`${operationId}: path parameter ${name} has no example`);
        return String(example);
      });
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(EXAMPLE_QUERY[operationId] ?? {})) {
        checkQueryValue(
          operationId,
          params.find((p) => p.in === 'query' && p.name === name),
          value,
        );
        query.set(name, String(value));
      }
      const search = query.toString();
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        uri: search ? `${filledPath}?${search}` : filledPath,
        accept: acceptFor(operationId, operation, spec),
        deprecated: operation.deprecated === true,
        summary: operation.summary ?? operationId,
        tag: operation.tags?.[0] ?? 'default',
      });
    }
  }
  return operations;
}

/** `listGroups` -> `list-groups`, the sample file's base name. */
export function kebabCase(operationId) {
  return operationId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Redoc 3's address of an operation, `#/<tag slug>/<operationid>` (the browser test checks it). */
export function operationAddress(op) {
  return `#/${op.tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${op.operationId.toLowerCase()}`;
}
