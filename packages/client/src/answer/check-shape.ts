/**
 * Checks a parsed answer against the outline the generator wrote from the spec's schema
 * (`generated/shapes.ts`). Each outline is compiled once, at its first use, into a tree of
 * closures: a request then pays for the checks alone, not for reading the table again. Fields
 * the spec does not name are let through unless it says `additionalProperties: false`: real
 * answers carry more.
 */
import type { Shape } from '../generated/shapes.js';

/**
 * What is wrong with a value, starting with the path below it (`.results[2].id is missing`),
 * or undefined when it matches. Built only on failure, so a passing answer costs no strings.
 */
export type Check = (value: unknown) => string | undefined;

const TYPE_NAMES: Record<string, string> = {
  s: 'a string',
  i: 'an integer',
  n: 'a number',
  b: 'a boolean',
  o: 'an object',
  a: 'an array',
  z: 'null',
};

/**
 * The string formats checked, cheaply: the shape of the text, not every calendar rule. A format
 * not listed here passes, as JSON Schema allows.
 */
const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/,
  date: /^\d{4}-\d\d-\d\d$/,
  // An absolute URI starts with its scheme: enough to tell a link from other text, at a tenth of the cost.
  uri: /^[A-Za-z][A-Za-z\d+.-]*:/,
  uuid: /^[\da-fA-F]{8}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{4}-[\da-fA-F]{12}$/,
  email: /^[^\s@]+@[^\s@]+$/,
};

