// `shapes.ts`: the outline of every 2xx JSON body (types, required fields, nested properties
// and items), which the client checks each answer against before handing it over. It is data,
// not code: a compact table read by one small interpreter in the client, so a spec edit changes
// what is checked with no hand edit and the client's bundle grows by the table alone.
//
// A node is a string of type letters, or an object `{ t, r, p, i, a }`: `t` the letters, `r`
// the required property names, `p` the properties' nodes, `i` the items' node, `a` more nodes
// the value must also match when it is of their types (allOf members, and the one structured
// member of a oneOf). Letters: s string, i integer, n number, b boolean, o object, a array,
// z null; '' allows any type. Read: type, required, properties, items, allOf, oneOf/anyOf (as a
// union), enum/const (their types), nullable, $ref. Nothing forbids properties the spec does not
// name: real answers carry more.
import { doc, literal } from './lib/print.mjs';
import { acceptedMediaTypes, operationsOf, refName, resolve, responsesOf } from './lib/spec-model.mjs';

const LETTERS = { string: 's', integer: 'i', number: 'n', boolean: 'b', object: 'o', array: 'a', null: 'z' };
const ANY = '';

function letterOfValue(value) {
  if (value === null) return 'z';
  if (Array.isArray(value)) return 'a';
  if (typeof value === 'number') return Number.isInteger(value) ? 'i' : 'n';
  return LETTERS[typeof value] ?? ANY;
}

const unique = (letters) => [...new Set(letters)].join('');

/** Letters allowed by both; an integer is a number. */
function intersect(a, b) {
  if (a === ANY) return b;
  if (b === ANY) return a;
  const out = [];
  for (const letter of a) {
    if (b.includes(letter)) out.push(letter);
    else if ((letter === 'i' && b.includes('n')) || (letter === 'n' && b.includes('i'))) out.push('i');
  }
  return unique(out);
}

const structured = (node) => ['r', 'p', 'i', 'a'].some((key) => node[key] !== undefined);

/**
 * The outlines of the 2xx JSON bodies.
 * @returns {{ named: Map<string, object>, responses: Map<string, object> }} named component
 *   outlines in dependency order, and each operation's body outline
 */
export function shapesModel(spec) {
  const named = new Map();
  const visiting = new Set();

  function ofRef(node, where) {
    if (!node.$ref.startsWith('#/components/schemas/')) return shapeOf(resolve(spec, node), where);
    const name = refName(node);
    if (named.has(name)) return named.get(name);
    if (visiting.has(name)) throw new Error(`spec: schema ${name} is recursive; answer checks do not support that`);
    visiting.add(name);
    const shape = shapeOf(resolve(spec, node), name);
    visiting.delete(name);
    // Only outlines with structure are worth a name; a bare type is inlined where used.
    if (structured(shape)) named.set(name, shape);
    return shape;
  }

  function ownTypes(schema) {
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const letters = unique(types.map((type) => LETTERS[type] ?? ''));
      return schema.nullable === true ? unique(`${letters}z`) : letters;
    }
    if (schema.const !== undefined) return letterOfValue(schema.const);
    if (Array.isArray(schema.enum)) return unique(schema.enum.map(letterOfValue));
    if (schema.properties || schema.required) return 'o';
    if (schema.items) return 'a';
    return ANY;
  }

  function shapeOf(schema, where) {
    if (schema === true || schema === undefined) return { t: ANY };
    if (schema === false) throw new Error(`spec: ${where}: a schema of false allows nothing`);
    if (typeof schema.$ref === 'string') return ofRef(schema, where);
    const node = { t: ownTypes(schema) };
    if (schema.required?.length) node.r = [...schema.required];
    if (schema.properties) {
      node.p = Object.fromEntries(
        Object.entries(schema.properties).map(([name, value]) => [name, shapeOf(value, `${where}.${name}`)]),
      );
    }
    if (schema.items && typeof schema.items === 'object') node.i = shapeOf(schema.items, `${where}[]`);
    const members = [];
    // allOf: every member applies. Its types narrow this node's; its structure is checked too.
    for (const member of schema.allOf ?? []) {
      const shape = shapeOf(member, where);
      const narrowed = intersect(node.t, shape.t);
      if (narrowed === ANY && node.t !== ANY && shape.t !== ANY) {
        throw new Error(`spec: ${where}: allOf members allow no common type`);
      }
      node.t = narrowed;
      if (structured(shape)) members.push(shape);
    }
    // oneOf/anyOf: any member applies. The types are their union; a member's structure is
    // checked when it alone has some (the usual `oneOf: [$ref, {type: 'null'}]`), for values
    // of that member's types only.
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (alternatives) {
      const shapes = alternatives.map((member) => shapeOf(member, where));
      const union = shapes.some((s) => s.t === ANY) ? ANY : unique(shapes.map((s) => s.t).join(''));
      const narrowed = intersect(node.t, union);
      // As for allOf: no type in common is a contradiction, not "any type" (which '' means).
      if (narrowed === ANY && node.t !== ANY && union !== ANY) {
        throw new Error(`spec: ${where}: oneOf/anyOf members allow none of its types`);
      }
      node.t = narrowed;
      const withStructure = shapes.filter(structured);
      if (withStructure.length === 1) members.push(withStructure[0]);
    }
    if (members.length > 0) node.a = members;
    return node;
  }

  const responses = new Map();
  for (const op of operationsOf(spec)) {
    const success = responsesOf(spec, op.operation).find(({ status }) => status >= 200 && status < 300);
    const content = success?.response.content;
    if (!content) continue;
    const media = content[acceptedMediaTypes(spec, op)[0]] ?? Object.values(content)[0];
    if (media?.schema === undefined) continue;
    responses.set(op.operationId, shapeOf(media.schema, `${op.operationId} ${success.status} body`));
  }
  return { named, responses };
}

