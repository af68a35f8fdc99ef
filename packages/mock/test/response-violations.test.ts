// An answer of the service that breaks the spec never reaches a test unnoticed. Prism checks
// the answers against a spec in which GroupsPage.total is a string, so every (correct) page of
// the service is "wrong": by default the caller gets a 500 naming the violation; with
// responseViolations 'report' it gets the answer with Prism's header; both land in stats().
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type RunningStatefulMock, startMock } from '../dist/index.js';
import { totalAsString } from './broken-spec.js';
import { violations } from './http.js';
import { pathOf, signed } from './sign.js';

let failing: RunningStatefulMock;
let reporting: RunningStatefulMock;
beforeAll(async () => {
  const specPath = await totalAsString();
  [failing, reporting] = await Promise.all([
    startMock({ specPath }),
    startMock({ specPath, responseViolations: 'report' }),
  ]);
});
afterAll(() => Promise.all([failing?.stop(), reporting?.stop()]));

const list = `${pathOf('listGroups')}?limit=2`;
const expected = expect.objectContaining({
  operationId: 'listGroups',
  method: 'GET',
  url: list,
  status: 200,
  location: ['response', 'body', 'total'],
  code: 'type',
});

test('by default the broken answer becomes a 500 that names the violation', async () => {
  const res = await fetch(`${failing.url}${list}`, signed('listGroups', list));
  expect(res.status).toBe(500);
  expect(violations(res)).toContainEqual(expect.objectContaining({ location: ['response', 'body', 'total'] }));
  const { detail } = await res.json();
  expect(detail).toMatch(/broke the spec/);
  expect(detail).toMatch(/response\.body\.total/);
  expect((await failing.stats()).violations.response).toEqual([expected]);
});

test("with responseViolations 'report' the answer is passed on with Prism's header, and filed", async () => {
  const res = await fetch(`${reporting.url}${list}`, signed('listGroups', list));
  expect(res.status).toBe(200);
  expect((await res.json()).total).toEqual(expect.any(Number));
  expect(violations(res)).toContainEqual(expect.objectContaining({ location: ['response', 'body', 'total'] }));
  const { violations: found } = await reporting.stats();
  expect(found.response).toEqual([expected]);
  expect(found.request).toEqual([]);
});

test('answers the changed schema does not touch pass as before', async () => {
  const [group] = await failing.groups();
  const uri = pathOf('getGroup', group?.id);
  const res = await fetch(`${failing.url}${uri}`, signed('getGroup', uri));
  expect(res.status).toBe(200);
  expect(violations(res)).toEqual([]);
  await res.arrayBuffer();
});
