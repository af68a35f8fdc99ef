/**
 * Checks a parsed answer against the outline the generator wrote from the spec's schema
 * (`generated/shapes.ts`): types, required fields, nested properties and items. Fields the
 * spec does not name are let through: real answers carry more.
 */
import type { Shape } from '../generated/shapes.js';

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
 * What is wrong with `value`, starting with the path below it (`.results[2].id is missing`), or
 * undefined when it matches. With `ifOfType`, a value not of the outline's types is let
 * through: an `a` member applies only to values of its own types.
 */
export function shapeProblem(shape: Shape, value: unknown, ifOfType?: boolean): string | undefined {
  const types = typeof shape === 'string' ? shape : shape.t;
  // The type letter of the value (see `Shape`); an integer is also a number.
  const kind = value === null ? 'z' : Array.isArray(value) ? 'a' : Number.isInteger(value) ? 'i' : (typeof value)[0];
  if (types && !types.includes(kind as string) && !(kind === 'i' && types.includes('n'))) {
    return ifOfType ? undefined : ` is not ${[...types].map((t) => TYPE_NAMES[t]).join(' or ')}`;
  }
  if (typeof shape === 'string') return;
  const record = value as Record<string, unknown>;
  if (kind === 'o') {
    for (const name of shape.r ?? []) if (!Object.hasOwn(record, name)) return `.${name} is missing`;
    for (const name in shape.p) {
      const problem = record[name] !== undefined && shapeProblem(shape.p[name] as Shape, record[name]);
      if (problem) return `.${name}${problem}`;
    }
  }
  if (kind === 'a' && shape.i) {
    for (let i = 0; i < (value as unknown[]).length; i++) {
      const problem = shapeProblem(shape.i, (value as unknown[])[i]);
      if (problem) return `[${i}]${problem}`;
    }
  }
  for (const member of shape.a ?? []) {
    const problem = shapeProblem(member, value, true);
    if (problem) return problem;
  }
}