/** @param {object} spec the bundled document */
export function emitShapes(spec) {
  const { named, responses } = shapesModel(spec);
  const names = new Map([...named].map(([name, node]) => [node, `shape${name.replace(/[^A-Za-z0-9_$]/g, '_')}`]));
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

  const print = (node, indent, self) => {
    if (node !== self && names.has(node)) return names.get(node);
    if (!structured(node)) return JSON.stringify(node.t);
    const inner = `${indent}  `;
    const lines = [`t: ${JSON.stringify(node.t)}`];
    if (node.r) lines.push(`r: ${literal(node.r, inner)}`);
    if (node.p) {
      const props = Object.entries(node.p).map(
        ([name, value]) => `${inner}  ${key(name)}: ${print(value, `${inner}  `)}`,
      );
      lines.push(`p: {\n${props.join(',\n')},\n${inner}}`);
    }
    if (node.i) lines.push(`i: ${print(node.i, inner)}`);
    if (node.a) lines.push(`a: [${node.a.map((member) => print(member, inner)).join(', ')}]`);
    return `{\n${lines.map((line) => `${inner}${line}`).join(',\n')},\n${indent}}`;
  };

  const out = [
    doc(
      [
        'The outline of a JSON value: a string of type letters (s string, i integer, n number,',
        "b boolean, o object, a array, z null; '' any), or `t` those letters with `r` the required",
        'property names, `p` the properties, `i` the items, and `a` more outlines the value must',
        'also match when it is of their types.',
      ].join('\n'),
    ),
    'export type Shape =',
    '  | string',
    '  | {',
    '      readonly t: string;',
    '      readonly r?: readonly string[];',
    '      readonly p?: { readonly [name: string]: Shape };',
    '      readonly i?: Shape;',
    '      readonly a?: readonly Shape[];',
    '    };',
    '',
  ];
  for (const [name, node] of named) {
    out.push(doc(`\`components.schemas.${name}\``), `const ${names.get(node)}: Shape = ${print(node, '', node)};`, '');
  }
  out.push(doc("The outline of each operation's 2xx JSON body, by operationId."));
  out.push('export const RESPONSE_SHAPES: { readonly [operationId: string]: Shape | undefined } = {');
  for (const [operationId, node] of responses) out.push(`  ${operationId}: ${print(node, '  ')},`);
  out.push('};', '');
  return out.join('\n');
}