/** The problem of a value of none of the type letters: ` is not a string or null`. */
const notOf = (types: string) => ` is not ${[...types].map((t) => TYPE_NAMES[t]).join(' or ')}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The test of each type letter, so a compiled check asks only about the types it allows. */
const IS_TYPE: Record<string, (value: unknown) => boolean> = {
  s: (value) => typeof value === 'string',
  i: Number.isInteger,
  n: (value) => typeof value === 'number',
  b: (value) => typeof value === 'boolean',
  o: isObject,
  a: Array.isArray,
  z: (value) => value === null,
};

/** One test for the type letters ('' allows all): `sz` is "a string, or null". */
function typeTest(types: string): ((value: unknown) => boolean) | undefined {
  const tests = [...types].filter((t) => !(t === 'i' && types.includes('n'))).map((t) => IS_TYPE[t] as never);
  const [one, two] = tests as ((value: unknown) => boolean)[];
  if (!one) return;
  if (!two) return one;
  if (tests.length === 2) return (value) => one(value) || two(value);
  return (value) => tests.some((test: (value: unknown) => boolean) => test(value));
}

/** Deep equality of JSON values (enums may list objects and arrays). */
const same = (a: unknown, b: unknown): boolean =>
  a === b ||
  (typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    Array.isArray(a) === Array.isArray(b) &&
    Object.keys(a).length === Object.keys(b).length &&
    Object.keys(a).every((key) => Object.hasOwn(b, key) && same((a as never)[key], (b as never)[key])));

/** The bounds of a number: the outline's key, the test, and what a value failing it is. */
const BOUNDS: [string, (value: number, bound: number) => boolean, string][] = [
  ['ge', (value, bound) => value >= bound, 'less than'],
  ['gt', (value, bound) => value > bound, 'not greater than'],
  ['le', (value, bound) => value <= bound, 'greater than'],
  ['lt', (value, bound) => value < bound, 'not less than'],
];

/** A check of strings only (a format, a pattern); other values pass. */
const stringCheck =
  (regexp: RegExp, problem: string): Check =>
  (value) =>
    typeof value !== 'string' || regexp.test(value) ? undefined : problem;

/** A pattern as JSON Schema means it (unanchored), with the `u` flag where the pattern allows it. */
function patternOf(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return new RegExp(source);
  }
}

const compiled = new Map<Shape, Check>();

/** The checker of an outline, compiled at its first use and kept (shared outlines compile once). */
export function checkerOf(shape: Shape): Check {
  let check = compiled.get(shape);
  if (!check) {
    check = compile(shape);
    compiled.set(shape, check);
  }
  return check;
}

function compile(shape: Shape): Check {
  const node = typeof shape === 'string' ? { t: shape } : shape;
  const types = node.t;
  const isType = typeTest(types);
  const wrongType = notOf(types);
  const checks: Check[] = [];
  const { e: values, f: format, g: pattern, r: required = [], p: properties = {}, x: extra, i: items } = node;
  if (values) {
    const problem = ` is not one of ${JSON.stringify(values)}`;
    checks.push((value) => (values.some((allowed) => same(allowed, value)) ? undefined : problem));
  }
  const formatPattern = FORMATS[format as string];
  if (formatPattern) checks.push(stringCheck(formatPattern, ` is not a valid ${format}`));
  if (pattern !== undefined) checks.push(stringCheck(patternOf(pattern), ` does not match ${pattern}`));
  for (const [key, ok, text] of BOUNDS) {
    const bound = (node as Record<string, unknown>)[key];
    if (typeof bound === 'number') {
      checks.push((value) => (typeof value !== 'number' || ok(value, bound) ? undefined : ` is ${text} ${bound}`));
    }
  }
  const names = Object.keys(properties);
  if (required.length > 0 || names.length > 0 || extra !== undefined) {
    const propertyChecks = names.map((name) => checkerOf(properties[name] as Shape));
    // Required names the properties list are checked in the same pass as their values; a missing
    // one is named before any wrong value, the first in `required` order, as a separate pass would.
    const requiredAt = names.map((name) => required.indexOf(name));
    const requiredElsewhere = required.filter((name) => !names.includes(name));
    // JSON objects inherit Object.prototype: a name it has (`constructor`) is looked up as own only.
    const inherited = [...required, ...names].some((name) => name in Object.prototype);
    const known = new Set(names);
    const other = extra === false || extra === undefined ? extra : checkerOf(extra);
    checks.push((value) => {
      if (!isObject(value)) return;
      for (let k = 0; k < requiredElsewhere.length; k++) {
        const name = requiredElsewhere[k] as string;
        if (inherited ? !Object.hasOwn(value, name) : value[name] === undefined) return `.${name} is missing`;
      }
      let missing = -1;
      let wrong: string | undefined;
      for (let k = 0; k < names.length; k++) {
        const name = names[k] as string;
        const property = value[name];
        if (property === undefined || (inherited && !Object.hasOwn(value, name))) {
          const at = requiredAt[k] as number;
          if (at >= 0 && (missing < 0 || at < missing)) missing = at;
        } else if (wrong === undefined) {
          const problem = (propertyChecks[k] as Check)(property);
          if (problem) wrong = `.${name}${problem}`;
        }
      }
      if (missing >= 0) return `.${required[missing]} is missing`;
      if (wrong) return wrong;
      if (other === undefined) return;
      for (const name in value) {
        if (known.has(name)) continue;
        const problem = other === false ? ' is not allowed' : other(value[name]);
        if (problem) return `.${name}${problem}`;
      }
    });
  }
  if (items) {
    const check = checkerOf(items);
    checks.push((value) => {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        const problem = check(value[i]);
        if (problem) return `[${i}]${problem}`;
      }
    });
  }
  for (const member of node.a ?? []) checks.push(checkerOf(member));
  if (node.o) {
    const members = node.o.map((member) => (typeof member === 'string' ? member : member.t));
    const alternatives = node.o.map((member, k) => [typeTest(members[k] as string), checkerOf(member)] as const);
    const noneOfTheirTypes = notOf([...new Set(members.join(''))].join(''));
    checks.push((value) => {
      // Passes if one alternative matches; else names what is wrong by the first of the value's type.
      let first: string | undefined;
      for (const [isMemberType, check] of alternatives) {
        const problem = check(value);
        if (!problem) return;
        if (first === undefined && (!isMemberType || isMemberType(value))) first = problem;
      }
      return first ?? noneOfTheirTypes;
    });
  }
  // The common cases as closures of their own: a bare type, a type and one more check.
  const [one, two] = checks;
  if (!isType) {
    if (!one) return () => undefined;
    if (!two) return one;
  } else if (!one) {
    return (value) => (isType(value) ? undefined : wrongType);
  } else if (!two) {
    return (value) => (isType(value) ? one(value) : wrongType);
  }
  return (value) => {
    if (isType && !isType(value)) return wrongType;
    for (let k = 0; k < checks.length; k++) {
      const problem = (checks[k] as Check)(value);
      if (problem) return problem;
    }
  };
}

/** What is wrong with `value` against `shape` (see {@link Check}), or undefined when it matches. */
export function shapeProblem(shape: Shape, value: unknown): string | undefined {
  return checkerOf(shape)(value);
}
