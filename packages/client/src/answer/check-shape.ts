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

/** The type letter of a JSON value (see `Shape`). */
function kindOf(value: unknown): string {
  if (value === null) return 'z';
  if (Array.isArray(value)) return 'a';
  return typeof value === 'number' && Number.isInteger(value) ? 'i' : ((typeof value)[0] as string);
}

const allows = (types: string, kind: string) => !types || types.includes(kind) || (kind === 'i' && types.includes('n'));

/**
 * What is wrong with `value`, starting with the path below it (`.results[2].id is missing`), or
 * undefined when it matches.
 */
export function shapeProblem(shape: Shape, value: unknown): string | undefined {
  const kind = kindOf(value);
  const types = typeof shape === 'string' ? shape : shape.t;
  if (!allows(types, kind)) return ` is not ${[...types].map((t) => TYPE_NAMES[t]).join(' or ')}`;
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
    const problem = allows(typeof member === 'string' ? member : member.t, kind) && shapeProblem(member, value);
    if (problem) return problem;
  }
}
