// Dynamic mode generates bodies from the schemas: they must validate against the spec, and the
// same seed must give the same answers in two mocks running side by side.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startMock } from '../dist/index.js';
import { OPERATIONS, type OperationId } from '../src/generated/operations.js';
import { headers } from './http.js';
import { createValidator, operations } from './spec.js';

const validate = createValidator();
const SAMPLES = 5;

let unseeded: RunningMock;
let seeded: RunningMock;
beforeAll(async () => {
  [unseeded, seeded] = await Promise.all([
    startMock({ dynamic: true }),
    startMock({ dynamic: true, seed: 'contract' }),
  ]);
});
afterAll(() => Promise.all([unseeded?.stop(), seeded?.stop()]));

const withBodies = operations().flatMap((op) =>
  Object.entries(op.responses)
    .filter(([, response]) => response.content)
    .map(([code, response]) => {
      // The type the operation takes when the answer has it (an error answer has several), else its
      // own (the Upload API answers plain JSON).
      const takes: readonly string[] = OPERATIONS[op.operationId as OperationId].accept;
      const accept = takes.find((type) => response.content[type]) ?? (Object.keys(response.content)[0] as string);
      return { ...op, code, accept, schema: response.content[accept].schema, label: `${op.operationId} ${code}` };
    }),
);

test('two mocks run side by side on different ports', () => {
  expect(unseeded.port).not.toBe(seeded.port);
  expect(unseeded.url).toBe(`http://127.0.0.1:${unseeded.port}`);
});

async function bodyOf(
  mock: RunningMock,
  { method, examplePath, exampleQuery, exampleBody, code, accept }: (typeof withBodies)[number],
) {
  const form = exampleBody && { 'Content-Type': exampleBody.contentType };
  const res = await fetch(`${mock.url}${examplePath}${exampleQuery}`, {
    method,
    headers: headers(accept as string, { Prefer: `code=${code}`, ...form }),
    ...(exampleBody && { body: exampleBody.body }),
  });
  expect(res.status).toBe(Number(code));
  return res.json();
}

describe.each(withBodies)('$label', (operation) => {
  test(`${SAMPLES} generated bodies validate against the schema`, async () => {
    for (let i = 0; i < SAMPLES; i++) {
      const body = await bodyOf(unseeded, operation);
      const result = validate(operation.schema, body);
      expect(result.errors, JSON.stringify(body)).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });

  test('with a seed, the body validates and is the same every time', async () => {
    const [a, b] = [await bodyOf(seeded, operation), await bodyOf(seeded, operation)];
    expect(validate(operation.schema, a).errors).toEqual([]);
    expect(b).toEqual(a);
  });
});

test('without a seed, bodies vary (so the seed is what makes them repeatable)', async () => {
  const listGroups = withBodies.find((op) => op.label === 'listGroups 200') as (typeof withBodies)[number];
  const [a, b] = [await bodyOf(unseeded, listGroups), await bodyOf(unseeded, listGroups)];
  expect(b).not.toEqual(a);
});
