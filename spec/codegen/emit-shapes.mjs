// `shapes.ts`: the outline of every 2xx JSON body, which the client checks each answer against
// before handing it over. It is data, not code: a compact table the client compiles once per
// outline into a tree of closures, so a spec edit changes what is checked with no hand edit and
// the client's bundle grows by the table alone.
//
// A node is a string of type letters, or an object: `t` the letters (s string, i integer,
// n number, b boolean, o object, a array, z null; '' any type), `r` the required property
// names, `p` the properties' nodes, `x` the node of every other property (`false`: none
// allowed), `i` the items' node, `e` the allowed values (enum, const), `f` the string format,
// `g` the pattern, `ge`/`gt`/`le`/`lt` the numeric bounds, `a` nodes the value must also match
// (allOf), `o` nodes of which it must match one (oneOf/anyOf).
//
// Read: type (and type arrays), nullable, enum, const, format, pattern, minimum, maximum and
// their exclusive forms (3.0 booleans and 3.1 numbers), required, properties,
// additionalProperties (a schema or a boolean), items, allOf, oneOf, anyOf, $ref. What is not
// read is not checked, so it never refuses a real answer: patternProperties (an object with them
// gets no `x`), prefixItems, not, if/then/else, lengths and counts, oneOf's "exactly one"
// (read as "at least one"), and what lies below a schema's reference to itself. Nothing forbids
// properties the spec does not name unless it says additionalProperties: false: real answers
// carry more. Formats are checked by the client where it knows them; others pass.
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

/** True for a node with more than its types: worth a name, printed as an object. */
const structured = (node) => Object.keys(node).some((key) => key !== 't');

/** Whether a value of one of `letters` can be of `kind` (s: a format or pattern applies; n: bounds apply). */
const mayBe = (letters, kind) => letters === ANY || letters.includes(kind) || (kind === 'n' && letters.includes('i'));

/** True when `schema` allows every value (`true`, `{}`, or only annotations). */
function allowsAll(shape) {
  return shape.t === ANY && !structured(shape);
}

/** A pattern as the client compiles it: with the `u` flag where the pattern allows, else without. */
function checkPattern(pattern, where) {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return;
    } catch {}
  }
  throw new Error(`spec: ${where}: pattern ${JSON.stringify(pattern)} is not a valid regular expression`);
}

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
    // A schema that contains itself (a tree): the inner occurrence is checked for its own types
    // only, since outlines are plain constants; the levels below it are not checked.
    if (visiting.has(name)) return { t: ownTypes(resolve(spec, node)) };
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
      // A type name JSON Schema does not have (`file`) allows anything rather than nothing.
      if (types.some((type) => !Object.hasOwn(LETTERS, type))) return ANY;
      const letters = unique(types.map((type) => LETTERS[type]));
      return schema.nullable === true ? unique(`${letters}z`) : letters;
    }
    if (schema.const !== undefined) return letterOfValue(schema.const);
    if (Array.isArray(schema.enum)) return unique(schema.enum.map(letterOfValue));
    if (schema.properties || schema.required) return 'o';
    if (schema.items) return 'a';
    return ANY;
  }

  /** The keywords that check a value of one type: values, format, pattern, bounds. */
  function readValueKeywords(schema, node, where) {
    const values = schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? [...schema.enum] : null;
    if (values) {
      // OpenAPI 3.0's nullable allows null even where the enum does not list it.
      if (schema.nullable === true && !values.includes(null)) values.push(null);
      node.e = values;
    }
    if (typeof schema.format === 'string' && mayBe(node.t, 's')) node.f = schema.format;
    if (typeof schema.pattern === 'string' && mayBe(node.t, 's')) {
      checkPattern(schema.pattern, where);
      node.g = schema.pattern;
    }
    if (!mayBe(node.t, 'n')) return;
    // OpenAPI 3.0 marks a bound exclusive with a boolean; 3.1 (JSON Schema) gives the bound itself.
    if (typeof schema.minimum === 'number') node[schema.exclusiveMinimum === true ? 'gt' : 'ge'] = schema.minimum;
    if (typeof schema.maximum === 'number') node[schema.exclusiveMaximum === true ? 'lt' : 'le'] = schema.maximum;
    if (typeof schema.exclusiveMinimum === 'number') node.gt = Math.max(node.gt ?? -Infinity, schema.exclusiveMinimum);
    if (typeof schema.exclusiveMaximum === 'number') node.lt = Math.min(node.lt ?? Infinity, schema.exclusiveMaximum);
  }

  function shapeOf(schema, where) {
    if (schema === true || schema === undefined) return { t: ANY };
    // false allows no value: a property that must not be there, an item that must not exist.
    if (schema === false) return { t: ANY, e: [] };
    if (typeof schema.$ref === 'string') {
      // OpenAPI 3.1 lets keywords stand beside a $ref; they apply too, as an allOf would.
      const { $ref, ...beside } = schema;
      const referenced = ofRef({ $ref }, where);
      const rest = shapeOf(beside, where);
      return allowsAll(rest) ? referenced : shapeOf({ allOf: [{ $ref }, beside] }, where);
    }
    const node = { t: ownTypes(schema) };
    readValueKeywords(schema, node, where);
    if (schema.required?.length) node.r = [...schema.required];
    if (schema.properties) {
      node.p = Object.fromEntries(
        Object.entries(schema.properties).map(([name, value]) => [name, shapeOf(value, `${where}.${name}`)]),
      );
    }
    const extra = schema.additionalProperties;
    // With patternProperties, which are not read, some other properties have their own rules.
    if (extra !== undefined && extra !== true && schema.patternProperties === undefined) {
      const shape = extra === false ? false : shapeOf(extra, `${where}.*`);
      if (shape === false || !allowsAll(shape)) node.x = shape;
    }
    if (schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)) {
      const shape = shapeOf(schema.items, `${where}[]`);
      if (!allowsAll(shape)) node.i = shape;
    }
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
    // oneOf/anyOf: the value must match a member. The types are their union; when a member has
    // more than types, every member is kept (`o`) and the value passes if it matches one.
    for (const keyword of ['oneOf', 'anyOf']) {
      if (!Array.isArray(schema[keyword])) continue;
      const shapes = schema[keyword].map((member) => shapeOf(member, where));
      const union = shapes.some((s) => s.t === ANY) ? ANY : unique(shapes.map((s) => s.t).join(''));
      const narrowed = intersect(node.t, union);
      // As for allOf: no type in common is a contradiction, not "any type" (which '' means).
      if (narrowed === ANY && node.t !== ANY && union !== ANY) {
        throw new Error(`spec: ${where}: oneOf/anyOf members allow none of its types`);
      }
      node.t = narrowed;
      if (shapes.some(structured) && !shapes.some(allowsAll)) {
        if (node.o) members.push({ t: ANY, o: shapes });
        else node.o = shapes;
      }
    }
    if (members.length > 0) node.a = members;
    // OpenAPI 3.0's nullable allows null whatever the rest says, as in the common
    // `nullable: true, allOf: [$ref]`: null, or a value matching the rest.
    if (schema.nullable === true && node.t !== ANY && !node.t.includes('z')) {
      return structured(node) ? { t: `${node.t}z`, o: [node, { t: 'z' }] } : { t: `${node.t}z` };
    }
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

