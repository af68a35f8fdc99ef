// Reading the bundled document: $ref resolution and the list of operations with their
// parameters merged from the path item. Every emitter and the docs scripts go through here,
// so "what the spec says" is derived in one place.

/** The HTTP methods an OpenAPI path item may hold, in the order the document lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Follows local `$ref`s (`#/components/...`) until a node that is not a reference. */
export function resolve(spec, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`spec: circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    if (!current.$ref.startsWith('#/')) throw new Error(`spec: only local $refs are supported, got ${current.$ref}`);
    const path = current.$ref
      .slice(2)
      .split('/')
      .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = path.reduce((at, key) => at?.[key], spec);
    if (current === undefined) throw new Error(`spec: $ref ${[...seen].at(-1)} points at nothing`);
  }
  return current;
}

/** The name a `$ref` points at (`#/components/schemas/Group` -> `Group`), or undefined. */
export function refName(node) {
  return typeof node?.$ref === 'string' ? node.$ref.split('/').at(-1) : undefined;
}

/**
 * Every operation of the document, in document order.
 * @returns {{ operationId: string, method: string, path: string, operation: object, parameters: object[] }[]}
 *   `method` upper case; `parameters` resolved, path-level ones first, an operation's own
 *   parameter replacing a path-level one of the same name and location.
 */
export function operationsOf(spec) {
  const operations = [];
  const ids = new Set();
  for (const [path, rawItem] of Object.entries(spec.paths ?? {})) {
    const item = resolve(spec, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const { operationId } = operation;
      if (typeof operationId !== 'string' || operationId === '') {
        throw new Error(`spec: ${method.toUpperCase()} ${path} has no operationId`);
      }
      if (ids.has(operationId)) throw new Error(`spec: operationId ${operationId} is used twice`);
      ids.add(operationId);
      const byKey = new Map();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolve(spec, raw);
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      operations.push({ operationId, method: method.toUpperCase(), path, operation, parameters: [...byKey.values()] });
    }
  }
  return operations;
}

/** The version in a vendor media type (`application/vnd.uploadcare-v0.7+json` -> `0.7`), or undefined. */
export function vendorVersion(mediaType) {
  return /^application\/vnd\.[a-z0-9-]+-v(\d+(?:\.\d+)*)\+json$/i.exec(mediaType)?.[1];
}

/** Compares dotted versions, newest first. */
function newestFirst(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pb[i] ?? 0) - (pa[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Sorts vendor media types newest version first (others keep their order, last). */
export function sortMediaTypes(types) {
  return [...types].sort((a, b) => {
    const va = vendorVersion(a);
    const vb = vendorVersion(b);
    if (va && vb) return newestFirst(va, vb);
    return va ? -1 : vb ? 1 : 0;
  });
}

/** The responses of an operation, resolved: `[{ status, response }]` with numeric statuses, in document order. */
export function responsesOf(spec, operation) {
  return Object.entries(operation.responses ?? {}).map(([code, raw]) => {
    const status = Number(code);
    if (!Number.isInteger(status)) {
      throw new Error(`spec: response "${code}" of ${operation.operationId}: only explicit status codes are supported`);
    }
    return { status, response: resolve(spec, raw) };
  });
}

/**
 * The `Accept` media types an operation takes, newest version first: the vendor media types of
 * its success answer's content, or, for a success answer without a body (204), the operation's
 * `x-uploadcare-accept` list. Generation fails when neither says, rather than guess.
 */
export function acceptedMediaTypes(spec, op) {
  const success = responsesOf(spec, op.operation).find(({ status }) => status >= 200 && status < 300);
  if (!success) throw new Error(`spec: ${op.operationId} documents no 2xx answer`);
  const declared = op.operation['x-uploadcare-accept'];
  const fromContent = Object.keys(success.response.content ?? {}).filter((type) => vendorVersion(type));
  if (fromContent.length > 0 && declared !== undefined) {
    throw new Error(
      `spec: ${op.operationId} has both a ${success.status} body and x-uploadcare-accept: the body's media types say it once`,
    );
  }
  // An operation of the unversioned Upload API (it takes the public key in a field, no
  // Authorization) answers plain JSON: that is what it accepts.
  if (fromContent.length === 0 && declared === undefined && publicKeyField(op.operation) !== null) {
    const plain = Object.keys(success.response.content ?? {});
    if (plain.length > 0) return plain;
  }
  const types = fromContent.length > 0 ? fromContent : declared;
  if (!Array.isArray(types) || types.length === 0 || !types.every((type) => vendorVersion(type))) {
    throw new Error(
      `spec: ${op.operationId} names no API version: give its ${success.status} answer a vendor media type, ` +
        'or (for an answer without a body) list them in x-uploadcare-accept',
    );
  }
  return sortMediaTypes(types);
}

/**
 * The field that carries the project's public key of an operation authenticated by it alone
 * (`x-uploadcare-public-key`: the Upload API's `pub_key`), or null for the REST API's
 * `Authorization` schemes. Such an operation must say `security: []`.
 */
export function publicKeyField(operation) {
  const field = operation['x-uploadcare-public-key'];
  if (field === undefined) return null;
  if (typeof field !== 'string' || field === '') {
    throw new Error(`spec: ${operation.operationId}: x-uploadcare-public-key must name the field of the public key`);
  }
  if (!Array.isArray(operation.security) || operation.security.length !== 0) {
    throw new Error(`spec: ${operation.operationId}: x-uploadcare-public-key needs security: [] (no Authorization)`);
  }
  return field;
}

/** The security schemes an operation takes (its own `security`, else the document's), by name. */
export function securityOf(spec, operation) {
  const requirements = operation.security ?? spec.security ?? [];
  return [...new Set(requirements.flatMap((requirement) => Object.keys(requirement)))];
}

/** The server an operation is sent to: its own `servers`, its path's, else the document's (the first); '' when none. */
export function serverOf(spec, path, operation) {
  const item = resolve(spec, spec.paths?.[path] ?? {});
  const url = (operation.servers ?? item.servers ?? spec.servers)?.[0]?.url;
  // No server at all: OpenAPI's default, `/` (the caller's own root).
  return (typeof url === 'string' ? url : '').replace(/\/+$/, '');
}

/** `group_id` -> `GROUP_ID`, `GroupId` -> `GROUP_ID`, `per-page` -> `PER_PAGE`. */
export function constCase(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}
