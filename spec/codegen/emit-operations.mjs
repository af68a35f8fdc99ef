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
        'operation takes, newest API version first (send the first); the server it is sent to (its',
        "own `servers`, else the document's); the security schemes it takes (`[]`: no",
        '`Authorization`), and `publicKeyField`, the form or query field that carries the public key',
        'of an operation authenticated by it alone (the Upload API); the media types of its body.',
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
