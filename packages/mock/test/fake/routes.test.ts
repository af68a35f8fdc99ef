// Routing comes from the spec's operations: every operationId has a route and a handler (the
// mock's implementation coverage), paths match exactly, other methods are 405.
import { expect, test } from 'vitest';
import { HANDLERS } from '../../src/fake/routes/handlers.js';
import { compilePath, route } from '../../src/fake/routes/router.js';
import { OPERATION_IDS, OPERATIONS } from '../../src/generated/operations.js';
import { operations as specOperations } from '../spec.js';

const getGroup = specOperations().find((op) => op.operationId === 'getGroup');
const exampleId = decodeURIComponent(getGroup?.examplePath.split('/')[2] ?? '');
const example = (path: string) => path.replace(/\{[^}]+\}/g, exampleId);

test('every operation of the bundled spec has a route and a handler', () => {
  const inSpec = specOperations().map((op) => op.operationId);
  expect([...OPERATION_IDS].sort()).toEqual([...inSpec].sort());
  for (const op of specOperations()) {
    const match = route(op.method, op.examplePath);
    expect(match, `${op.method} ${op.path}`).toMatchObject({ kind: 'operation', operationId: op.operationId });
    expect(typeof HANDLERS[op.operationId as keyof typeof HANDLERS]).toBe('function');
  }
  expect(Object.keys(HANDLERS).sort()).toEqual([...OPERATION_IDS].sort());
});

test('path parameters are decoded; a path without its trailing slash is no route', () => {
  expect(exampleId).toMatch(/~/);
  const { path } = OPERATIONS.getGroup;
  expect(route('GET', example(path).replace('~', '%7E'))).toEqual({
    kind: 'operation',
    operationId: 'getGroup',
    pathParams: { group_id: exampleId },
  });
  expect(route('GET', example(path).slice(0, -1))).toEqual({ kind: 'not-found' });
  expect(route('GET', '/nothing/')).toEqual({ kind: 'not-found' });
});

test('a method a path does not serve is 405 with the ones it does', () => {
  const match = route('POST', OPERATIONS.listGroups.path);
  expect(match.kind).toBe('method-not-allowed');
  const methods = OPERATION_IDS.filter((id) => OPERATIONS[id].path === OPERATIONS.getGroup.path).map(
    (id) => OPERATIONS[id].method,
  );
  expect(route('PATCH', example(OPERATIONS.getGroup.path))).toEqual({ kind: 'method-not-allowed', allowed: methods });
});

test('templated paths compile to exact patterns', () => {
  const { pattern, names } = compilePath('/a.b/{x}/c/{y}/');
  expect(names).toEqual(['x', 'y']);
  expect(pattern.test('/a.b/1/c/2/')).toBe(true);
  expect(pattern.test('/aXb/1/c/2/')).toBe(false);
  expect(pattern.test('/a.b/1/2/c/3/')).toBe(false);
});
