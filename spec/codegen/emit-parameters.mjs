// `parameters.ts`: one constant per parameter the operations take, with the constraints of its
// schema (bounds, default, enum, format, pattern) and its description: argument checks, CLI
// options, help texts and tests read these instead of copying them.
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
  'minItems',
  'maxItems',
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
      // An array's items, with the same facts (a list of scalars: `?ids=a&ids=b`), and how the
      // parameter is serialized when it says (`explode: false`: `?ids=a,b`).
      if (schema.items !== undefined) {
        const items = resolve(spec, schema.items);
        model.items = Object.fromEntries(
          SCHEMA_FACTS.filter((key) => items[key] !== undefined).map((key) => [key, items[key]]),
        );
      }
      if (parameter.explode !== undefined) model.explode = parameter.explode;
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
    const text = description?.trim().split(/\s+/).join(' ');
    out.push(doc(`\`${model.name}\`, in ${model.in}${text ? `: ${text}` : ''}`));
    // The description travels too: help texts and docs quote it rather than copy it.
    out.push(`export const ${constant} = ${literal(text ? { ...model, description: text } : model)} as const;`, '');
  }
  out.push(doc('Every parameter above, by its name in the spec.'));
  out.push(
    `export const PARAMETERS = {${[...constants].map(([constant, name]) => ` ${JSON.stringify(name)}: ${constant}`).join(',')}${constants.size ? ' ' : ''}} as const;`,
    '',
  );
  return out.join('\n');
}
