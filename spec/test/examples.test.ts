import { describe, expect, it } from 'vitest';
import { createValidator, deref, type Json, schemaRef, spec } from './load-spec.js';

const validate = createValidator();

interface ExampleCase {
  where: string;
  schema: Json;
  value: unknown;
}

/** Every example the document holds, with the schema it must satisfy. */
function collectExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    const shared = (item.parameters ?? []).map(deref);
    for (const method of ['get', 'put', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      for (const param of [...shared, ...(op.parameters ?? []).map(deref)]) {
        if (param.example !== undefined) {
          cases.push({ where: `${method} ${path} param ${param.name}`, schema: param.schema, value: param.example });
        }
      }
      for (const [status, ref] of Object.entries<Json>(op.responses)) {
        const response = deref(ref);
        for (const [name, header] of Object.entries<Json>(response.headers ?? {})) {
          const h = deref(header);
          if (h.example !== undefined) {
            cases.push({ where: `${method} ${path} ${status} header ${name}`, schema: h.schema, value: h.example });
          }
        }
        for (const [mediaType, content] of Object.entries<Json>(response.content ?? {})) {
          // One `example`, or named `examples`: each is checked against the schema.
          if (content.example !== undefined) {
            cases.push({
              where: `${method} ${path} ${status} ${mediaType} example`,
              schema: content.schema,
              value: content.example,
            });
          }
          for (const [name, example] of Object.entries<Json>(content.examples ?? {})) {
            cases.push({
              where: `${method} ${path} ${status} ${mediaType} ${name}`,
              schema: content.schema,
              value: deref(example).value,
            });
          }
        }
      }
    }
  }
  for (const [name, schema] of Object.entries<Json>(spec.components.schemas)) {
    for (const [i, value] of (schema.examples ?? []).entries()) {
      cases.push({ where: `schema ${name} example ${i}`, schema: schemaRef(name), value });
    }
  }
  return cases;
}

const examples = collectExamples();

describe('every example in the bundled document', () => {
  it('covers each operation and status', () => {
    // 3 paths, 4 operations; each error status has three media types.
    expect(examples.length).toBeGreaterThan(50);
    for (const id of ['200', '400', '401', '404', '406', '429']) {
      expect(examples.some((e) => e.where.includes(` ${id} `))).toBe(true);
    }
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s validates', (_where, { schema, value }) => {
    const result = validate(schema, value);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
