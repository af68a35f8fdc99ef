// `parameters.ts`: one constant per parameter the operations take, with the constraints of its
// schema (bounds, default, enum, format, pattern): argument checks, CLI options, help texts and
// tests read these instead of copying them.
import { claimConstant, doc, literal } from './lib/print.mjs';
import { constCase, operationsOf, resolve } from './lib/spec-model.mjs';

const SCHEMA_FACTS = [
  'type',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'default',
];

/**
 * Every parameter of every operation, by name: `{ name, in, required, description, ...schema facts }`.
 * Two parameters of one name must be the same parameter.
 */
export function parametersModel(spec) {
  const byName = new Map();
  for (const op of operationsOf(spec)) {
    for (const parameter of op.parameters) {
      const schema = resolve(spec, parameter.schema ?? {});
      const model = {
        name: parameter.name,
        in: parameter.in,
        required: parameter.required === true,
        description: parameter.description,
      };
      for (const key of SCHEMA_FACTS) if (schema[key] !== undefined) model[key] = schema[key];
      // The same name in another place (`group_id` in the REST API's path and in the Upload
      // API's query) is another parameter: it is keyed `<in>:<name>` (constant QUERY_GROUP_ID).
      const first = byName.get(parameter.name);
      const key = first && first.in !== parameter.in ? `${parameter.in}:${parameter.name}` : parameter.name;
      const known = byName.get(key);
      if (known && JSON.stringify(known) !== JSON.stringify(model)) {
        throw new Error(`spec: two different parameters are named "${parameter.name}"; give them distinct names`);
      }
      byName.set(key, model);
    }
  }
  return byName;
}

/** @param {object} spec the bundled document */
export function emitParameters(spec) {
  const out = [];
  const constants = new Map();
  for (const [key, { description, ...model }] of parametersModel(spec)) {
    const constant = claimConstant(constants, constCase(key), key, 'parameters');
    const summary = description ? `: ${description.trim().split('\n').join(' ')}` : '';
    out.push(doc(`\`${model.name}\`, in ${model.in}${summary}`));
    out.push(`export const ${constant} = ${literal(model)} as const;`, '');
  }
  out.push(doc('Every parameter above, by its name in the spec.'));
  out.push(
    `export const PARAMETERS = {${[...constants].map(([constant, name]) => ` ${JSON.stringify(name)}: ${constant}`).join(',')}${constants.size ? ' ' : ''}} as const;`,
    '',
  );
  return out.join('\n');
}
