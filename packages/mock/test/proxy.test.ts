// The bare validating proxy (startProxy), in front of the stateful service itself (the mock's
// serviceUrl, where nothing is checked): conforming answers pass untouched; against a spec the
// answers break (GroupsPage.total a string) they are flagged, and with `errors: true` turned
// into a 500; a violating request is refused without reaching the service.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, type RunningStatefulMock, startMock, startProxy } from '../dist/index.js';
import { totalAsString } from './broken-spec.js';
import { violations } from './http.js';
import { pathOf, signed } from './sign.js';

let service: RunningStatefulMock;
let plain: RunningMock;
let broken: RunningMock;
let strictBroken: RunningMock;
beforeAll(async () => {
  service = await startMock({ groups: 5, seed: 'proxy' });
  const specPath = await totalAsString();
  [plain, broken, strictBroken] = await Promise.all([
    startProxy({ upstream: service.serviceUrl }),
    startProxy({ upstream: service.serviceUrl, specPath }),
    startProxy({ upstream: service.serviceUrl, specPath, errors: true }),
  ]);
});
afterAll(() => Promise.all([plain?.stop(), broken?.stop(), strictBroken?.stop(), service?.stop()]));

// Prism re-encodes query strings when it forwards, so these URIs are ones it leaves as they are.
const list = `${pathOf('listGroups')}?limit=2`;

test('a conforming answer passes through untouched, without violations', async () => {
  const [group] = await service.groups();
  const uri = pathOf('getGroup', group?.id);
  const res = await fetch(`${plain.url}${uri}`, signed('getGroup', uri));
  expect(res.status).toBe(200);
  expect(violations(res)).toEqual([]);
  const direct = await fetch(`${service.serviceUrl}${uri}`, signed('getGroup', uri));
  expect(await res.json()).toEqual(await direct.json());
});

describe.each([
  ['without errors', () => broken],
  ['with errors', () => strictBroken],
])('%s', (_, proxy) => {
  test('an answer that breaks the spec is flagged, naming the property', async () => {
    const res = await fetch(`${proxy().url}${list}`, signed('listGroups', list));
    expect(violations(res)).toContainEqual(
      expect.objectContaining({ location: ['response', 'body', 'total'], code: 'type' }),
    );
    await res.body?.cancel();
  });
});

test('without errors, the flagged answer is still delivered as the upstream sent it', async () => {
  const res = await fetch(`${broken.url}${list}`, signed('listGroups', list));
  expect(res.status).toBe(200);
  expect((await res.json()).total).toBe(5);
});

test('with errors, the flagged answer becomes a 500 describing the violation', async () => {
  const res = await fetch(`${strictBroken.url}${list}`, signed('listGroups', list));
  expect(res.status).toBe(500);
  const body = await res.json();
  expect(body.validation).toContainEqual(expect.objectContaining({ location: ['response', 'body', 'total'] }));
});

test('with errors, a violating request is refused without reaching the upstream', async () => {
  const before = (await service.stats()).requests.total;
  const uri = `${pathOf('listGroups')}?limit=0`;
  const res = await fetch(`${strictBroken.url}${uri}`, signed('listGroups', uri));
  expect(res.status).toBe(422);
  const body = await res.json();
  expect(body.validation).toContainEqual(expect.objectContaining({ location: ['query', 'limit'], code: 'minimum' }));
  expect((await service.stats()).requests.total).toBe(before);
});
