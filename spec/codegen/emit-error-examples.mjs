// `error-examples.ts`: the spec's error examples (`{ detail }` bodies, and the Upload API's
// `{ error: { content } }` ones, whose text is given as `detail`) with the status each is
// documented under, so a fake service answers with the documented words.
import { doc, literal } from './lib/print.mjs';
import { operationsOf, refName, resolve, responsesOf } from './lib/spec-model.mjs';

/** `{ [exampleName]: { status, detail } }` for every example documented under an error status. */
export function errorExamplesModel(spec) {
  const found = {};
  for (const op of operationsOf(spec)) {
    for (const { status, response } of responsesOf(spec, op.operation)) {
      if (status < 400) continue;
      for (const media of Object.values(response.content ?? {})) {
        for (const [key, raw] of Object.entries(media.examples ?? {})) {
          const name = refName(raw) ?? key;
          const value = resolve(spec, raw)?.value;
          // The REST API's `{ detail }`, or the Upload API's `{ error: { content } }`.
          const detail = value?.detail ?? value?.error?.content;
          if (typeof detail !== 'string') continue;
          const known = found[name];
          if (known && known.status !== status) {
            throw new Error(`spec: example ${name} is documented under both ${known.status} and ${status}`);
          }
          // Inline examples of different answers may share a key; one name must keep one text.
          if (known && known.detail !== detail) {
            throw new Error(
              `spec: example ${name} has two different details: ${JSON.stringify(known.detail)} and ${JSON.stringify(detail)}`,
            );
          }
          found[name] = { status, detail };
        }
      }
    }
  }
  return found;
}

/** @param {object} spec the bundled document */
export function emitErrorExamples(spec) {
  return [
    doc('The `detail` of each documented error example, with the status it is documented under.'),
    `export const ERROR_EXAMPLES = ${literal(errorExamplesModel(spec))} as const;`,
    '',
  ].join('\n');
}
