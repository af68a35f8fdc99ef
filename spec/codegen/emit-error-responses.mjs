// `error-responses.ts`: each reusable error answer of the spec (`components.responses`, used by
// the operations under a 4xx/5xx status) with that status and the headers it requires, so a
// fake service picks "the status of BadRequest" instead of writing the number down.
import { doc, literal } from './lib/print.mjs';
import { operationsOf, refName, resolve } from './lib/spec-model.mjs';

/** `{ [responseName]: { status, headers } }` for every named response documented under an error status. */
export function errorResponsesModel(spec) {
  const found = {};
  for (const op of operationsOf(spec)) {
    for (const [code, raw] of Object.entries(op.operation.responses ?? {})) {
      const status = Number(code);
      const name = refName(raw);
      if (!Number.isInteger(status) || status < 400 || name === undefined) continue;
      const known = found[name];
      if (known && known.status !== status) {
        throw new Error(`spec: response ${name} is documented under both ${known.status} and ${status}`);
      }
      const response = resolve(spec, raw);
      const headers = Object.entries(response.headers ?? {})
        .filter(([, header]) => resolve(spec, header).required === true)
        .map(([header]) => header);
      found[name] = { status, headers };
    }
  }
  return found;
}

/** @param {object} spec the bundled document */
export function emitErrorResponses(spec) {
  return [
    doc('The named error answers of the spec: the status each is documented under and the headers it requires.'),
    `export const ERROR_RESPONSES = ${literal(errorResponsesModel(spec))} as const;`,
    '',
    'export type ErrorResponseName = keyof typeof ERROR_RESPONSES;',
    '',
  ].join('\n');
}
