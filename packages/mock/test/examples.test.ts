// Prism's example server (mode 'examples'): every operation answers a well-formed request with its
// documented example, and every documented error is reachable with `Prefer: code=N`, body and
// headers included.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startMock } from '../dist/index.js';
import { headers, V06, V07 } from './http.js';
import { deref, type Json, operations } from './spec.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ mode: 'examples' });
});
afterAll(() => mock?.stop());

/** The media type a client of this operation sends: v0.6 for the store operation, else v0.7. */
function acceptFor(success: Json): string {
  const types = Object.keys(success?.content ?? {});
  return types.includes(V07) || types.length === 0 ? V07 : V06;
}

function firstExample(response: Json, mediaType: string): unknown {
  const examples = response.content?.[mediaType]?.examples ?? {};
  const first = Object.values<Json>(examples)[0];
  expect(first, `an example for ${mediaType}`).toBeDefined();
  return deref(first).value;
}

const ops = operations().map((op) => {
  const successCode = Object.keys(op.responses).find((code) => code.startsWith('2')) as string;
  return { ...op, successCode, accept: acceptFor(op.responses[successCode]) };
});

test('the document has the four group operations', () => {
  expect(ops.map((op) => op.operationId).sort()).toEqual(['deleteGroup', 'getGroup', 'listGroups', 'storeGroup']);
});

describe.each(ops)('$operationId ($method $path)', (op) => {
  test(`answers ${op.successCode} with the documented example`, async () => {
    const res = await fetch(`${mock.url}${op.examplePath}`, { method: op.method, headers: headers(op.accept) });
    expect(res.status).toBe(Number(op.successCode));
    expect(res.headers.get('sl-violations')).toBeNull();
    const success = op.responses[op.successCode];
    if (success.content) {
      expect(res.headers.get('content-type')).toBe(op.accept);
      expect(await res.json()).toEqual(firstExample(success, op.accept));
    } else {
      expect(await res.text()).toBe('');
    }
  });

  const errorCodes = Object.keys(op.responses).filter((code) => /^[45]/.test(code));
  test.each(errorCodes)('Prefer: code=%s gives the documented error', async (code) => {
    const res = await fetch(`${mock.url}${op.examplePath}`, {
      method: op.method,
      headers: headers(op.accept, { Prefer: `code=${code}` }),
    });
    expect(res.status).toBe(Number(code));
    const body = await res.json();
    expect(body).toEqual(firstExample(op.responses[code], op.accept));
    expect(body.detail).toEqual(expect.any(String));
    if (code === '429') expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

test('storeGroup is only served under the v0.6 media type it documents', async () => {
  const storeGroup = ops.find((op) => op.operationId === 'storeGroup') as (typeof ops)[number];
  expect(storeGroup.accept).toBe(V06);
  const res = await fetch(`${mock.url}${storeGroup.examplePath}`, { method: 'PUT', headers: headers(V07) });
  expect(res.status).toBe(406);
  await res.body?.cancel();
});
