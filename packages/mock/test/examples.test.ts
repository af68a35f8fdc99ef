// Prism's example server (mode 'examples'): every operation answers a well-formed request with its
// documented example, and every documented error is reachable with `Prefer: code=N`, body and
// headers included.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startMock } from '../dist/index.js';
import { OPERATIONS, type OperationId } from '../src/generated/operations.js';
import { headers, NEWEST } from './http.js';
import { deref, type Json, operations } from './spec.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ mode: 'examples' });
});
afterAll(() => mock?.stop());

/** The media type a client of this operation sends: the first the generated table gives it. */
const acceptFor = (operationId: string): string => OPERATIONS[operationId as OperationId].accept[0];

/** The request of an operation's example: its method, headers and (a form) body. */
function exampleInit(op: (typeof ops)[number], extra: Record<string, string> = {}): RequestInit {
  const { exampleBody } = op;
  return {
    method: op.method,
    headers: headers(op.accept, exampleBody ? { ...extra, 'Content-Type': exampleBody.contentType } : extra),
    ...(exampleBody && { body: exampleBody.body }),
  };
}

function firstExample(response: Json, mediaType: string): unknown {
  const content = response.content?.[mediaType];
  // A media type gives one `example`, or named `examples`.
  if (content?.example !== undefined) return content.example;
  const first = Object.values<Json>(content?.examples ?? {})[0];
  expect(first, `an example for ${mediaType}`).toBeDefined();
  return deref(first).value;
}

const ops = operations().map((op) => {
  const successCode = Object.keys(op.responses).find((code) => code.startsWith('2')) as string;
  return { ...op, successCode, accept: acceptFor(op.operationId) };
});

test('the document has the six group operations', () => {
  expect(ops.map((op) => op.operationId).sort()).toEqual([
    'createGroup',
    'deleteGroup',
    'getGroup',
    'getUploadGroupInfo',
    'listGroups',
    'storeGroup',
  ]);
});

describe.each(ops)('$operationId ($method $path)', (op) => {
  test(`answers ${op.successCode} with the documented example`, async () => {
    const res = await fetch(`${mock.url}${op.examplePath}${op.exampleQuery}`, exampleInit(op));
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
    // Asked in a type the error documents: the newest the operation takes that has it (a version
    // the spec adds to the success answer alone has no error bodies of its own), else its own.
    const documented = Object.keys(op.responses[code]?.content ?? {});
    const takes: readonly string[] = OPERATIONS[op.operationId as OperationId].accept;
    const accept = takes.find((type) => documented.includes(type)) ?? documented[0] ?? op.accept;
    const res = await fetch(
      `${mock.url}${op.examplePath}${op.exampleQuery}`,
      exampleInit({ ...op, accept }, { Prefer: `code=${code}` }),
    );
    expect(res.status).toBe(Number(code));
    const body = await res.json();
    expect(body).toEqual(firstExample(op.responses[code], accept));
    // The REST API's `{ detail }`, the Upload API's `{ error: { content } }`.
    expect(body.detail ?? body.error?.content).toEqual(expect.any(String));
    // An answer the spec documents with Retry-After carries it, in the documented form.
    const form = (OPERATIONS[op.operationId as OperationId].retryAfter as Record<string, string>)[code];
    const retryAfter = res.headers.get('retry-after') ?? '';
    if (form === 'seconds') expect(retryAfter).toMatch(/^\d+$/);
    if (form === 'http-date') expect(Date.parse(retryAfter)).not.toBeNaN();
  });
});

test('storeGroup is only served under the older media type it documents', async () => {
  const storeGroup = ops.find((op) => op.operationId === 'storeGroup') as (typeof ops)[number];
  expect(storeGroup.accept).not.toBe(NEWEST);
  const res = await fetch(`${mock.url}${storeGroup.examplePath}`, { method: 'PUT', headers: headers(NEWEST) });
  expect(res.status).toBe(406);
  await res.body?.cancel();
});