/** The keys of a node, in the order they are printed. */
const KEYS = ['t', 'r', 'p', 'x', 'i', 'e', 'f', 'g', 'ge', 'gt', 'le', 'lt', 'a', 'o'];

/** @param {object} spec the bundled document */
export function emitShapes(spec) {
  const { named, responses } = shapesModel(spec);
  const names = new Map([...named].map(([name, node]) => [node, `shape${name.replace(/[^A-Za-z0-9_$]/g, '_')}`]));
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

  const print = (node, indent, self) => {
    if (node === false) return 'false';
    if (node !== self && names.has(node)) return names.get(node);
    if (!structured(node)) return JSON.stringify(node.t);
    const inner = `${indent}  `;
    const lines = [];
    for (const name of KEYS) {
      const value = node[name];
      if (value === undefined) continue;
      if (name === 'p') {
        const props = Object.entries(value).map(
          ([prop, shape]) => `${inner}  ${key(prop)}: ${print(shape, `${inner}  `)}`,
        );
        lines.push(`p: {\n${props.join(',\n')},\n${inner}}`);
      } else if (name === 'x' || name === 'i') lines.push(`${name}: ${print(value, inner)}`);
      else if (name === 'a' || name === 'o')
        lines.push(`${name}: [${value.map((member) => print(member, inner)).join(', ')}]`);
      else lines.push(`${name}: ${literal(value, inner)}`);
    }
    return `{\n${lines.map((line) => `${inner}${line}`).join(',\n')},\n${indent}}`;
  };

  const out = [
    doc(
      [
        'The outline of a JSON value: a string of type letters (s string, i integer, n number,',
        "b boolean, o object, a array, z null; '' any), or `t` those letters with `r` the required",
        'property names, `p` the properties, `x` every other property (`false`: none allowed), `i`',
        'the items, `e` the allowed values, `f` the format, `g` the pattern, `ge`/`gt`/`le`/`lt`',
        'the bounds, `a` outlines the value must also match and `o` outlines it must match one of.',
      ].join('\n'),
    ),
    'export type Shape =',
    '  | string',
    '  | {',
    '      readonly t: string;',
    '      readonly r?: readonly string[];',
    '      readonly p?: { readonly [name: string]: Shape };',
    '      readonly x?: Shape | false;',
    '      readonly i?: Shape;',
    '      readonly e?: readonly unknown[];',
    '      readonly f?: string;',
    '      readonly g?: string;',
    '      readonly ge?: number;',
    '      readonly gt?: number;',
    '      readonly le?: number;',
    '      readonly lt?: number;',
    '      readonly a?: readonly Shape[];',
    '      readonly o?: readonly Shape[];',
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
