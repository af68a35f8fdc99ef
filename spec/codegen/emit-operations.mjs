// `operations.ts`: the operations of the spec (id, method, path, parameters, the `Accept` types
// each takes) and the documented answers of each (status -> media types of the body).
import { doc, literal } from './lib/print.mjs';
import {
  acceptedMediaTypes,
  operationsOf,
  publicKeyField,
  resolve,
  responsesOf,
  securityOf,
  serverOf,
} from './lib/spec-model.mjs';

/**
 * The form a documented `Retry-After` header takes, from its schema: `seconds` (an integer
 * schema, RFC 9110's delay-seconds), `http-date` (a string schema, RFC 9110's HTTP-date) or
 * `either` (a oneOf/anyOf of both). Generation fails on any other schema rather than guess.
 */
export function retryAfterForm(spec, header, where) {
  const resolved = resolve(spec, header);
  const schema = resolve(spec, resolved.schema ?? {});
  const formOf = (node) => {
    const type = resolve(spec, node).type;
    if (type === 'integer' || type === 'number') return 'seconds';
    if (type === 'string') return 'http-date';
    return undefined;
  };
  const alternatives = schema.oneOf ?? schema.anyOf;
  const forms = new Set(Array.isArray(alternatives) ? alternatives.map(formOf) : [formOf(schema)]);
  if (forms.has(undefined) || forms.size === 0) {
    throw new Error(
      `spec: the Retry-After header of ${where} has a schema that is neither seconds (integer) nor an HTTP-date (string)`,
    );
  }
  return forms.size === 2 ? 'either' : [...forms][0];
}

/** `{ [status]: form }` for each answer of the operation that documents a `Retry-After` header. */
function retryAfterOf(spec, op) {
  const found = {};
  for (const { status, response } of responsesOf(spec, op.operation)) {
    const name = Object.keys(response.headers ?? {}).find((header) => header.toLowerCase() === 'retry-after');
    if (name) found[status] = retryAfterForm(spec, response.headers[name], `${op.operationId} ${status}`);
  }
  return found;
}

/** What `OPERATIONS` holds for each operation, in document order. */
export function operationsModel(spec) {
  return operationsOf(spec).map((op) => ({
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    pathParameters: op.parameters.filter((p) => p.in === 'path').map((p) => p.name),
    query: op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
    accept: acceptedMediaTypes(spec, op),
    deprecated: op.operation.deprecated === true,
    retryAfter: retryAfterOf(spec, op),
    server: serverOf(spec, op.path, op.operation),
    security: securityOf(spec, op.operation),
    publicKeyField: publicKeyField(op.operation),
    requestBody: Object.keys(resolve(spec, op.operation.requestBody ?? {})?.content ?? {}),
    responses: Object.fromEntries(
      responsesOf(spec, op.operation).map(({ status, response }) => [status, Object.keys(response.content ?? {})]),
    ),
  }));
}

/** @param {object} spec the bundled document */
export function emitOperations(spec) {
  const model = operationsModel(spec);
  const operations = Object.fromEntries(model.map(({ operationId, responses, ...rest }) => [operationId, rest]));
  const responses = Object.fromEntries(model.map(({ operationId, responses }) => [operationId, responses]));
  return [
    doc(
      [
        'The operations of the spec, in document order: method, templated path, path and query',
        'parameter names (in the order the spec lists them), and the `Accept` media types each',
        'operation takes, newest API version first (send the first). `retryAfter`: the answers',
        'documented with a `Retry-After` header (status -> `seconds`, `http-date` or `either`).',
        "`server`: where it is sent (its own `servers`, else the document's); `security`: the schemes",
        'it takes (`[]`: no `Authorization`); `publicKeyField`: the form or query field carrying the',
        'public key of an operation authenticated by it alone (the Upload API); `requestBody`: the',
        'media types of its body.',
      ].join('\n'),
    ),
    `export const OPERATIONS = ${literal(operations)} as const;`,
    '',
    'export type OperationId = keyof typeof OPERATIONS;',
    '',
    doc('The operation ids, in document order.'),
    `export const OPERATION_IDS = ${literal(model.map((op) => op.operationId))} as const satisfies readonly OperationId[];`,
    '',
    doc('The documented answers of each operation: status -> media types of its body (`[]`: no body).'),
    `export const RESPONSES = ${literal(responses)} as const;`,
    '',
  ].join('\n');
}
